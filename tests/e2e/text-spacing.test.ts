// WCAG 2.2, 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2, letter spacing
// 0.12 and word spacing 0.16 times the font size, nothing may be cut off or overlap. A page
// stylesheet or bookmarklet does not reach into the widget's shadow root (and the widget sets
// its own line height), so the spacing is applied where a tool that does reach shadow roots
// would put it: as one more stylesheet of the shadow root. Then every screen the machine can
// show, the crisis panel and the open popup are checked at 320 px (WCAG's reflow width) for
// clipped text and horizontal scrolling. A control clips on purpose, so the check can fail.
// docs/accessibility-conformance-report.md cites this test for 1.4.12.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, useBrowserAndServer } from './support/browser';
import { checkEachScreenOnce, MACHINE_SCREENS } from './support/screens';

const LANGS = ['en', 'es'] as const;

/** The spacing of WCAG 2.2's 1.4.12, as the W3C's own test bookmarklet sets it. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

function hostPage(lang: string, mode: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" hours="Open every day, 8 am to 10 pm" persist="none" mode="${mode}"></care-level-finder>
</main></body></html>`;
}

const fixture = useBrowserAndServer((server) => {
  for (const lang of LANGS) {
    server.page(`/inline-${lang}.html`, hostPage(lang, 'inline'));
    server.page(`/popup-${lang}.html`, hostPage(lang, 'popup'));
  }
});

/** Adds `css` to the widget's shadow root, after its own sheets; it stays for every screen. */
async function addToShadowRoot(page: Page, css: string): Promise<void> {
  await page.locator('care-level-finder').evaluate((host, text) => {
    const shadow = host.shadowRoot;
    if (!shadow) throw new Error('no shadow root yet');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }, css);
}

/** Elements inside the widget whose text is cut off, and how far the page scrolls sideways. */
async function lossOfContent(page: Page): Promise<{ clipped: string[]; sideways: number; letterSpacing: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('care-level-finder');
    const shadow = host?.shadowRoot;
    if (!shadow) throw new Error('no widget');
    const clipped: string[] = [];
    for (const element of Array.from(shadow.querySelectorAll<HTMLElement>('*'))) {
      if (!element.textContent?.trim() || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      const cutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
      if (cutX || cutY || ellipsis) clipped.push(`<${element.localName} class="${element.className}">`);
    }
    const title = shadow.querySelector('.title, .launcher');
    return {
      clipped,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      letterSpacing: title ? getComputedStyle(title).letterSpacing : '',
    };
  });
}

async function expectNoLoss(page: Page, where: string): Promise<void> {
  const loss = await lossOfContent(page);
  // The spacing is in force: 0.12em of a title is well over a pixel.
  expect(Number.parseFloat(loss.letterSpacing), `${where}: letter spacing applied`).toBeGreaterThan(1);
  expect(loss.clipped, where).toEqual([]);
  expect(loss.sideways, where).toBeLessThanOrEqual(0);
}

describe.each(LANGS)('text spacing (WCAG 1.4.12) in %s at 320 px', (lang) => {
  it('loses nothing on any screen, nor with the crisis panel open', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      const checked = await checkEachScreenOnce(
        page,
        `${fixture.server.url}/inline-${lang}.html`,
        async (screen) => {
          await expectNoLoss(page, `${lang} ${screen}`);
          if (screen === 'who') {
            await press(page, 'help-now');
            await page.locator('care-level-finder [data-action="close-help"]').waitFor();
            await expectNoLoss(page, `${lang} crisis panel`);
            await press(page, 'close-help');
          }
        },
        async () => {
          await expectStep(page, 'intro');
          await addToShadowRoot(page, TEXT_SPACING);
        },
      );
      expect(checked).toEqual(new Set(MACHINE_SCREENS));
    } finally {
      await context.close();
    }
    // Walks over every screen: about 15 s on an idle machine.
  }, 180_000);

  it('loses nothing in the open popup', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      await page.goto(`${fixture.server.url}/popup-${lang}.html`);
      await page.locator('care-level-finder .launcher').waitFor();
      await addToShadowRoot(page, TEXT_SPACING);
      await expectNoLoss(page, `${lang} launcher`);
      await page.locator('care-level-finder .launcher').click();
      await expectStep(page, 'intro');
      await expectNoLoss(page, `${lang} popup intro`);
      await press(page, 'start');
      await expectStep(page, 'who');
      await expectNoLoss(page, `${lang} popup question`);
    } finally {
      await context.close();
    }
  });
});

describe('control', () => {
  it('the check sees text that a fixed height cuts off', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      await page.goto(`${fixture.server.url}/inline-en.html`);
      await expectStep(page, 'intro');
      await addToShadowRoot(page, `${TEXT_SPACING} .card { height: 120px; overflow: hidden; }`);
      expect((await lossOfContent(page)).clipped).toContain('<div class="card">');
    } finally {
      await context.close();
    }
  });
});
