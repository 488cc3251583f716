// A clinic's accent color never makes the widget unreadable: a light accent gets dark text
// (with one console warning naming the colors), and a dark one keeps the clinic's choice.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, expectStep, press, withPage, useBrowserAndServer } from './support/browser';

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

describe('a clinic accent color', () => {
  it('that is too light gets black text, a dark outline for selected answers, and one warning', async () => {
    const warnings: string[] = [];
    await withPage(fixture.browser, `${fixture.server.url}/yellow.html`, async ({ page }) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await expectStep(page, 'intro');
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

  it('that is readable is used as given, without a warning', async () => {
    const warnings: string[] = [];
    await withPage(fixture.browser, `${fixture.server.url}/navy.html`, async ({ page }) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await expectStep(page, 'intro');
      await expect
        .poll(() => buttonColors(page))
        .toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(30, 58, 138)' });
      expect(warnings).toEqual([]);
    });
  });

  it('that is not a color falls back to the default accent, with white text, and one warning', async () => {
    const warnings: string[] = [];
    await withPage(fixture.browser, `${fixture.server.url}/not-a-color.html`, async ({ page }) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await expectStep(page, 'intro');
      await expect
        .poll(() => buttonColors(page))
        .toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(15, 118, 110)' });
      expect(warnings).toEqual([
        expect.stringMatching(/^\[care-level-finder\] --clf-accent: banana is not an opaque color/),
      ]);
    });
  });

  it('is checked against its text even when only the text color is set', async () => {
    const warnings: string[] = [];
    await withPage(fixture.browser, `${fixture.server.url}/text-only.html`, async ({ page }) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await expectStep(page, 'intro');
      await expect
        .poll(() => buttonColors(page))
        .toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(15, 118, 110)' });
      expect(warnings).toEqual([expect.stringMatching(/with text #777777 has a contrast of 1\.\d:1/)]);
    });
  });
});
