// The widget in the engines visitors' browsers use besides Chromium: Gecko (Debian's Firefox
// ESR, over WebDriver BiDi with puppeteer-core) and WebKit (WebKitGTK's MiniBrowser, over
// classic WebDriver with selenium-webdriver). Safari on iPhones runs WebKit. Each engine walks
// to all five outcomes checking the focus on every new screen, opens the popup and closes it
// with Escape, runs under the strict CSP with no violation, opens the crisis panel, resumes
// after a reload, and passes axe-core on the intro, a question and a result.
//
// The walks are written once, against the engine-neutral EngineTab (./support/engines), with
// the same step and option ids as the Chromium tests (./support/paths.ts). What a page reports
// is recorded inside it (./support/engines/recorder.ts), since WebKit's driver reports no
// console. An engine whose binaries are missing is skipped loudly, or fails under CI
// (./support/engines/availability.ts).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_HEADERS } from './support/host-watch';
import { ACCENT, kindOf, serveStrictCspPages } from './support/csp';
import { availability, warnSkipped } from './support/engines/availability';
import type { EngineBrowser, EngineName, EngineTab } from './support/engines/driver';
import { launchFirefox } from './support/engines/firefox';
import { recorded, RECORDER_PATH, RECORDER_SOURCE, withRecorder } from './support/engines/recorder';
import { launchWebKit } from './support/engines/webkit';
import {
  choose,
  count,
  expectNothingReported,
  expectFocusOnHeading,
  expectStep,
  focused,
  outcome,
  poll,
  press,
  walk,
} from './support/engines/widget';
import { answersBefore, CLINIC_TEL, OUTCOME_PATHS } from './support/paths';
import { startServer, type TestServer } from './support/server';

const ENGINES: readonly {
  readonly name: EngineName;
  readonly launch: () => Promise<EngineBrowser>;
  readonly userAgent: RegExp;
}[] = [
  { name: 'firefox', launch: launchFirefox, userAgent: /^(?!.*Chrome).* Gecko\/\d+ Firefox\/\d+/ },
  { name: 'webkit', launch: launchWebKit, userAgent: /^(?!.*(Chrome|Firefox)).*AppleWebKit\/[\d.]+ .*Safari\// },
];

const INLINE_PAGE = '/inline.html';
const POPUP_PAGE = '/popup.html';
const CSP_PAGE = '/csp.html';
const CSP_CONTROL_PAGE = '/csp-control.html';

/** A valid host page (axe checks the page around the widget too), with the recorder first. */
function hostPage(attributes = ''): string {
  return withRecorder(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<button id="host-button" type="button">A button of the page</button>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" ${attributes}></care-level-finder>
<script src="/widget.js" async></script>
</main></body></html>`);
}

function addPages(server: TestServer): void {
  server.page(RECORDER_PATH, RECORDER_SOURCE, SCRIPT_HEADERS);
  server.page(INLINE_PAGE, hostPage());
  server.page(POPUP_PAGE, hostPage('mode="popup"'));
  // The paste-in and the control page of csp.test.ts, under the same policy, with the recorder
  // as their first script.
  serveStrictCspPages(server, { host: CSP_PAGE, control: CSP_CONTROL_PAGE }, withRecorder);
}

// The axe-core that @axe-core/playwright runs in a11y.test.ts (resolved from there, so it is
// that very copy), injected as source text: it runs in any engine. The same WCAG 2.2 A and AA tags.
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAxeClean(tab: EngineTab, where: string): Promise<void> {
  // Contrast is judged on the settled screen, not halfway through its fade-in.
  await poll(
    () =>
      tab.evaluate(() =>
        (document.querySelector('care-level-finder')?.shadowRoot?.getAnimations() ?? []).every(
          (animation) => animation.playState === 'finished',
        ),
      ),
    true,
    `${where}: animations should finish`,
  );
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.runScript(AXE_SOURCE);
  const result = await tab.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    interface AxeNode {
      readonly target: unknown[];
      readonly any: { readonly message: string }[];
    }
    interface AxeResults {
      readonly violations: { readonly id: string; readonly help: string; readonly nodes: AxeNode[] }[];
      readonly passes: { readonly nodes: AxeNode[] }[];
    }
    // WebKit reports the fade-in "finished" a frame before the computed style shows its end
    // (opacity 0.72 seen with playState "finished"): two more frames let the style catch up.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'passes'],
    });
    return {
      violations: results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.any[0]?.message ?? ''}`).join('; ')})`,
      ),
      // The check is real: axe did look inside the widget's shadow root.
      sawWidget: results.passes.some((pass) =>
        pass.nodes.some((node) => JSON.stringify(node.target).includes('care-level-finder')),
      ),
    };
  }, WCAG_TAGS);
  expect(result.violations, where).toEqual([]);
  expect(result.sawWidget, `${where}: axe checked inside the widget`).toBe(true);
}

/** The computed background of the first element matching `selector` in the widget. */
function backgroundOf(tab: EngineTab, selector: string): Promise<string | null> {
  return tab.evaluate((css: string) => {
    const element = document.querySelector('care-level-finder')?.shadowRoot?.querySelector(css);
    return element ? getComputedStyle(element).backgroundColor : null;
  }, selector);
}

/** Opens "Need help now?" (focus on its heading), closes it (focus back on the button); the screen stays. */
async function openAndCloseHelp(tab: EngineTab): Promise<void> {
  const before = await tab.evaluate(() =>
    document.querySelector('care-level-finder')?.shadowRoot?.querySelector('[data-step]')?.getAttribute('data-step'),
  );
  await press(tab, 'help-now');
  await poll(() => count(tab, '[data-action="close-help"]'), 1, 'the crisis panel should open');
  expect(await focused(tab)).toBe('h2:Help right now');
  // The crisis lines themselves: 911 first, then 988 by call and by text.
  const hrefs = await tab.evaluate(() =>
    Array.from(
      document.querySelector('care-level-finder')?.shadowRoot?.querySelectorAll('.help-panel a[href]') ?? [],
      (link) => link.getAttribute('href'),
    ),
  );
  expect(hrefs.slice(0, 3)).toEqual(['tel:911', 'tel:988', 'sms:988']);
  expect(
    await tab.evaluate(() =>
      document.querySelector('care-level-finder')?.shadowRoot?.querySelector('[data-step]')?.getAttribute('data-step'),
    ),
  ).toBe(before);
  await press(tab, 'close-help');
  await poll(() => count(tab, '[data-action="close-help"]'), 0, 'the crisis panel should close');
  expect(await focused(tab)).toBe('button:help-now');
}

describe('an engine that cannot run', () => {
  const none = () => false;
  it('is skipped outside CI, naming the package to install', () => {
    expect(availability('firefox', {}, none)).toEqual({
      state: 'skip',
      reason: expect.stringContaining(
        '/usr/bin/firefox-esr missing (Debian package firefox-esr; apt-get install -y firefox-esr)',
      ),
    });
  });
  it('fails under CI when .ci/run reported no failed install of its package', () => {
    expect(availability('webkit', { CI: 'true' }, none)).toEqual({
      state: 'fail',
      reason: expect.stringContaining('refusing to skip an engine in CI'),
    });
    // Firefox's install failing does not excuse a missing Xvfb.
    const noXvfb = (path: string) => path !== '/usr/bin/Xvfb';
    expect(availability('webkit', { CI: 'true', CLF_FAILED_INSTALLS: 'firefox-esr' }, noXvfb).state).toBe('fail');
  });
  it('is skipped under CI when .ci/run reported that installing its package failed', () => {
    expect(availability('webkit', { CI: 'true', CLF_FAILED_INSTALLS: 'webkit2gtk-driver xvfb' }, none)).toEqual({
      state: 'skip',
      reason: expect.stringContaining('.ci/run reported that installing it failed'),
    });
  });
  it('runs when every binary is there', () => {
    expect(availability('webkit', { CI: 'true' }, () => true)).toEqual({ state: 'ready' });
  });
});

describe('in every engine besides Chromium', () => {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    addPages(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const engine of ENGINES) {
    const state = availability(engine.name);
    if (state.state === 'skip') {
      warnSkipped(state.reason);
      describe.skip(`${engine.name} (SKIPPED: ${state.reason})`, () => {
        it('runs the cross-engine suite', () => {});
      });
      continue;
    }
    if (state.state === 'fail') {
      it(`${engine.name} is installed`, () => {
        throw new Error(state.reason);
      });
      continue;
    }

    describe(engine.name, () => {
      let browser: EngineBrowser | undefined;
      beforeAll(async () => {
        browser = await engine.launch();
        console.log(`cross-engine suite: ${engine.name} is ${browser.version}`);
      });
      afterAll(async () => {
        await browser?.close();
      });

      /**
       * Opens `path` in a new tab (its own sessionStorage), runs `run`, and always closes the
       * tab. When `run` fails, what the page reported is added to the message.
       */
      async function withTab(path: string, run: (tab: EngineTab) => Promise<void>): Promise<void> {
        if (!browser || !server) throw new Error(`${engine.name} did not start (see beforeAll)`);
        const tab = await browser.newTab();
        let failed = false;
        try {
          await tab.goto(server.url + path);
          await run(tab);
        } catch (error) {
          failed = true;
          const seen = await recorded(tab).catch(() => undefined);
          const lines = [
            ...(seen?.problems ?? []),
            ...(seen?.violations ?? []).map((violation) => `CSP: ${JSON.stringify(violation)}`),
          ];
          if (error instanceof Error && lines.length > 0)
            error.message += `\n\nThe page reported:\n  ${lines.join('\n  ')}`;
          throw error;
        } finally {
          // A tab that cannot close fails the test, but never hides why the test failed.
          await tab.close().catch((error: unknown) => {
            if (!failed) throw error;
          });
        }
      }

      it('is the engine it claims to be', async () => {
        await withTab(INLINE_PAGE, async (tab) => {
          expect(await tab.evaluate(() => navigator.userAgent)).toMatch(engine.userAgent);
        });
      });

      for (const path of OUTCOME_PATHS) {
        it(`reaches ${path.outcome}${path.reason ? ` (${path.reason})` : ''} under the strict CSP, the focus on each new screen's heading`, async () => {
          await withTab(CSP_PAGE, async (tab) => {
            await expectStep(tab, 'intro');
            // On load the focus stays with the page.
            expect(await tab.evaluate(() => document.activeElement === document.body)).toBe(true);
            await press(tab, 'start');
            await walk(tab, path.answers, { checkFocus: true });
            await expectStep(tab, 'result');
            expect(await outcome(tab)).toBe(path.outcome);
            await expectFocusOnHeading(tab, 'the result');

            const result = await tab.evaluate(() => {
              const root = document.querySelector('care-level-finder')?.shadowRoot;
              return {
                calls: Array.from(root?.querySelectorAll('a[data-action="call"]') ?? [], (link) =>
                  link.getAttribute('href'),
                ),
                reasons: Array.from(root?.querySelectorAll('[data-reason]') ?? [], (element) =>
                  element.getAttribute('data-reason'),
                ),
              };
            });
            expect(result.calls.length).toBeGreaterThanOrEqual(1);
            for (const href of result.calls) expect(href).toBe(CLINIC_TEL);
            expect(result.reasons).toEqual(path.reason ? [path.reason] : []);
            await openAndCloseHelp(tab);
            // No CSP violation, console error or warning, or uncaught error on the way.
            await expectNothingReported(tab);
          });
        });
      }

      it('goes back with the focus on the question, and announces a missing answer by focusing the error', async () => {
        await withTab(INLINE_PAGE, async (tab) => {
          await press(tab, 'start');
          await walk(tab, answersBefore('withdrawal'));
          await expectStep(tab, 'withdrawal');
          await press(tab, 'back');
          await expectStep(tab, 'age');
          await expectFocusOnHeading(tab, 'going back');
          await press(tab, 'continue');
          await expectStep(tab, 'withdrawal');
          await press(tab, 'continue');
          await poll(
            () => focused(tab).then((text) => /^p:Please choose at least one answer/.test(text)),
            true,
            'focus should move to the error',
          );
          await expectNothingReported(tab);
        });
      });

      it('opens the popup as a modal dialog, closes it with Escape, and gives focus back to the launcher', async () => {
        await withTab(POPUP_PAGE, async (tab) => {
          const dialogState = () =>
            tab.evaluate(() => {
              const root = document.querySelector('care-level-finder')?.shadowRoot;
              const dialog = root?.querySelector('dialog');
              const launcher = root?.querySelector('.launcher');
              return {
                open: dialog?.open ?? null,
                modal: dialog?.matches(':modal') ?? null,
                launcherShown: launcher ? launcher.getClientRects().length > 0 : null,
              };
            });
          const hostButtonFocusable = () =>
            tab.evaluate(() => {
              document.getElementById('host-button')?.focus();
              return document.activeElement?.id === 'host-button';
            });
          await poll(() => count(tab, '.launcher'), 1, 'the launcher should show');
          expect(await dialogState()).toEqual({ open: false, modal: false, launcherShown: true });

          await tab.click('.launcher');
          await expectStep(tab, 'intro');
          expect(await dialogState()).toEqual({ open: true, modal: true, launcherShown: false });
          expect(await focused(tab)).toBe('h2:Find the kind of care that fits');
          // The page behind is inert while the dialog is open.
          expect(await hostButtonFocusable()).toBe(false);

          await press(tab, 'start');
          await expectStep(tab, 'who');
          await tab.press('Escape');
          await poll(
            () => dialogState(),
            { open: false, modal: false, launcherShown: true },
            'Escape should close the dialog',
          );
          expect(await focused(tab)).toBe('button:Find the right care');
          expect(await hostButtonFocusable()).toBe(true);

          // Reopened, it continues where the visitor was; in the crisis panel, the first Escape
          // closes the panel and not the dialog.
          await tab.click('.launcher');
          await expectStep(tab, 'who');
          await press(tab, 'help-now');
          await poll(() => count(tab, '[data-action="close-help"]'), 1, 'the crisis panel should open');
          await tab.press('Escape');
          await poll(() => count(tab, '[data-action="close-help"]'), 0, 'Escape should close the crisis panel');
          expect((await dialogState()).open).toBe(true);
          expect(await focused(tab)).toBe('button:help-now');
          await press(tab, 'close-dialog');
          await poll(
            () => dialogState(),
            { open: false, modal: false, launcherShown: true },
            'Close should close the dialog',
          );
          expect(await focused(tab)).toBe('button:Find the right care');
          await expectNothingReported(tab);
        });
      });

      it('is styled by its adopted stylesheets under the strict CSP, with the crisis panel on the intro and a question', async () => {
        await withTab(CSP_PAGE, async (tab) => {
          await expectStep(tab, 'intro');
          expect(
            await tab.evaluate(() => {
              const root = document.querySelector('care-level-finder')?.shadowRoot;
              return {
                adopted: root?.adoptedStyleSheets.length,
                inline: root?.querySelectorAll('style, [style]').length,
              };
            }),
          ).toEqual({ adopted: 2, inline: 0 });
          expect(await backgroundOf(tab, '[data-action="start"]')).toBe(ACCENT);
          await openAndCloseHelp(tab);
          await press(tab, 'start');
          await expectStep(tab, 'who');
          expect(await backgroundOf(tab, '[data-action="continue"]')).toBe(ACCENT);
          await openAndCloseHelp(tab);
          await expectNothingReported(tab);
        });
      });

      it('control: the in-page recorder sees CSP violations in this engine, also inside a shadow root', async () => {
        await withTab(CSP_CONTROL_PAGE, async (tab) => {
          const kinds = async () =>
            (await recorded(tab)).violations
              .map(kindOf)
              .filter((kind) => kind.startsWith('style-src'))
              .sort();
          await poll(
            kinds,
            ['style-src-attr', 'style-src-attr', 'style-src-elem', 'style-src-elem'],
            'the recorder should see the four style violations',
          );
          // The "styled" check above tells the widget's stylesheet apart from the defaults.
          expect(
            await tab.evaluate(() => getComputedStyle(document.getElementById('unstyled') as Element).backgroundColor),
          ).not.toBe(ACCENT);
        });
      });

      it('resumes the saved question after a reload, with the earlier answers kept', async () => {
        await withTab(INLINE_PAGE, async (tab) => {
          await press(tab, 'start');
          await walk(tab, answersBefore('home'));
          await expectStep(tab, 'home');
          await expectNothingReported(tab);
          // A mark on the old document, gone from the new one: the reload really happened.
          await tab.evaluate(() => {
            Object.assign(window, { __beforeReload: true });
          });
          await tab.reload();
          expect(await tab.evaluate(() => '__beforeReload' in window)).toBe(false);
          await expectStep(tab, 'home');
          await press(tab, 'back');
          await expectStep(tab, 'tried-before');
          expect(
            await tab.evaluate(() =>
              Array.from(
                document.querySelector('care-level-finder')?.shadowRoot?.querySelectorAll('input:checked') ?? [],
                (input) => input.getAttribute('data-option'),
              ),
            ),
          ).toEqual(['no']);
          await expectNothingReported(tab);
        });
      });

      it('passes axe-core (WCAG 2.2 A and AA) on the intro, a question and a result', async () => {
        await withTab(INLINE_PAGE, async (tab) => {
          await expectStep(tab, 'intro');
          await expectAxeClean(tab, 'intro');
          await press(tab, 'start');
          await expectStep(tab, 'who');
          await choose(tab, 'self');
          await expectAxeClean(tab, 'question "who" with an answer chosen');
          await press(tab, 'continue');
          await walk(tab, [['danger', ['overdose']]]);
          await expectStep(tab, 'result');
          await expectAxeClean(tab, 'result (emergency)');
          await expectNothingReported(tab);
        });
      });
    });
  }
});
