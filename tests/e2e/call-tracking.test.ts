// Call tracking (README, "Call tracking"): a number-swapping script on the clinic's page must
// swap the clinic's number on the host element, so that the call button dials the tracking
// number, and must never read a number inside the widget: the crisis and help lines would
// tell the vendor that this visitor opened "Need help now?" or reached the emergency screen.
//
// The scanner (support/number-scanner.ts) works the way CallRail's swap.js does, without its
// code. It runs on every screen the machine can show (paths generated from the machine), with
// the crisis panel open on a question and on each outcome, inline and in the popup, in English
// and Spanish; after a reload on the emergency screen; and on the fallback. Controls: told to
// ignore the marker it does collect the help lines, and a marker on the host stops the swap.
// Last, the README's call-tracking snippets run against stand-ins for the vendors' globals.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ScreeningEvent } from '../../src/machine';
import { expectStep, press, walk, widget, withPage, useBrowserAndServer } from './support/browser';
import { collectedSoFar, installScanner, scan, type ScannerOptions } from './support/number-scanner';
import { TO_EMERGENCY } from './support/paths';
import { settle } from './support/probes';
import { snippetsRunBy } from './support/readme';
import { dataStepOf, MACHINE_SCREENS, PATHS, replay, screenOf, screensOf } from './support/screens';

const LANGS = ['en', 'es'] as const;
/** Room for the walks over every screen on a busy CI machine. */
const WALK_TIMEOUT_MS = 180_000;
const MODES = ['inline', 'popup'] as const;

/** The clinic's number, and the tracking number the vendor shows instead. */
const CLINIC = '5550104477';
const TRACKING = '5550109999';
const TRACKING_TEL = `tel:+1${TRACKING}`;
const TRACKING_SHOWN = '(555) 010-9999';
/** Numbers shown inside the widget that the vendor must never learn. */
const POISON_HELP = '8002221222';
const SAMHSA = '8006624357';
const SAMHSA_TTY = '8004874889';

const CALLRAIL_LIKE: ScannerOptions = {
  clinic: CLINIC,
  tracking: TRACKING,
  stopAt: { attribute: 'data-calltrk-noswap' },
};

interface HostOptions {
  readonly lang: string;
  readonly mode?: string;
  readonly persist?: string;
  /** More attributes on <care-level-finder>, as a clinic might write them. */
  readonly extra?: string;
  readonly head?: string;
  readonly body?: string;
}

/** A clinic page as call tracking meets it: the number in the header, and the widget. */
function hostPage({ lang, mode = 'inline', persist = 'none', extra = '', head = '', body = '' }: HostOptions): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Clinic</title>${head}</head>
<body>
<header><a class="clinic-phone" href="tel:+1${CLINIC}">(555) 010-4477</a></header>
<main>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" mode="${mode}" persist="${persist}"${extra ? ` ${extra}` : ''}></care-level-finder>
</main>
${body}
</body>
</html>`;
}

const fixture = useBrowserAndServer((server) => {
  for (const lang of LANGS) {
    for (const mode of MODES) server.page(`/${mode}-${lang}.html`, hostPage({ lang, mode }));
    server.page(`/resume-${lang}.html`, hostPage({ lang, persist: 'session' }));
  }
  server.page('/marked-host.html', hostPage({ lang: 'en', extra: 'data-calltrk-noswap' }));
});

/** Scans once and checks that the vendor would have received no number but the clinic's. */
async function expectOnlyTheClinic(page: Page, where: string): Promise<void> {
  const { collected } = await scan(page);
  expect(
    collected.filter((number) => number !== CLINIC && number !== TRACKING),
    where,
  ).toEqual([]);
  // The scan did run over the page: it found the header's number and the host's `phone`.
  expect(collected.length, where).toBeGreaterThan(0);
}

async function expectCallButtonsDialTracking(host: Locator, where: string): Promise<void> {
  const calls = host.locator('a[data-action="call"]');
  expect(await calls.count(), where).toBeGreaterThan(0);
  for (const call of await calls.all()) {
    expect(await call.getAttribute('href'), where).toBe(TRACKING_TEL);
    expect(await call.textContent(), where).toContain(TRACKING_SHOWN);
  }
}

/** Opens "Need help now?", scans, and closes it again. */
async function scanWithCrisisPanel(page: Page, host: Locator, where: string): Promise<void> {
  await press(host, 'help-now');
  await host.locator('[data-action="close-help"]').waitFor();
  await expectOnlyTheClinic(page, `${where}, crisis panel open`);
  await press(host, 'close-help');
  await host.locator('[data-action="close-help"]').waitFor({ state: 'detached' });
}

describe('the paths the scanner walks', () => {
  it('show every screen the machine defines', () => {
    expect(new Set(PATHS.flatMap(screensOf))).toEqual(new Set(MACHINE_SCREENS));
  });
});

describe.each(LANGS)('a call-tracking scanner on the page (%s)', (lang) => {
  it.each(MODES)(
    '%s: collects only the clinic number on every screen and crisis panel, and the call button ends with the tracking number',
    async (mode) => {
      const context = await fixture.browser.newContext();
      const page = await context.newPage();
      try {
        await installScanner(page, CALLRAIL_LIKE);
        const seen = new Set<string>();
        for (const path of PATHS) {
          await page.goto(`${fixture.server.url}/${mode}-${lang}.html`);
          const host = widget(page);
          if (mode === 'popup') {
            await expectOnlyTheClinic(page, `${mode} launcher`);
            await host.locator('.launcher').click();
          }
          await expectStep(host, 'intro');
          await expectOnlyTheClinic(page, `${mode} intro`);
          // The host's own attribute is swapped, in the format it was written in.
          expect(await host.getAttribute('phone')).toBe('+1-555-010-9999');
          let panelOnAQuestion = false;
          for (const step of path.steps) {
            await replay(host, [step.event as ScreeningEvent]);
            const screen = screenOf(step.state);
            await expectStep(host, dataStepOf(step.state));
            const where = `${lang} ${mode} ${screen}`;
            seen.add(screen);
            await expectOnlyTheClinic(page, where);
            const isQuestion = screen !== 'intro' && !screen.startsWith('result:');
            if (isQuestion && !panelOnAQuestion) {
              panelOnAQuestion = true;
              await scanWithCrisisPanel(page, host, where);
            }
            if (screen.startsWith('result:')) {
              await scanWithCrisisPanel(page, host, where);
              await expectCallButtonsDialTracking(host, where);
            }
            // A level result's "Before you call" summary, opened, is covered too.
            if (await host.locator('[data-action="summary"]').count()) {
              await press(host, 'summary');
              await host.locator('.summary__text').waitFor();
              await expectOnlyTheClinic(page, `${where}, Before you call open`);
              await press(host, 'summary');
            }
          }
        }
        expect(seen).toEqual(new Set(MACHINE_SCREENS));
      } finally {
        await context.close();
      }
    },
    // A dozen walks with a scan on every screen: about 20 s on an idle machine.
    WALK_TIMEOUT_MS,
  );

  it('collects only the clinic number when the page reloads on the emergency screen', async () => {
    const context = await fixture.browser.newContext();
    const page = await context.newPage();
    try {
      await installScanner(page, { ...CALLRAIL_LIKE, scanOnLoad: true });
      await page.goto(`${fixture.server.url}/resume-${lang}.html`);
      const host = widget(page);
      await press(host, 'start');
      await walk(host, TO_EMERGENCY);
      await expectStep(host, 'result');
      // The vendor's script scans the new page view on its own, at DOMContentLoaded and load.
      await page.reload({ waitUntil: 'load' });
      await expectStep(host, 'result');
      expect(await host.locator('[data-outcome]').getAttribute('data-outcome')).toBe('emergency');
      await settle(page);
      expect((await collectedSoFar(page)).filter((number) => number !== CLINIC && number !== TRACKING)).toEqual([]);
      await expectCallButtonsDialTracking(host, `${lang} emergency after reload`);
    } finally {
      await context.close();
    }
  });

  it('collects only the clinic number on the fallback', async () => {
    await withPage(fixture.browser, 'about:blank', async ({ page }) => {
      await installScanner(page, CALLRAIL_LIKE);
      // A broken focus() polyfill makes the widget fail over to its fallback on the first move.
      await page.addInitScript(() => {
        HTMLElement.prototype.focus = function focus(): void {
          throw new TypeError('focus polyfill: cannot focus');
        };
      });
      await page.goto(`${fixture.server.url}/inline-${lang}.html`);
      const host = widget(page);
      await expectStep(host, 'intro');
      await press(host, 'start');
      await host.locator('.card a[href^="tel:"]').first().waitFor();
      expect(await host.locator('[data-step]').count()).toBe(0);
      await expectOnlyTheClinic(page, `${lang} fallback`);
      // The fallback's call link follows the swapped attribute too.
      expect(await host.locator(`a[href="${TRACKING_TEL}"]`).count()).toBe(1);
    });
  });
});

describe('controls', () => {
  it('a scanner that ignores the marker collects the help lines inside the widget', async () => {
    await withPage(fixture.browser, 'about:blank', async ({ page }) => {
      await installScanner(page, { ...CALLRAIL_LIKE, stopAt: {} });
      await page.goto(`${fixture.server.url}/inline-en.html`);
      const host = widget(page);
      await press(host, 'start');
      await press(host, 'help-now');
      await host.locator('[data-action="close-help"]').waitFor();
      const { collected } = await scan(page);
      expect(collected).toEqual(expect.arrayContaining([CLINIC, SAMHSA, SAMHSA_TTY, POISON_HELP]));
    });
  });

  it('the marker on the host element itself stops the swap (the README says never to put it there)', async () => {
    await withPage(fixture.browser, 'about:blank', async ({ page }) => {
      await installScanner(page, CALLRAIL_LIKE);
      await page.goto(`${fixture.server.url}/marked-host.html`);
      const host = widget(page);
      await expectStep(host, 'intro');
      const { collected } = await scan(page);
      // Only the header's number: the host was skipped, attribute and all.
      expect(collected).toEqual([CLINIC]);
      expect(await host.getAttribute('phone')).toBe('+1-555-010-4477');
      await press(host, 'start');
      await walk(host, TO_EMERGENCY);
      await expectStep(host, 'result');
      expect(await host.locator('a[data-action="call"]').getAttribute('href')).toBe(`tel:+1${CLINIC}`);
    });
  });
});

// ---- The README's snippets, against stand-ins for each vendor's global. ----

/**
 * CallRail: `CallTrk.getSwapNumbers(numbers, callback)` answers, later, with a map from each
 * number asked for to its tracking number, formatted (as swap.js does).
 */
const CALLRAIL_STAND_IN = `<script>
  window.__asked = [];
  window.CallTrk = {
    getSwapNumbers(numbers, callback) {
      window.__asked.push(...numbers);
      setTimeout(() => callback(Object.fromEntries(numbers.filter((n) => n === '${CLINIC}').map((n) => [n, '${TRACKING_SHOWN}']))), 10);
    },
    swap() {},
  };
</script>`;

/**
 * CallTrackingMetrics: swaps the clinic's number in text and tel: links everywhere it can
 * walk (open shadow roots too), skipping what sits under the class ctm-no-swap, then calls
 * window.CTMSourceEvent with state "after". The walk is the scanner's, told CTM's class.
 */
const CTM_STAND_IN = `<script>
  window.addEventListener('load', () => setTimeout(() => {
    window.CTMSourceEvent?.({ state: 'before' });
    window.__ctmReport = window.__numberScanner.scan();
    window.CTMSourceEvent?.({ state: 'after' });
  }, 10));
</script>`;

/** gtag: the tag's own queue, which also answers a phone_conversion_callback, as Google's tag does. */
const GTAG_STAND_IN = `<script>
  window.dataLayer = window.dataLayer || [];
  function gtag() {
    dataLayer.push(arguments);
    const [command, , config] = arguments;
    if (command === 'config' && config && typeof config.phone_conversion_callback === 'function') {
      setTimeout(() => config.phone_conversion_callback('${TRACKING_SHOWN}', '+1${TRACKING}'), 10);
    }
  }
</script>`;

interface StandIn {
  readonly name: string;
  readonly matches: (code: string) => boolean;
  readonly head: string;
  readonly scanner?: ScannerOptions;
  readonly check: (page: Page) => Promise<void>;
}

const STAND_INS: readonly StandIn[] = [
  {
    name: 'CallRail getSwapNumbers',
    matches: (code) => code.includes('CallTrk.getSwapNumbers'),
    head: CALLRAIL_STAND_IN,
    check: async (page) => {
      expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual([CLINIC]);
    },
  },
  {
    name: 'CallTrackingMetrics CTMSourceEvent',
    matches: (code) => code.includes('CTMSourceEvent'),
    head: CTM_STAND_IN,
    scanner: { clinic: CLINIC, tracking: TRACKING, stopAt: { className: 'ctm-no-swap' }, attributes: [] },
    check: async (page) => {
      const report = await page.evaluate(
        () => (window as unknown as { __ctmReport?: { collected: string[] } }).__ctmReport,
      );
      expect(report?.collected).toEqual([CLINIC]);
      expect(await page.locator('a.clinic-phone').getAttribute('href')).toBe(TRACKING_TEL);
    },
  },
  {
    name: 'Google Ads phone_conversion_callback',
    matches: (code) => code.includes('phone_conversion_callback'),
    head: GTAG_STAND_IN,
    check: async (page) => {
      const configs = await page.evaluate(() =>
        (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((entry) => Array.from(entry)[0]),
      );
      expect(configs).toEqual(['config']);
    },
  },
];

describe("the README's call-tracking snippets", () => {
  const snippets = snippetsRunBy(import.meta.filename);

  it('are the three this file knows how to run: CallRail, CallTrackingMetrics and Google Ads', () => {
    expect(snippets.map((snippet) => snippet.lang)).toEqual(['js', 'js', 'js']);
    expect(
      snippets.map((snippet) => STAND_INS.filter((standIn) => standIn.matches(snippet.code)).map((s) => s.name)),
    ).toEqual(STAND_INS.map((standIn) => [standIn.name]));
  });

  it.each(snippets.map((snippet) => [snippet.line, snippet]))(
    'runs the snippet at line %i against its stand-in: the call button dials the tracking number',
    async (line, snippet) => {
      const standIn = STAND_INS.find((candidate) => candidate.matches(snippet.code));
      if (!standIn) throw new Error(`no stand-in for the README snippet at line ${line}`);
      const path = `/readme-call-tracking-${line}.html`;
      fixture.server.page(
        path,
        hostPage({ lang: 'en', head: standIn.head, body: `<script>\n${snippet.code}\n</script>` }),
      );
      await withPage(fixture.browser, 'about:blank', async ({ page, problems }) => {
        if (standIn.scanner) await installScanner(page, standIn.scanner);
        await page.goto(fixture.server.url + path);
        const host = widget(page);
        await expect
          .poll(() => host.getAttribute('phone'), { message: `${standIn.name} should set phone` })
          .not.toBe('+1-555-010-4477');
        await press(host, 'start');
        await walk(host, TO_EMERGENCY);
        await expectStep(host, 'result');
        await expectCallButtonsDialTracking(host, standIn.name);
        await standIn.check(page);
        if (standIn.scanner) {
          // A later swap with the crisis panel open still reads nothing inside the widget.
          await press(host, 'help-now');
          await host.locator('[data-action="close-help"]').waitFor();
          await expectOnlyTheClinic(page, `${standIn.name}, crisis panel open`);
        }
        expect(problems).toEqual([]);
      });
    },
  );
});
