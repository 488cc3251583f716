// Page optimizers (WP Rocket, Perfmatters, LiteSpeed Cache) delay every script until the
// visitor's first interaction: the page arrives with the script tag disabled, and a small
// loader of theirs puts the real script in at the first click, scroll, key press or touch.
// The element is then already in the page, with its attributes (a call-tracking callback may
// even have rewritten `phone` by then), and the script comes later. README, "Consent managers
// and page optimizers": the widget must work this way too.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer } from './support/browser';
import { TO_OUTPATIENT } from './support/paths';
import { hostHtml, noSetup, settle, withQuietHostPage } from './support/probes';

const PAGE = '/delayed.html';

/**
 * The disabled script as these optimizers leave it (WP Rocket writes
 * `type="rocketlazyloadscript" data-rocket-src`), and their loader: on the first interaction
 * it stops listening and replaces each disabled script with a real one, which the browser
 * then runs asynchronously, as an inserted script.
 */
const DELAYED_PAGE = hostHtml(`<main style="min-height: 3000px">
<h1>Harbor Light Recovery</h1>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" persist="none"></care-level-finder>
</main>
<script type="delayed/javascript" data-delayed-src="/widget.js"></script>
<script>
  (() => {
    const TRIGGERS = ['keydown', 'mousedown', 'mousemove', 'click', 'wheel', 'scroll', 'touchstart', 'touchmove', 'touchend'];
    const options = { capture: true, passive: true };
    const load = (event) => {
      for (const type of TRIGGERS) window.removeEventListener(type, load, options);
      window.__trigger = event.type;
      for (const disabled of document.querySelectorAll('script[type="delayed/javascript"]')) {
        const script = document.createElement('script');
        script.src = disabled.dataset.delayedSrc;
        disabled.replaceWith(script);
      }
    };
    for (const type of TRIGGERS) window.addEventListener(type, load, options);
  })();
</script>`);

/** The first interaction of each kind, and the events that may have set the loader off. */
const INTERACTIONS: readonly { name: string; events: readonly string[]; act: (page: Page) => Promise<void> }[] = [
  { name: 'click', events: ['mousemove', 'mousedown', 'click'], act: (page) => page.locator('h1').click() },
  { name: 'scroll', events: ['wheel', 'scroll'], act: (page) => page.mouse.wheel(0, 400) },
  { name: 'key press', events: ['keydown'], act: (page) => page.keyboard.press('Tab') },
];

describe('widget.js inserted only after the first interaction, as page optimizers do', () => {
  const fixture = useBrowserAndServer((server) => server.page(PAGE, DELAYED_PAGE));

  it.each(INTERACTIONS.map((interaction) => [interaction.name, interaction]))(
    'after a first %s: the element already in the page comes alive and walks to a result',
    async (_name, interaction) => {
      await withQuietHostPage(fixture, PAGE, noSetup, async ({ page }) => {
        const requestsBefore = fixture.server.requests.length;
        await settle(page);
        // Nothing has run yet: no script fetched, no element defined, nothing drawn.
        expect(fixture.server.requests.slice(requestsBefore)).not.toContain('/widget.js');
        expect(await page.evaluate(() => customElements.get('care-level-finder') === undefined)).toBe(true);
        expect(await widget(page).evaluate((element) => element.shadowRoot)).toBeNull();

        // A call-tracking callback that fired before the script came: only the attribute changed.
        await widget(page).evaluate((element) => element.setAttribute('phone', '(555) 010-9999'));

        await interaction.act(page);
        await expectStep(page, 'intro');
        expect(interaction.events).toContain(
          await page.evaluate(() => (window as unknown as { __trigger: string }).__trigger),
        );
        expect(fixture.server.requests.slice(requestsBefore)).toContain('/widget.js');

        await press(page, 'start');
        await walk(page, TO_OUTPATIENT);
        await expectStep(page, 'result');
        const root = widgetRoot(widget(page));
        expect(await root.getAttribute('data-outcome')).toBe('outpatient');
        expect(await root.locator('a[data-action="call"]').getAttribute('href')).toBe('tel:+15550109999');
      });
    },
  );
});
