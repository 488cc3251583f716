// embed.md, guarantees: "Clinic text (name, hours) is rendered as text, never as HTML."
// The clinic's name and hours carry markup that would run script, fetch an image and add
// elements if it were ever parsed as HTML. The widget must show the characters as written.
// A control page parses the very same attribute values as HTML, and the same detectors see
// the image request, the elements and the script running: each check can fail.

import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer } from './support/browser';
import { escapeHtml, pathOf, SCRIPT_HEADERS, withWatchedPage, type Watch } from './support/host-watch';
import { hostHtml } from './support/probes';
import type { TestServer } from './support/server';
import { TO_OUTPATIENT } from './support/paths';

// Attribute values as the element holds them (after the HTML parser has unescaped the page):
// real markup, plus an already-escaped entity that must stay as the five characters "&lt;".
const CLINIC_NAME = '<img src=x onerror="window.__pwned=1">Acme &lt;b&gt;';
const HOURS = '<b>Mon-Fri</b> 9-5 <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">';

const ELEMENT = `<care-level-finder phone="+1-555-010-4477" clinic-name="${escapeHtml(CLINIC_NAME)}" hours="${escapeHtml(HOURS)}"></care-level-finder>`;

const HOST_PAGE = '/clinic-text.html';
const CONTROL_PAGE = '/clinic-text-control.html';
const CONTROL_SCRIPT = '/clinic-text-control.js';

const HOST_HTML = hostHtml(`<script src="/widget.js" async></script>\n${ELEMENT}`);

// No widget: a script that does what the widget must never do, parse the values as HTML
// into the element's shadow root.
const CONTROL_HTML = hostHtml(`${ELEMENT}\n<script src="${CONTROL_SCRIPT}"></script>`);

const CONTROL_JS = `
const host = document.querySelector('care-level-finder');
host.attachShadow({ mode: 'open' }).innerHTML =
  '<a data-action="call" href="tel:+15550104477">Call ' + host.getAttribute('clinic-name') + '</a>' +
  '<p>' + host.getAttribute('hours') + '</p>';
`;

/** What parsed markup would leave behind. */
interface MarkupTraces {
  /** `window.__pwned`, or "undefined". */
  readonly pwned: string;
  /** Elements inside the shadow root that only the clinic's markup could have made. */
  readonly injected: readonly string[];
  /** Requests for the image "x", as the browser and as the server saw them. */
  readonly imageRequests: readonly string[];
}

async function markupTraces(watch: Watch, server: TestServer, serverStart: number): Promise<MarkupTraces> {
  const inPage = await watch.page.evaluate(() => {
    const root = document.querySelector('care-level-finder')?.shadowRoot;
    return {
      pwned: String((window as unknown as { __pwned?: unknown }).__pwned),
      injected: root
        ? Array.from(root.querySelectorAll('img, b, script, [onerror]'), (element) => element.outerHTML)
        : null,
    };
  });
  // No shadow root must fail, not read as "nothing injected".
  if (!inPage.injected) throw new Error('care-level-finder has no open shadow root');
  return {
    pwned: inPage.pwned,
    injected: inPage.injected,
    imageRequests: [
      ...watch.requests.filter((url) => pathOf(url, server.url) === '/x').map((url) => `browser: ${url}`),
      ...server.requests
        .slice(serverStart)
        .filter((path) => path === '/x')
        .map((path) => `server: ${path}`),
    ],
  };
}

describe('clinic name and hours are shown as text, never parsed as HTML', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(HOST_PAGE, HOST_HTML);
    server.page(CONTROL_PAGE, CONTROL_HTML);
    server.page(CONTROL_SCRIPT, CONTROL_JS, SCRIPT_HEADERS);
  });

  it('the call button and the hours on a level result show the literal characters', async () => {
    const serverStart = fixture.server.requests.length;
    await withWatchedPage(fixture.browser, fixture.server.url + HOST_PAGE, async (watch) => {
      const { page } = watch;
      const host = widget(page);
      // The page's escaping gives the element exactly the markup-laden values.
      expect(await host.getAttribute('clinic-name')).toBe(CLINIC_NAME);
      expect(await host.getAttribute('hours')).toBe(HOURS);

      await expectStep(page, 'intro');
      await press(page, 'start');
      await walk(page, TO_OUTPATIENT);
      await expectStep(page, 'result');
      expect(await widgetRoot(host).getAttribute('data-outcome')).toBe('outpatient');

      const call = host.locator('a[data-action="call"]');
      expect(await call.count()).toBe(1);
      expect(await call.textContent()).toContain(CLINIC_NAME);
      // The hours: an element of the result whose whole text is the clinic's hours, as written.
      const hoursShown = await widgetRoot(host).evaluate(
        (root, hours) =>
          Array.from(root.querySelectorAll('*')).some((element) => element.textContent?.trim() === hours),
        HOURS,
      );
      expect(hoursShown, 'an element showing the hours verbatim').toBe(true);

      expect(await markupTraces(watch, fixture.server, serverStart)).toEqual({
        pwned: 'undefined',
        injected: [],
        imageRequests: [],
      });
      expect(watch.consoleMessages).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    });
  });

  it('control: the same values parsed as HTML leave every trace the checks look for', async () => {
    const serverStart = fixture.server.requests.length;
    await withWatchedPage(fixture.browser, fixture.server.url + CONTROL_PAGE, async (watch) => {
      // The image's error (and so its onerror) comes after its request fails: wait for it.
      await expect
        .poll(() => watch.page.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned)))
        .not.toBe('undefined');
      const traces = await markupTraces(watch, fixture.server, serverStart);
      expect(traces.pwned).toMatch(/^[13]$/);
      expect(traces.injected.map((html) => /^<([a-z]+)/.exec(html)?.[1])).toEqual(
        expect.arrayContaining(['img', 'b', 'script']),
      );
      expect(traces.imageRequests).toEqual(expect.arrayContaining([`browser: ${fixture.server.url}/x`, 'server: /x']));
      // And the literal text the widget must show is absent: the markup was consumed.
      expect(await widget(watch.page).locator('a[data-action="call"]').textContent()).not.toContain(CLINIC_NAME);
    });
  });
});
