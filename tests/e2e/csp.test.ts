// embed.md, guarantees: the widget works under the strictest policy a clinic site may send,
// with no CSP violation at all: constructable stylesheets (no <style> text, no style="" in
// markup), no eval, no string-to-HTML sink (Trusted Types with no policy allowed).
// A control page under the same policy proves that the recorder really sees violations,
// including ones raised inside a shadow root and the eval and Trusted Types ones.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer, type Answer } from './support/browser';
import { settle, withWatchedPage, type Watch } from './support/host-watch';
import { ACCENT, kindOf, recordViolationsInto, serveStrictCspPages, type Violation } from './support/csp';

const HOST_PAGE = '/csp-host.html';
const CONTROL_PAGE = '/csp-control.html';

const RECORD_VIOLATIONS = `(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  ${recordViolationsInto('seen')}
})();`;

/** The violations so far, after letting the page deliver any report it has queued. */
async function violations(page: Page): Promise<Violation[]> {
  await settle(page);
  return page.evaluate(() => {
    const seen = (window as unknown as { __cspViolations?: Violation[] }).__cspViolations;
    // A missing recorder must fail the test, not read as "no violation".
    if (!Array.isArray(seen)) throw new Error('the securitypolicyviolation recorder is not installed');
    return [...seen];
  });
}

/** The computed background of an element inside the widget's shadow root. */
function backgroundOf(page: Page, selector: string): Promise<string> {
  return widget(page)
    .locator(selector)
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** Opens "Need help now?" and closes it again; the screen underneath must stay. */
async function openAndCloseHelp(page: Page): Promise<void> {
  const root = widgetRoot(widget(page));
  const step = await root.getAttribute('data-step');
  await widget(page).locator('[data-action="help-now"]').first().click();
  await expect.poll(() => widget(page).locator('[data-action="close-help"]').count()).toBe(1);
  expect(await root.getAttribute('data-step')).toBe(step);
  await press(page, 'close-help');
  await expect.poll(() => widget(page).locator('[data-action="close-help"]').count()).toBe(0);
  expect(await root.getAttribute('data-step')).toBe(step);
}

function expectClean(watch: Watch, found: readonly Violation[]): void {
  expect(found).toEqual([]);
  // Chromium also logs every violation ("Refused to ..."), and the widget logs nothing with
  // a valid configuration: any console message here is a finding.
  expect(watch.consoleMessages).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

describe('the widget under a strict Content-Security-Policy with Trusted Types', () => {
  const fixture = useBrowserAndServer((server) =>
    serveStrictCspPages(server, { host: HOST_PAGE, control: CONTROL_PAGE }),
  );

  const options = { initScripts: [RECORD_VIOLATIONS] };

  /**
   * Opens the paste-in under the policy, runs `visit` from the intro, and then expects no
   * violation, no console message and no uncaught error on the way.
   */
  async function expectCleanVisit(visit: (page: Page) => Promise<void>): Promise<void> {
    await withWatchedPage(
      fixture.browser,
      fixture.server.url + HOST_PAGE,
      async (watch) => {
        await expectStep(watch.page, 'intro');
        await visit(watch.page);
        expectClean(watch, await violations(watch.page));
      },
      options,
    );
  }

  it('renders styled and walks to a level result, crisis panel included, with no violation', async () => {
    await expectCleanVisit(async (page) => {
      // Styled by adopted constructable stylesheets (the shared one, and this widget's accent
      // corrections), not by the browser's defaults and not by any <style> element.
      expect(await widget(page).evaluate((host) => host.shadowRoot?.adoptedStyleSheets.length ?? 0)).toBe(2);
      expect(
        await widget(page).evaluate((host) => host.shadowRoot?.querySelectorAll('style, [style]').length ?? -1),
      ).toBe(0);
      expect(await backgroundOf(page, '[data-action="start"]')).toBe(ACCENT);
      await openAndCloseHelp(page);

      await press(page, 'start');
      await expectStep(page, 'who');
      expect(await backgroundOf(page, '[data-action="continue"]')).toBe(ACCENT);
      const path: readonly Answer[] = [
        ['who', ['self']],
        ['danger', ['none']],
        ['age', ['adult']],
        ['withdrawal', ['daily-alcohol', 'opioids']],
        ['support', ['yes']],
        ['tried-before', ['no']],
        ['home', ['stable']],
        ['mental-health', ['no']],
        ['schedule', ['step-away']],
      ];
      await walk(page, path);
      await expectStep(page, 'result');
      expect(await widgetRoot(widget(page)).getAttribute('data-outcome')).toBe('residential');
      expect(await backgroundOf(page, 'a[data-action="call"]')).toBe(ACCENT);
      await openAndCloseHelp(page);
    });
  });

  it('walks to the emergency screen, crisis panel included, with no violation', async () => {
    await expectCleanVisit(async (page) => {
      await press(page, 'start');
      await walk(page, [
        ['who', ['loved-one']],
        ['danger', ['overdose', 'suicidal-thoughts']],
      ]);
      await expectStep(page, 'result');
      expect(await widgetRoot(widget(page)).getAttribute('data-outcome')).toBe('emergency');
      await openAndCloseHelp(page);
    });
  });

  it('control: the recorder sees each kind of violation under the same policy', async () => {
    await withWatchedPage(
      fixture.browser,
      fixture.server.url + CONTROL_PAGE,
      async (watch) => {
        const { page } = watch;
        await expect
          .poll(async () => (await violations(page)).map(kindOf).sort())
          .toEqual([
            // With Trusted Types enforced, a string reaching eval is refused as a sink first.
            'require-trusted-types-for Element innerHTML',
            'require-trusted-types-for eval',
            'style-src-attr', // style="" in the page
            'style-src-attr', // style attribute inside a shadow root
            'style-src-elem', // <style> in the page
            'style-src-elem', // <style> inside a shadow root
          ]);
        // The console recorder is real too: Chromium logs the refusals.
        expect(watch.consoleMessages.some((entry) => entry.text.includes('Content Security Policy'))).toBe(true);
        // A button with the widget's classes but outside its shadow root keeps the browser's
        // look: the "styled" check above tells the widget's stylesheet apart from defaults.
        const unstyled = await page
          .locator('#unstyled')
          .evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(unstyled).not.toBe(ACCENT);
      },
      options,
    );
  });
});
