// How the built dist/widget.js loads on real host pages (embed.md, "The paste-in"): included
// twice, before or after the element, an element added later by a single-page app, several
// instances, removal mid-flow, attribute changes after mount, and the mount() API.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  continueStep,
  expectStep,
  press,
  walk,
  widget,
  widgetRoot,
  useBrowserAndServer,
} from './support/browser';
import {
  hostEventTrail,
  hostEvents,
  hostHtml,
  PACKAGE_VERSION,
  recordHostEvents,
  settle,
  noSetup,
  withHostPage,
  withQuietHostPage,
} from './support/probes';
import { CLINIC_TEL, TO_EMERGENCY } from './support/paths';

const ELEMENT = '<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>';

/** Start, walk to the emergency outcome, and check the clinic's call link. */
async function walkToEmergency(host: Locator): Promise<void> {
  await expectStep(host, 'intro');
  await press(host, 'start');
  await walk(host, TO_EMERGENCY);
  await expectStep(host, 'result');
  const root = widgetRoot(host);
  expect(await root.getAttribute('data-outcome')).toBe('emergency');
  expect(await root.locator('a[data-action="call"]').getAttribute('href')).toBe(CLINIC_TEL);
}

/** How many nodes the host's shadow root holds (null: it has no shadow root). */
function shadowChildCount(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((css) => document.querySelector(css)?.shadowRoot?.childNodes.length ?? null, selector);
}

describe('loading dist/widget.js on a host page', () => {
  const fixture = useBrowserAndServer();

  it('works when the script is included twice', async () => {
    // Two URLs, so the browser cannot share one fetch: the bundle really runs twice.
    fixture.server.page(
      '/twice.html',
      hostHtml(`<script src="/widget.js?copy=1" async></script>
<script src="/widget.js?copy=2" async></script>
${ELEMENT}`),
    );
    await withHostPage(
      fixture.browser,
      fixture.server,
      '/twice.html',
      noSetup,
      async ({ page, problems, messages }) => {
        await walkToEmergency(widget(page));
        const fetched = await page.evaluate(
          () =>
            performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/widget.js')
              .length,
        );
        expect(fetched).toBe(2);
        // One widget, not two renders into the same shadow root.
        expect(await widget(page).locator('[data-step]').count()).toBe(1);

        const api = await page.evaluate(() => ({
          keys: Object.keys(window.CareLevelFinder ?? {}).sort(),
          version: window.CareLevelFinder?.version,
          mount: typeof window.CareLevelFinder?.mount,
        }));
        expect(api.keys).toEqual(['mount', 'version']);
        expect(typeof api.version).toBe('string');
        expect(api.version).not.toBe('');
        expect(api.version).toBe(PACKAGE_VERSION);
        expect(api.mount).toBe('function');
        expect(problems).toEqual([]);
        expect(messages).toEqual([]);

        // The collector does see what an unguarded second define would cause.
        await page.addScriptTag({
          content: "customElements.define('care-level-finder', class extends HTMLElement {});",
        });
        await expect.poll(() => problems.some((problem) => problem.startsWith('uncaught:'))).toBe(true);
      },
    );
  });

  const placements = [
    {
      name: 'after the element (async, end of body)',
      html: hostHtml(`${ELEMENT}\n<script src="/widget.js" async></script>`),
    },
    { name: 'before the element (blocking, in <head>)', html: hostHtml(ELEMENT, '<script src="/widget.js"></script>') },
  ];
  for (const [index, placement] of placements.entries()) {
    it(`works with the script ${placement.name}`, async () => {
      const path = `/placement-${index}.html`;
      fixture.server.page(path, placement.html);
      await withQuietHostPage(fixture, path, noSetup, async ({ page }) => {
        await walkToEmergency(widget(page));
      });
    });
  }

  it('works for an element a single-page app adds after load', async () => {
    fixture.server.page('/spa.html', hostHtml('<script src="/widget.js" async></script>\n<div id="app"></div>'));
    await withQuietHostPage(fixture, '/spa.html', recordHostEvents, async ({ page }) => {
      expect(await widget(page).count()).toBe(0);
      const defined = await page.evaluate(() => {
        const element = document.createElement('care-level-finder');
        element.setAttribute('phone', '+1-555-010-4477');
        element.setAttribute('clinic-name', 'Test Clinic');
        document.getElementById('app')?.append(element);
        return customElements.get('care-level-finder') !== undefined;
      });
      expect(defined).toBe(true);
      await walkToEmergency(widget(page));
      expect(await hostEventTrail(page)).toEqual(['clf:start@0', 'clf:complete@0']);
    });
  });

  it('keeps three instances on one page apart', async () => {
    fixture.server.page(
      '/three.html',
      hostHtml(`<script src="/widget.js" async></script>\n${ELEMENT}\n${ELEMENT}\n${ELEMENT}`),
    );
    await withQuietHostPage(fixture, '/three.html', recordHostEvents, async ({ page }) => {
      const [first, second, third] = [0, 1, 2].map((index) => widget(page).nth(index)) as [Locator, Locator, Locator];
      for (const host of [first, second, third]) await expectStep(host, 'intro');

      await press(first, 'start');
      await walk(first, [['who', ['self']]]);
      await expectStep(first, 'danger');

      await press(second, 'start');
      await walk(second, [
        ['who', ['loved-one']],
        ['danger', ['suicidal-thoughts']],
      ]);
      await expectStep(second, 'result');

      await press(third, 'start');
      await expectStep(third, 'who');

      await walk(first, [['danger', ['overdose']]]);
      await expectStep(first, 'result');

      expect(await widgetRoot(first).getAttribute('data-outcome')).toBe('emergency');
      expect(await widgetRoot(second).getAttribute('data-outcome')).toBe('crisis');
      await expectStep(third, 'who');
      // The third never answered `who`: nothing chosen in the others leaks into it.
      expect(await third.locator('input:checked').count()).toBe(0);
      await choose(third, 'loved-one');
      await continueStep(third);
      await expectStep(third, 'danger');
      expect(await widgetRoot(first).getAttribute('data-outcome')).toBe('emergency');
      expect(await widgetRoot(second).getAttribute('data-outcome')).toBe('crisis');

      // The clinic call of the second instance is announced on the second element only.
      await second.locator('a[data-action="call"]').first().click();
      await expect
        .poll(() => hostEventTrail(page))
        .toEqual(['clf:start@0', 'clf:start@1', 'clf:complete@1', 'clf:start@2', 'clf:complete@0', 'clf:call@1']);
      for (const event of await hostEvents(page)) {
        expect(event).toMatchObject({ detail: null, bubbles: true, composed: true });
      }
    });
  });

  it('stops everything when the element is removed mid-flow, and a new element works', async () => {
    fixture.server.page('/remove.html', hostHtml(`<script src="/widget.js" async></script>\n${ELEMENT}`));
    await withQuietHostPage(fixture, '/remove.html', recordHostEvents, async ({ page }) => {
      const host = widget(page);
      await expectStep(host, 'intro');
      // A listener on the element itself: events of a detached element never reach document.
      await page.evaluate(() => {
        const element = document.querySelector('care-level-finder');
        const seen: string[] = [];
        Object.assign(window, { __elementEvents: seen });
        for (const type of ['clf:start', 'clf:complete', 'clf:call'])
          element?.addEventListener(type, () => seen.push(type));
      });
      await press(host, 'start');
      await walk(host, [['who', ['self']]]);
      await choose(host, 'overdose');

      // Removed with an answer chosen: a Continue that still reached a running screening
      // would complete it (clf:complete). The stale form is submitted by hand, as a detached
      // form's own submit button does nothing.
      await page.evaluate(() => {
        const element = document.querySelector('care-level-finder');
        Object.assign(window, { __removed: element, __staleForm: element?.shadowRoot?.querySelector('form') });
        element?.remove();
      });
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { __removed: Element }).__removed.shadowRoot?.childNodes.length),
        )
        .toBe(0);
      const handled = await page.evaluate(
        () =>
          !(window as unknown as { __staleForm: HTMLFormElement }).__staleForm.dispatchEvent(
            new Event('submit', { cancelable: true }),
          ),
      );
      // The probe is only worth something if it reaches the widget's submit handler (which
      // cancels the event) and so calls into the stopped screening.
      expect(handled, 'the stale form no longer reaches the widget: the probe below proves nothing').toBe(true);
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { __elementEvents: string[] }).__elementEvents)).toEqual([
        'clf:start',
      ]);
      expect(await hostEventTrail(page)).toEqual(['clf:start@0']);

      // A new element, added like a single-page app would, starts its own screening.
      await page.evaluate(() => {
        const element = document.createElement('care-level-finder');
        element.id = 'again';
        element.setAttribute('phone', '+1-555-010-4477');
        element.setAttribute('clinic-name', 'Test Clinic');
        document.body.append(element);
      });
      await walkToEmergency(page.locator('#again'));
      expect(await hostEventTrail(page)).toEqual(['clf:start@0', 'clf:start@0', 'clf:complete@0']);
      expect((await hostEvents(page)).slice(1).map((event) => event.target)).toEqual(['again', 'again']);
    });
  });

  it('follows phone and clinic-name changes after mount', async () => {
    fixture.server.page('/attributes.html', hostHtml(`<script src="/widget.js" async></script>\n${ELEMENT}`));
    await withQuietHostPage(fixture, '/attributes.html', noSetup, async ({ page }) => {
      const host = widget(page);
      await walkToEmergency(host);
      const call = widgetRoot(host).locator('a[data-action="call"]');
      expect(await call.textContent()).toContain('Test Clinic');

      await host.evaluate((element) => element.setAttribute('phone', '(555) 222-3333'));
      await expect.poll(() => call.getAttribute('href')).toBe('tel:+15552223333');
      expect(await call.textContent()).toContain('(555) 222-3333');

      await host.evaluate((element) => element.setAttribute('clinic-name', 'Harbor Light'));
      await expect.poll(() => call.textContent()).toContain('Harbor Light');
      expect(await call.textContent()).not.toContain('Test Clinic');
      expect(await call.getAttribute('href')).toBe('tel:+15552223333');
      await expectStep(host, 'result');
    });
  });

  it('mount() renders into a div and unmount() empties it', async () => {
    fixture.server.page('/api.html', hostHtml('<script src="/widget.js" async></script>\n<div id="host"></div>'));
    await withQuietHostPage(fixture, '/api.html', recordHostEvents, async ({ page }) => {
      const keys = await page.evaluate(() => {
        const target = document.getElementById('host');
        if (!target || !window.CareLevelFinder) throw new Error('no #host or no CareLevelFinder');
        const handle = window.CareLevelFinder.mount(target, { phone: '555.010.4477', clinicName: 'Test Clinic' });
        Object.assign(window, { __handle: handle });
        return Object.keys(handle);
      });
      expect(keys).toEqual(['unmount']);
      const host = page.locator('#host');
      await walkToEmergency(host);
      expect((await hostEvents(page)).map((event) => `${event.type}@${event.target}`)).toEqual([
        'clf:start@host',
        'clf:complete@host',
      ]);

      await page.evaluate(() => (window as unknown as { __handle: { unmount(): void } }).__handle.unmount());
      expect(await shadowChildCount(page, '#host')).toBe(0);
      expect(await host.locator('[data-step]').count()).toBe(0);
    });
  });
});
