// Core Web Vitals on a clinic's page: the README's paste-in, as written (read from README.md, so
// the two cannot drift apart), between paragraphs of a content page, with widget.js arriving
// only after the page's first paint, as from any CDN. The page's layout shift (CLS, the sum of
// shifts without recent input) must stay at 0.01 or below at 320, 375 and 1280 px wide, in
// English and Spanish, and in popup mode. A control without the reserve line shows the check
// sees the jump it guards against.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, useBrowserAndServer } from './support/browser';
import { README_SCRIPT_URL, readmeSnippets } from './support/readme';

const PASTE_IN = readmeSnippets().find((snippet) => snippet.lang === 'html')?.code ?? '';
const RESERVE_LINE = PASTE_IN.split('\n').find((line) => line.startsWith('<style>')) ?? '';
const DELAYED_SCRIPT = '/cdn/widget.js';

function contentPage(lang: string, pasteIn: string): string {
  const paragraph =
    lang === 'es'
      ? '<p>Nuestro equipo acompaña a cada persona y a su familia durante la recuperación, con atención cercana y confidencial.</p>'
      : '<p>Our team walks with each person and their family through recovery, with close and private care every step of the way.</p>';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Harbor Light Recovery</h1>${paragraph.repeat(3)}
${pasteIn.replace(README_SCRIPT_URL, DELAYED_SCRIPT)}
${paragraph.repeat(6)}<footer><p>Harbor Light Recovery</p></footer></main></body></html>`;
}

const fixture = useBrowserAndServer((server) => {
  for (const lang of ['en', 'es']) {
    server.page(`/cls-${lang}.html`, contentPage(lang, PASTE_IN));
    server.page(
      `/cls-popup-${lang}.html`,
      contentPage(lang, PASTE_IN.replace('<care-level-finder ', '<care-level-finder mode="popup" ')),
    );
    server.page(`/cls-no-reserve-${lang}.html`, contentPage(lang, PASTE_IN.replace(`${RESERVE_LINE}\n`, '')));
  }
});

// Sums every layout shift without recent input, as Core Web Vitals count CLS (web-vitals sums
// session windows; a single load has one window here), and notes when the script ran.
const RECORD_SHIFTS = `(() => {
  const record = { cls: 0, shifts: [] };
  Object.defineProperty(window, '__cls', { value: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.cls += entry.value;
      record.shifts.push(Math.round(entry.startTime) + 'ms ' + entry.value.toFixed(4));
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * Opens the page with widget.js held back until the page has painted, then released: the
 * script arrives after the first paint, whatever the machine's speed (no fixed delay).
 */
async function loadWithLateScript(page: Page, url: string): Promise<void> {
  let release: () => void = () => {};
  const painted = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${DELAYED_SCRIPT}`, async (route) => {
    await painted;
    await route.fulfill({
      path: new URL('../../dist/widget.js', import.meta.url).pathname,
      contentType: 'text/javascript',
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const undefinedAtPaint = await page.evaluate(() => customElements.get('care-level-finder') === undefined);
  expect(undefinedAtPaint, 'the widget must not be defined before the first paint').toBe(true);
  release();
}

async function clsAfterFirstScreen(page: Page, popup: boolean): Promise<{ cls: number; shifts: string[] }> {
  if (popup) await page.locator('care-level-finder .launcher').waitFor();
  else await expectStep(page, 'intro');
  // Two frames and a task later every shift of the first screen has been reported, and the
  // machine the widget builds at an idle moment has been built (it renders nothing new).
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))),
  );
  return page.evaluate(() => (window as unknown as { __cls: { cls: number; shifts: string[] } }).__cls);
}

async function measure(url: string, width: number, popup = false) {
  const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript({ content: RECORD_SHIFTS });
  const page = await context.newPage();
  try {
    await loadWithLateScript(page, url);
    return await clsAfterFirstScreen(page, popup);
  } finally {
    await context.close();
  }
}

describe('layout shift with the README paste-in, the script arriving after first paint', () => {
  it('reads a three-line paste-in with the reserve rule from the README', () => {
    expect(PASTE_IN.split('\n')).toHaveLength(3);
    expect(RESERVE_LINE).toContain('min-height: 700px');
  });

  for (const lang of ['en', 'es'] as const) {
    for (const width of [320, 375, 1280]) {
      it(`keeps CLS at 0.01 or below (${lang}, ${width} px)`, async () => {
        const { cls, shifts } = await measure(`${fixture.server.url}/cls-${lang}.html`, width);
        expect(cls, shifts.join(', ')).toBeLessThanOrEqual(0.01);
      });
    }
    it(`keeps CLS at 0.01 or below in popup mode (${lang}, 375 px)`, async () => {
      const { cls, shifts } = await measure(`${fixture.server.url}/cls-popup-${lang}.html`, 375, true);
      expect(cls, shifts.join(', ')).toBeLessThanOrEqual(0.01);
    });
  }

  it('control: without the reserve line the same page jumps (CLS well above 0.01)', async () => {
    const { cls } = await measure(`${fixture.server.url}/cls-no-reserve-en.html`, 375);
    expect(cls).toBeGreaterThan(0.1);
  });
});
