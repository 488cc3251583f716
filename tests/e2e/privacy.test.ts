// The privacy promise (screening.md) and embed.md's guarantees, seen from the host page: the
// answers and the outcome never reach the network, cookies, localStorage, the URL, the title,
// the console, the host element's light DOM or the events the page can hear; one
// sessionStorage key at most. The host page sends no CSP, so a leak would not be blocked and
// would show. A control page leaks on purpose in each of those ways, and the same report must
// show every one of them: each check below can fail.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, QUESTIONS, type Outcome } from '../../src/screening';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer, type Answer } from './support/browser';
import { pathOf, SCRIPT_HEADERS, withWatchedPage, type Watch } from './support/host-watch';
import { hostHtml } from './support/probes';
import type { TestServer } from './support/server';
import { CLINIC_TEL, LOADED_AFTER_WITHDRAWAL, PASTE_IN_HTML } from './support/paths';

const HOST_PAGE = '/privacy-host.html';
const LEAKY_PAGE = '/privacy-leaky.html';
const LEAKY_SCRIPT = '/privacy-leaky.js';
const STORAGE_KEY = 'care-level-finder';

// What a leaky widget could do, all at once, from a same-origin script.
const LEAKY_HTML = hostHtml(
  `<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>\n<script src="${LEAKY_SCRIPT}"></script>`,
);

const LEAKY_JS = `
const host = document.querySelector('care-level-finder');
fetch('/beacon?outcome=iop').catch(() => {});
new WebSocket('ws://' + location.host + '/socket');
document.cookie = 'clf=iop';
localStorage.setItem('clf', 'iop');
sessionStorage.setItem('${STORAGE_KEY}', '{}');
sessionStorage.setItem('clf-answers', 'unsafe');
indexedDB.open('clf');
console.log('[care-level-finder] home: unsafe');
document.title = 'Clinic: iop';
history.replaceState(null, '', '?outcome=iop');
host.setAttribute('data-outcome', 'iop');
host.dispatchEvent(new CustomEvent('clf:complete', { bubbles: true, composed: true, detail: { outcome: 'iop' } }));
host.dispatchEvent(new CustomEvent('clf:answer', { bubbles: true, composed: true, detail: 'unsafe' }));
`;

interface ClfEvent {
  readonly type: string;
  /** null, or the detail as JSON (String() when JSON cannot say it). */
  readonly detail: string | null;
}

// Two views of the widget's events: every dispatch of any `clf:*` type anywhere (a spy on
// dispatchEvent, installed before the widget loads: listeners cannot match a prefix), and
// what a page listener on document actually hears of the three documented ones.
const RECORD_CLF_EVENTS = `(() => {
  const dispatched = [];
  const heard = [];
  Object.defineProperty(window, '__clfEvents', { value: { dispatched, heard } });
  const describe = (event) => {
    const detail = 'detail' in event ? event.detail : undefined;
    if (detail === null) return { type: event.type, detail: null };
    let text;
    try { text = JSON.stringify(detail); } catch {}
    return { type: event.type, detail: text ?? String(detail) };
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event && typeof event.type === 'string' && event.type.startsWith('clf:')) dispatched.push(describe(event));
    return dispatch.call(this, event);
  };
  for (const type of ['clf:start', 'clf:complete', 'clf:call']) {
    document.addEventListener(type, (event) => heard.push(describe(event)));
  }
})();`;

/** Everything the host page can see after a visit, from every side at once. */
interface PrivacyReport {
  /** http(s) requests, as paths on the test server's origin. */
  readonly networkRequests: readonly string[];
  /** What the browser was asked to open that is not a network request (tel:, sms:). */
  readonly otherRequests: readonly string[];
  /** What the test server itself answered since the page opened. */
  readonly serverRequests: readonly string[];
  readonly websockets: readonly string[];
  readonly cookies: readonly string[];
  readonly localStorageKeys: readonly string[];
  readonly sessionStorageKeys: readonly string[];
  readonly indexedDbNames: readonly string[];
  readonly href: string;
  readonly title: string;
  readonly mainFrameNavigations: readonly string[];
  /** The host element as the page's DOM holds it: tag, attributes and light-DOM children only. */
  readonly hostLightDom: string;
  readonly clfDispatched: readonly ClfEvent[];
  readonly clfHeard: readonly ClfEvent[];
  readonly console: readonly string[];
  /** Option and outcome ids found in the host's light DOM (attributes, text) or the title. */
  readonly idsOnHost: readonly string[];
}

// Every id an answer or an outcome could leak as. Substring search: on these host pages the
// light DOM is only `phone`, `clinic-name`, "Test Clinic" and the title "Clinic", which
// contain none of them (not even "no" or "yes"), so any hit is a real leak.
const PRIVATE_IDS: readonly string[] = [
  ...new Set<string>([...QUESTIONS.flatMap((question) => question.options), ...OUTCOMES]),
];

async function privacyReport(watch: Watch, server: TestServer, serverStart: number): Promise<PrivacyReport> {
  const { page, context } = watch;
  const inPage = await page.evaluate(async () => {
    const host = document.querySelector('care-level-finder');
    const storageKeys = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
    const recorded = (window as unknown as { __clfEvents?: { dispatched: ClfEvent[]; heard: ClfEvent[] } }).__clfEvents;
    return {
      localStorageKeys: storageKeys(localStorage),
      sessionStorageKeys: storageKeys(sessionStorage),
      indexedDbNames: (await indexedDB.databases()).map((database) => database.name ?? ''),
      href: location.href,
      title: document.title,
      // outerHTML never includes a shadow root's content: this is exactly the light DOM.
      hostLightDom: host?.outerHTML ?? '(no host element)',
      hostTexts: host
        ? [
            host.textContent ?? '',
            ...Array.from(host.attributes, (attribute) => `${attribute.name} ${attribute.value}`),
          ]
        : [],
      recorded: recorded ? { dispatched: [...recorded.dispatched], heard: [...recorded.heard] } : null,
    };
  });
  // A missing recorder must fail the test, not read as "no event".
  if (!inPage.recorded) throw new Error('the clf:* event recorder is not installed');
  const urls = watch.requests.map((url) => pathOf(url, server.url));
  const isNetwork = (url: string) => url.startsWith('/') || /^(https?|wss?):/.test(url);
  const hostSide = [...inPage.hostTexts, inPage.title];
  return {
    networkRequests: urls.filter(isNetwork),
    otherRequests: urls.filter((url) => !isNetwork(url)),
    serverRequests: server.requests.slice(serverStart),
    websockets: [...watch.websockets],
    cookies: (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`),
    localStorageKeys: inPage.localStorageKeys,
    sessionStorageKeys: inPage.sessionStorageKeys,
    indexedDbNames: inPage.indexedDbNames,
    href: inPage.href,
    title: inPage.title,
    mainFrameNavigations: [...watch.mainFrameNavigations],
    hostLightDom: inPage.hostLightDom,
    clfDispatched: inPage.recorded.dispatched,
    clfHeard: inPage.recorded.heard,
    console: watch.consoleMessages.map((entry) => `${entry.type}: ${entry.text}`),
    idsOnHost: PRIVATE_IDS.filter((id) => hostSide.some((text) => text.includes(id))),
  };
}

/** The recorder's lists as they are now, for polling. */
function clfEventsNow(page: Page): Promise<ClfEvent[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __clfEvents?: { heard: ClfEvent[] } }).__clfEvents?.heard ?? []),
  ]);
}

// A loved one with withdrawal risk, opioids, an unsafe home and sober living: many answers
// and notes that could leak, and the two conditional steps.
const PATH: readonly Answer[] = [
  ['who', ['loved-one']],
  ['danger', ['none']],
  ['age', ['adult']],
  ['withdrawal', ['daily-alcohol', 'opioids']],
  ...LOADED_AFTER_WITHDRAWAL,
  ['wants-help', ['unsure']],
];
const OUTCOME: Outcome = 'iop';

describe('privacy: what the host page can see of a screening', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(HOST_PAGE, PASTE_IN_HTML);
    server.page(LEAKY_PAGE, LEAKY_HTML);
    server.page(LEAKY_SCRIPT, LEAKY_JS, SCRIPT_HEADERS);
  });

  /**
   * Opens `path` watched, with the clf:* recorder installed; `report()` reads what the host page
   * can see of the visit so far, the test server's side included.
   */
  async function visit(path: string, run: (watch: Watch, report: () => Promise<PrivacyReport>) => Promise<void>) {
    const serverStart = fixture.server.requests.length;
    await withWatchedPage(
      fixture.browser,
      fixture.server.url + path,
      (watch) => run(watch, () => privacyReport(watch, fixture.server, serverStart)),
      { initScripts: [RECORD_CLF_EVENTS] },
    );
  }

  it('a full screening and a press on the call button leave nothing behind but three empty events', async () => {
    await visit(HOST_PAGE, async (watch, privacyReportNow) => {
      const { page } = watch;
      await expectStep(page, 'intro');
      const before = await page.evaluate(() => ({
        href: location.href,
        title: document.title,
        host: document.querySelector('care-level-finder')?.outerHTML ?? '',
      }));

      await press(page, 'start');
      await walk(page, PATH);
      await expectStep(page, 'result');
      expect(await widgetRoot(widget(page)).getAttribute('data-outcome')).toBe(OUTCOME);

      // The clinic's call button is a tel: link. Headless Chromium has no phone handler:
      // clicking it reports a navigation request for the tel: URL (context 'request'), which
      // the browser aborts at once ('requestfailed', net::ERR_ABORTED), launches nothing
      // (no xdg-open) and leaves the page where it was; click() does not wait on it.
      // page.route() cannot stub it: routing only sees http(s). So the real click is kept
      // (the widget's own handler runs as for a visitor), the test waits until the attempt
      // has settled, and then proves the page stayed: the main frame never navigated again.
      await widget(page).locator(`a[data-action="call"][href="${CLINIC_TEL}"]`).click();
      await expect
        .poll(() => watch.failedRequests.map((request) => request.url), { message: 'the tel: attempt should settle' })
        .toContain(CLINIC_TEL);
      await expect.poll(async () => (await clfEventsNow(page)).map((event) => event.type)).toContain('clf:call');
      await expectStep(page, 'result');

      const report = await privacyReportNow();
      expect(report.networkRequests).toEqual([HOST_PAGE, '/widget.js']);
      expect(report.serverRequests).toEqual([HOST_PAGE, '/widget.js']);
      expect(report.otherRequests).toEqual([CLINIC_TEL]);
      expect(report.websockets).toEqual([]);
      expect(report.cookies).toEqual([]);
      expect(report.localStorageKeys).toEqual([]);
      expect(report.sessionStorageKeys.filter((key) => key !== STORAGE_KEY)).toEqual([]);
      expect(report.indexedDbNames).toEqual([]);
      expect(report.href).toBe(before.href);
      expect(report.title).toBe(before.title);
      expect(report.mainFrameNavigations).toEqual([fixture.server.url + HOST_PAGE]);
      expect(report.hostLightDom).toBe(before.host);
      expect(report.idsOnHost).toEqual([]);
      const expected: ClfEvent[] = [
        { type: 'clf:start', detail: null },
        { type: 'clf:complete', detail: null },
        { type: 'clf:call', detail: null },
      ];
      expect(report.clfDispatched).toEqual(expected);
      expect(report.clfHeard).toEqual(expected);
      // A valid configuration: the widget has nothing to say, and must say nothing.
      expect(report.console).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    });
  });

  it('control: the same report shows every kind of leak a page script makes', async () => {
    await visit(LEAKY_PAGE, async (watch, privacyReportNow) => {
      // The fetch, the socket and the database are asynchronous: wait for them to be reported.
      await expect
        .poll(() => watch.requests.map((url) => pathOf(url, fixture.server.url)))
        .toContain('/beacon?outcome=iop');
      await expect.poll(() => watch.websockets.length).toBe(1);
      await expect.poll(() => watch.page.evaluate(async () => (await indexedDB.databases()).length)).toBe(1);

      const report = await privacyReportNow();
      expect(report.networkRequests).toContain('/beacon?outcome=iop');
      expect(report.serverRequests).toContain('/beacon');
      expect(report.websockets).toEqual([`${fixture.server.url.replace('http:', 'ws:')}/socket`]);
      expect(report.cookies).toEqual(['clf=iop']);
      expect(report.localStorageKeys).toEqual(['clf']);
      expect(report.sessionStorageKeys.filter((key) => key !== STORAGE_KEY)).toEqual(['clf-answers']);
      expect(report.indexedDbNames).toEqual(['clf']);
      expect(report.href).toBe(`${fixture.server.url}${LEAKY_PAGE}?outcome=iop`);
      expect(report.title).toBe('Clinic: iop');
      expect(report.hostLightDom).toContain('data-outcome="iop"');
      expect(report.idsOnHost).toEqual(['iop']);
      expect(report.clfDispatched).toEqual([
        { type: 'clf:complete', detail: '{"outcome":"iop"}' },
        { type: 'clf:answer', detail: '"unsafe"' },
      ]);
      expect(report.clfHeard).toEqual([{ type: 'clf:complete', detail: '{"outcome":"iop"}' }]);
      expect(report.console).toContain('log: [care-level-finder] home: unsafe');
    });
  });
});
