// A clinic's accent color never makes the widget unreadable: a light accent gets dark text
// (with one console warning naming the colors), and a dark one keeps the clinic's choice.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, collectWarnings, expectStep, press, withPage, useBrowserAndServer } from './support/browser';

const fixture = useBrowserAndServer((server) => {
  server.page('/yellow.html', themedPage('care-level-finder { --clf-accent: #ffd400; }'));
  server.page('/navy.html', themedPage('care-level-finder { --clf-accent: #1e3a8a; --clf-accent-contrast: #ffffff; }'));
  server.page('/not-a-color.html', themedPage('care-level-finder { --clf-accent: banana; }'));
  server.page('/text-only.html', themedPage('care-level-finder { --clf-accent-contrast: #777777; }'));
});

function themedPage(css: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<style>${css}</style></head><body><main>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" persist="none"></care-level-finder>
</main></body></html>`;
}

async function buttonColors(page: Page) {
  return page.locator('care-level-finder [data-action="start"]').evaluate((button) => {
    const style = getComputedStyle(button);
    return { text: style.color, background: style.backgroundColor };
  });
}

/**
 * Opens `path` and reloads it with the console warnings collected, so they are the widget's
 * warnings from one whole load; `run` starts at the intro.
 */
async function withThemedPage(path: string, run: (page: Page, warnings: readonly string[]) => Promise<void>) {
  await withPage(fixture.browser, `${fixture.server.url}${path}`, async ({ page }) => {
    const warnings = collectWarnings(page);
    await page.reload();
    await expectStep(page, 'intro');
    await run(page, warnings);
  });
}

describe('a clinic accent color', () => {
  it('that is too light gets black text, a dark outline for selected answers, and one warning', async () => {
    await withThemedPage('/yellow.html', async (page, warnings) => {
      await expect.poll(() => buttonColors(page)).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 212, 0)' });
      await press(page, 'start');
      await choose(page, 'self');
      const outline = await page
        .locator('care-level-finder label:has(input[data-option="self"])')
        .evaluate((label) => getComputedStyle(label).borderColor);
      expect(outline).toBe('rgb(31, 41, 51)');
      const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(contrast.violations).toEqual([]);
      expect(warnings).toEqual([
        expect.stringMatching(
          /^\[care-level-finder\] --clf-accent: #ffd400 with text #ffffff has a contrast of 1\.\d:1/,
        ),
        expect.stringMatching(
          /^\[care-level-finder\] --clf-accent: #ffd400 has a contrast of 1\.\d:1 against the white card/,
        ),
      ]);
    });
  });

  it.each([
    [
      'that is readable is used as given, without a warning',
      '/navy.html',
      { text: 'rgb(255, 255, 255)', background: 'rgb(30, 58, 138)' },
      [],
    ],
    [
      'that is not a color falls back to the default accent, with white text, and one warning',
      '/not-a-color.html',
      { text: 'rgb(255, 255, 255)', background: 'rgb(15, 118, 110)' },
      [expect.stringMatching(/^\[care-level-finder\] --clf-accent: banana is not an opaque color/)],
    ],
    [
      'is checked against its text even when only the text color is set',
      '/text-only.html',
      { text: 'rgb(255, 255, 255)', background: 'rgb(15, 118, 110)' },
      [expect.stringMatching(/with text #777777 has a contrast of 1\.\d:1/)],
    ],
  ] as const)('%s', async (_name, path, colors, expected) => {
    await withThemedPage(path, async (page, warnings) => {
      await expect.poll(() => buttonColors(page)).toEqual(colors);
      expect(warnings).toEqual(expected);
    });
  });
});
