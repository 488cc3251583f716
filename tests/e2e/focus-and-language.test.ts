// What only a real browser shows about focus, the keyboard, the popup dialog and the choice of
// language: each Continue lands on the new question, a keyboard alone reaches a result, the
// popup opens, closes on Escape and gives focus back, and the language follows the page.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  collectWarnings,
  continueStep,
  expectStep,
  press,
  widgetRoot,
  withPage,
  useBrowserAndServer,
} from './support/browser';
import { FOCUS_IN_PAGE } from './support/focus';

const fixture = useBrowserAndServer((server) => {
  server.page('/plain.html', hostPage({}));
  server.page('/spanish-attribute.html', hostPage({ attributes: 'lang="es"' }));
  server.page('/spanish-page.html', hostPage({ htmlLang: 'es-MX' }));
  server.page('/spanish-wrapper.html', hostPage({ wrapper: 'es' }));
  server.page('/unknown.html', hostPage({ htmlLang: 'fr', attributes: 'lang="xx"' }));
  server.page('/popup.html', hostPage({ attributes: 'mode="popup"' }));
});

function hostPage({
  htmlLang = 'en',
  attributes = '',
  wrapper = '',
}: {
  htmlLang?: string;
  attributes?: string;
  wrapper?: string;
}) {
  const [open, close] = wrapper ? [`<div lang="${wrapper}">`, '</div>'] : ['', ''];
  return `<!doctype html>
<html lang="${htmlLang}">
<head><meta charset="utf-8"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<button id="host-button" type="button">A button of the page</button>
${open}<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" persist="none" ${attributes}></care-level-finder>${close}
<script src="/widget.js"></script>
</main></body></html>`;
}

/** What has focus, looking through shadow roots: "tag:text" of the deepest active element. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(FOCUS_IN_PAGE);
}

async function legendText(page: Page): Promise<string> {
  return (await page.locator('care-level-finder legend h2').textContent())?.trim() ?? '';
}

describe('focus', () => {
  it('stays with the page on load, then lands on each new question heading after Continue and Back', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/plain.html`, async ({ page }) => {
      await expectStep(page, 'intro');
      expect(await focused(page)).toBe(`body:${(await page.locator('body').textContent())?.trim()}`);
      await press(page, 'start');
      await expectStep(page, 'who');
      expect(await focused(page)).toBe(`h2:${await legendText(page)}`);
      const steps = [
        ['self', 'danger'],
        ['none', 'age'],
        ['adult', 'withdrawal'],
        ['none', 'support'],
      ] as const;
      for (const [option, next] of steps) {
        await choose(page, option);
        await continueStep(page);
        await expectStep(page, next);
        expect(await focused(page), next).toBe(`h2:${await legendText(page)}`);
      }
      await press(page, 'back');
      await expectStep(page, 'withdrawal');
      expect(await focused(page)).toBe(`h2:${await legendText(page)}`);
      // Nothing chosen: the error is announced by taking the focus.
      await page.locator('care-level-finder input[data-option="none"]').uncheck();
      await continueStep(page);
      expect(await focused(page)).toMatch(/^p:Please choose at least one answer/);
    });
  });
});

describe('the keyboard alone', () => {
  it('walks from Start to a result with Tab, arrows, Space and Enter', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/plain.html`, async ({ page }) => {
      await expectStep(page, 'intro');
      await page.locator('#host-button').focus();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button:help-now');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button:start');
      await page.keyboard.press('Enter');
      await expectStep(page, 'who');

      // A "one" question: Tab into the radio group, arrow to the answer, Enter to continue.
      const radio = async (step: string, arrows: number) => {
        await expectStep(page, step as never);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        for (let index = 0; index < arrows; index += 1) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      };
      // A "many" question: Tab to the option, Space to check it, Enter to continue.
      const checkbox = async (step: string, tabs: number) => {
        await expectStep(page, step as never);
        for (let index = 0; index < tabs; index += 1) await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
      };
      await radio('who', 0); // self
      await checkbox('danger', 9); // none: after the hint's 911 and two 988 links, the sixth option
      await radio('age', 0); // adult
      await checkbox('withdrawal', 8); // none, the eighth option
      await radio('support', 2); // no
      await radio('tried-before', 1); // no
      await radio('home', 0); // stable
      await radio('mental-health', 2); // no
      await radio('schedule', 2); // one-two-hours-week
      await expectStep(page, 'result');
      await expect
        .poll(() => widgetRoot(page.locator('care-level-finder')).getAttribute('data-outcome'))
        .toBe('outpatient');
      expect(await focused(page)).toBe('h2:Outpatient care');
    });
  });
});

describe('the popup', () => {
  it('opens a labelled modal dialog, closes on Escape and on Close, and gives focus back to the launcher', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/popup.html`, async ({ page }) => {
      const launcher = page.locator('care-level-finder .launcher');
      await expect.poll(() => launcher.textContent()).toBe('Find the right care');
      await expect.poll(() => page.locator('care-level-finder [data-step]').count()).toBe(0);

      await launcher.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('care-level-finder dialog');
      await expect
        .poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open && element.matches(':modal')))
        .toBe(true);
      expect(await dialog.getAttribute('aria-label')).toBe('Care Level Finder');
      // The launcher is not shown while the dialog is open (README: hidden while it is open).
      expect(await launcher.isVisible()).toBe(false);
      await expectStep(page, 'intro');
      expect(await focused(page)).toBe('h2:Find the kind of care that fits');

      // The page behind is inert while the dialog is open: its button cannot take focus.
      const hostButtonFocusable = () =>
        page.evaluate(() => {
          document.getElementById('host-button')?.focus();
          return document.activeElement?.id === 'host-button';
        });
      expect(await hostButtonFocusable()).toBe(false);
      await press(page, 'start');
      await expectStep(page, 'who');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
      expect(await launcher.isVisible()).toBe(true);
      expect(await focused(page)).toBe('button:Find the right care');

      // Nothing traps the page once closed: its own button works.
      expect(await hostButtonFocusable()).toBe(true);
      await page.locator('#host-button').click({ timeout: 2000 });
      expect(await focused(page)).toBe('button:A button of the page');

      // Reopening continues where the visitor was; the Close button closes too.
      await launcher.click();
      await expectStep(page, 'who');
      await press(page, 'close-dialog');
      await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
      expect(await focused(page)).toBe('button:Find the right care');
    });
  });

  it('closes the crisis panel, not the dialog, on the first Escape', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/popup.html`, async ({ page }) => {
      await page.locator('care-level-finder .launcher').click();
      await expectStep(page, 'intro');
      await press(page, 'help-now');
      await page.locator('care-level-finder [data-action="close-help"]').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('care-level-finder [data-action="close-help"]').count()).toBe(0);
      const dialog = page.locator('care-level-finder dialog');
      expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
      expect(await focused(page)).toBe('button:help-now');
    });
  });
});

describe('the language', () => {
  it.each([
    ['the lang attribute', '/spanish-attribute.html', 'es', 'Encuentre el tipo de atención adecuado'],
    ['the page language (es-MX)', '/spanish-page.html', 'es', 'Encuentre el tipo de atención adecuado'],
    ['the nearest lang up the page', '/spanish-wrapper.html', 'es', 'Encuentre el tipo de atención adecuado'],
    ['the default', '/plain.html', 'en', 'Find the kind of care that fits'],
  ])('follows %s', async (_name, path, lang, heading) => {
    await withPage(fixture.browser, `${fixture.server.url}${path}`, async ({ page }) => {
      const root = widgetRoot(page.locator('care-level-finder'));
      await expect.poll(() => root.getAttribute('lang')).toBe(lang);
      expect(await page.locator('care-level-finder h2').textContent()).toBe(heading);
    });
  });

  it('falls back to English, with one warning, for an unknown language', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/unknown.html`, async ({ page }) => {
      const warnings = collectWarnings(page);
      await page.reload();
      await expect.poll(() => widgetRoot(page.locator('care-level-finder')).getAttribute('lang')).toBe('en');
      expect(warnings).toEqual([
        expect.stringMatching(/^\[care-level-finder\] lang="xx" is not a language of this widget/),
      ]);
    });
  });

  it("switches when the lang attribute changes after mount, keeping the visitor's place", async () => {
    await withPage(fixture.browser, `${fixture.server.url}/plain.html`, async ({ page }) => {
      await press(page, 'start');
      await choose(page, 'loved-one');
      await page.locator('care-level-finder').evaluate((element) => element.setAttribute('lang', 'es'));
      await expect.poll(() => legendText(page)).toBe('¿Para quién busca ayuda?');
      expect(await page.locator('care-level-finder input[data-option="loved-one"]').isChecked()).toBe(true);
      await continueStep(page);
      await expect.poll(() => legendText(page)).toBe('¿A su ser querido le pasa alguna de estas cosas ahora mismo?');
    });
  });
});
