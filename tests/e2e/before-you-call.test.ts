// "Before you call" in a real browser, under the strict CSP of embed.md: Copy puts the summary
// on the clipboard, Save downloads a text file with the same text, and neither makes a request,
// writes to the console, breaks the policy or tells the host page anything (no clf: event
// carries any of it). axe finds nothing with the summary open, at 320 and 1280 px, en and es.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COPY } from '../../src/copy';
import { expectNoHorizontalScroll, expectNoViolations } from './support/axe';
import { expectStep, press, useBrowserAndServer, walk, widget, type Answer } from './support/browser';
import { pathOf, withWatchedPage } from './support/host-watch';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

function hostPage(lang: 'en' | 'es'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>
</main></body></html>`;
}

// Every clf: event the host page hears, with its detail, and every CSP violation.
const RECORDERS = `(() => {
  const events = [];
  const violations = [];
  Object.defineProperty(window, '__clf', { value: { events, violations } });
  for (const type of ['clf:start', 'clf:complete', 'clf:call']) {
    document.addEventListener(type, (event) => events.push({ type, detail: JSON.stringify(event.detail ?? null) }), true);
  }
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective), true);
})();`;

const fixture = useBrowserAndServer((server) => {
  for (const lang of ['en', 'es'] as const)
    server.page(`/summary-${lang}.html`, hostPage(lang), { 'content-security-policy': CSP });
});

const TO_WITHDRAWAL_FIRST: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['none']],
  ['age', ['under-18']],
  ['withdrawal', ['daily-alcohol', 'withdrawal-symptoms', 'opioids']],
  ['support', ['no']],
  ['tried-before', ['yes']],
  ['home', ['mixed']],
  ['mental-health', ['no']],
  ['schedule', ['one-two-hours-week']],
];

async function openSummary(page: Page): Promise<string> {
  await press(page, 'start');
  await walk(page, TO_WITHDRAWAL_FIRST);
  await expectStep(page, 'result');
  expect(await widget(page).locator('.summary__text').count()).toBe(0);
  await press(page, 'summary');
  const text = widget(page).locator('.summary__text');
  await text.waitFor();
  return (await text.textContent()) ?? '';
}

async function recorded(page: Page): Promise<{ events: { type: string; detail: string }[]; violations: string[] }> {
  return page.evaluate(
    () => (window as unknown as { __clf: { events: { type: string; detail: string }[]; violations: string[] } }).__clf,
  );
}

describe('"Before you call" in a real browser', () => {
  it('copies the summary to the clipboard and saves the same text as a file, sending and telling nothing', async () => {
    await withWatchedPage(
      fixture.browser,
      `${fixture.server.url}/summary-en.html`,
      async ({ page, context, requests, consoleMessages, pageErrors }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.server.url });
        const summary = await openSummary(page);
        expect(summary).toContain('First: get medical care for withdrawal today');
        expect(summary).toContain('Do you have a program for teens?');
        const before = await recorded(page);

        await press(page, 'copy-summary');
        await expect.poll(() => widget(page).locator('[role="status"]').textContent()).toBe(COPY.en.summary.copied);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);

        const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'save-summary')]);
        expect(download.suggestedFilename()).toBe('before-you-call.txt');
        expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(summary);

        // Nothing left the page: only the page and the script were ever fetched (a blob:
        // download is made in the page), no console message, no policy broken, and the host
        // heard no event beyond the walk's two empty ones.
        const fetched = requests
          .map((url) => pathOf(url, fixture.server.url))
          .filter((url) => !url.startsWith('blob:'));
        expect(fetched).toEqual(['/summary-en.html', '/widget.js']);
        expect(consoleMessages).toEqual([]);
        expect(pageErrors).toEqual([]);
        const after = await recorded(page);
        expect(after.violations).toEqual([]);
        expect(after.events).toEqual(before.events);
        expect(after.events).toEqual([
          { type: 'clf:start', detail: 'null' },
          { type: 'clf:complete', detail: 'null' },
        ]);
        expect(JSON.stringify(after.events)).not.toContain('withdrawal');
      },
      { initScripts: [RECORDERS] },
    );
  });

  it('selects the text for a manual copy when the clipboard is refused', async () => {
    await withWatchedPage(
      fixture.browser,
      `${fixture.server.url}/summary-en.html`,
      async ({ page, consoleMessages }) => {
        // No permission granted, and the API refuses, as a locked-down browser would.
        await page.evaluate(() => {
          Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: () => Promise.reject(new Error('denied')) },
          });
        });
        const summary = await openSummary(page);
        await press(page, 'copy-summary');
        await expect
          .poll(() => widget(page).locator('[role="status"]').textContent())
          .toBe(COPY.en.summary.copyRefused);
        expect(await page.evaluate(() => getSelection()?.toString())).toBe(summary);
        expect(consoleMessages).toEqual([]);
      },
      { initScripts: [RECORDERS] },
    );
  });

  for (const lang of ['en', 'es'] as const) {
    for (const width of [320, 1280]) {
      it(`has no axe violation with the summary open (${lang}, ${width} px)`, async () => {
        await withWatchedPage(
          fixture.browser,
          `${fixture.server.url}/summary-${lang}.html`,
          async ({ page }) => {
            await openSummary(page);
            await expectNoViolations(page, `${lang} ${width}px summary open`);
            await expectNoHorizontalScroll(page, `${lang} ${width}px summary open`);
          },
          { viewport: { width, height: 800 } },
        );
      });
    }
  }
});
