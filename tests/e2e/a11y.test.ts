// axe-core (WCAG 2.2 A/AA tags) on every screen the machine can show, reached by paths generated
// from the machine itself, plus the nothing-chosen error, the crisis panel and the open popup,
// in English and Spanish, at 320 and 1280 px wide. Also: no horizontal scroll anywhere.
// 320 CSS px is what a 1280 px window shows at 400% zoom (WCAG's reflow case), so it covers
// 200% zoom of any window down to 640 px.

import { describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, expectNoViolations } from './support/axe';
import { press, useBrowserAndServer } from './support/browser';
import { checkEachScreenOnce, MACHINE_SCREENS, PATHS, screensOf } from './support/screens';

const fixture = useBrowserAndServer((server) => {
  for (const lang of LANGS) {
    server.page(`/inline-${lang}.html`, hostPage(lang));
    server.page(`/popup-${lang}.html`, hostPage(lang, 'popup'));
  }
});

const LANGS = ['en', 'es'] as const;
const WIDTHS = [320, 1280] as const;

function hostPage(lang: string, mode = 'inline'): string {
  // A minimal, valid host page: axe also checks the page around the widget.
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" persist="none" mode="${mode}"></care-level-finder>
</main></body></html>`;
}

describe('the paths generated from the machine', () => {
  it('reach every screen: intro, all 11 steps and all 5 outcomes', () => {
    expect([...new Set(PATHS.flatMap(screensOf))].sort()).toEqual(
      [
        'intro',
        'who',
        'danger',
        'age',
        'withdrawal',
        'support',
        'tried-before',
        'home',
        'sober-living',
        'mental-health',
        'schedule',
        'wants-help',
        'result:emergency',
        'result:crisis',
        'result:residential',
        'result:iop',
        'result:outpatient',
      ].sort(),
    );
    // And every screen the machine itself defines, so a new one cannot be missed.
    expect([...new Set(PATHS.flatMap(screensOf))].sort()).toEqual([...MACHINE_SCREENS].sort());
  });
});

describe.each(LANGS)('no axe violation in %s', (lang) => {
  it.each(WIDTHS)(
    'on every screen at %i px wide',
    async (width) => {
      const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        const checked = await checkEachScreenOnce(page, `${fixture.server.url}/inline-${lang}.html`, async (screen) => {
          await expectNoViolations(page, `${lang} ${width}px ${screen}`);
          await expectNoHorizontalScroll(page, `${lang} ${width}px ${screen}`);
        });
        expect(checked.size).toBe(17);
      } finally {
        await context.close();
      }
      // Seventeen screens with axe each: a minute when the machine is busy.
    },
    180_000,
  );

  it.each(WIDTHS)('with the nothing-chosen error, the crisis panel and the open popup at %i px', async (width) => {
    const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${fixture.server.url}/inline-${lang}.html`);
      await press(page, 'start');
      await press(page, 'continue');
      await page.locator('care-level-finder .error').waitFor();
      await expectNoViolations(page, `${lang} ${width}px error`);

      await press(page, 'help-now');
      await page.locator('care-level-finder [data-action="close-help"]').waitFor();
      await expectNoViolations(page, `${lang} ${width}px crisis panel`);
      await expectNoHorizontalScroll(page, `${lang} ${width}px crisis panel`);

      await page.goto(`${fixture.server.url}/popup-${lang}.html`);
      await page.locator('care-level-finder .launcher').click();
      await page.locator('care-level-finder dialog[open] [data-step="intro"]').waitFor();
      await expectNoViolations(page, `${lang} ${width}px popup`);
      await expectNoHorizontalScroll(page, `${lang} ${width}px popup`);
    } finally {
      await context.close();
    }
  });
});
