// The README's analytics recipes (README, "Analytics"), read from README.md so that they
// cannot drift: each runs on a clinic page next to a stand-in for its tool's global (the
// tool's own queue, as its tag defines it before the library loads), a visitor walks to a
// result and presses the call button, and the test reads what the tool received: the three
// event names in order, and nothing else (no answer, step, outcome or note).

import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, withPage, useBrowserAndServer } from './support/browser';
import { CLINIC_TEL, PASTE_IN_HTML, TO_OUTPATIENT } from './support/paths';
import { snippetsRunBy } from './support/readme';

interface Tool {
  readonly name: string;
  readonly matches: (code: string) => boolean;
  /** The tool's global as its tag sets it up, plus `__received()`: what the tool got since. */
  readonly standIn: string;
  /** What the tool must have received for clf:start, clf:complete and clf:call. */
  readonly expected: readonly unknown[];
}

const TOOLS: readonly Tool[] = [
  {
    name: 'Google Analytics 4 (gtag.js)',
    matches: (code) => code.includes("gtag('event'"),
    standIn: `window.dataLayer = window.dataLayer || [];
      function gtag() { dataLayer.push(arguments); }
      gtag('js', new Date());
      gtag('config', 'G-TEST123');
      const own = dataLayer.length;
      window.__received = () => dataLayer.slice(own).map((entry) => Array.from(entry));`,
    expected: [
      ['event', 'clf_start'],
      ['event', 'clf_complete'],
      ['event', 'clf_call'],
    ],
  },
  {
    name: 'Google Tag Manager',
    matches: (code) => code.includes('dataLayer.push'),
    standIn: `window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
      const own = window.dataLayer.length;
      window.__received = () => window.dataLayer.slice(own);`,
    expected: [{ event: 'clf_start' }, { event: 'clf_complete' }, { event: 'clf_call' }],
  },
  {
    name: 'Plausible',
    matches: (code) => code.includes('plausible'),
    standIn: `window.plausible = window.plausible || function () { (window.plausible.q = window.plausible.q || []).push(arguments); };
      window.__received = () => (window.plausible.q || []).map((entry) => Array.from(entry));`,
    expected: [['clf:start'], ['clf:complete'], ['clf:call']],
  },
  {
    name: 'Matomo',
    matches: (code) => code.includes('_paq'),
    standIn: `var _paq = window._paq = window._paq || [];
      _paq.push(['trackPageView']);
      _paq.push(['enableLinkTracking']);
      const own = _paq.length;
      window.__received = () => window._paq.slice(own);`,
    expected: [
      ['trackEvent', 'Care Level Finder', 'clf:start'],
      ['trackEvent', 'Care Level Finder', 'clf:complete'],
      ['trackEvent', 'Care Level Finder', 'clf:call'],
    ],
  },
];

/** Every string a tool may receive: the event names, and the words of the recipes themselves. */
const ALLOWED = new Set([
  'event',
  'trackEvent',
  'Care Level Finder',
  'clf:start',
  'clf:complete',
  'clf:call',
  'clf_start',
  'clf_complete',
  'clf_call',
]);

function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object')
    return [...Object.keys(value), ...Object.values(value).flatMap(leaves)];
  return [value];
}

function pageWith(standIn: string, recipe: string): string {
  return PASTE_IN_HTML.replace(
    '<title>Clinic</title>',
    `<title>Clinic</title>\n<script>\n${standIn}\n</script>`,
  ).replace('</body>', `<script>\n${recipe}\n</script>\n</body>`);
}

describe("the README's analytics recipes", () => {
  const fixture = useBrowserAndServer();
  const recipes = snippetsRunBy(import.meta.filename);

  it('are one for each tool: GA4 with gtag, Google Tag Manager, Plausible and Matomo', () => {
    expect(recipes.map((recipe) => recipe.lang)).toEqual(['js', 'js', 'js', 'js']);
    expect(recipes.map((recipe) => TOOLS.filter((tool) => tool.matches(recipe.code)).map((tool) => tool.name))).toEqual(
      TOOLS.map((tool) => [tool.name]),
    );
  });

  it.each(recipes.map((recipe) => [recipe.line, recipe]))(
    'the recipe at line %i sends its tool the three event names and nothing else',
    async (line, recipe) => {
      const tool = TOOLS.find((candidate) => candidate.matches(recipe.code));
      if (!tool) throw new Error(`no stand-in for the README recipe at line ${line}`);
      const path = `/analytics-${line}.html`;
      fixture.server.page(path, pageWith(tool.standIn, recipe.code));
      await withPage(fixture.browser, fixture.server.url + path, async ({ page, problems }) => {
        const host = widget(page);
        await expectStep(host, 'intro');
        await press(host, 'start');
        await walk(host, TO_OUTPATIENT);
        await expectStep(host, 'result');
        // Headless Chromium aborts the tel: navigation and stays on the page (privacy.test.ts).
        await host.locator(`a[data-action="call"][href="${CLINIC_TEL}"]`).click();
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { __received: () => unknown[] }).__received()), {
            message: `${tool.name} should receive the three events`,
          })
          .toEqual(tool.expected);
        const received = await page.evaluate(() => (window as unknown as { __received: () => unknown[] }).__received());
        // Event names only: no answer, step, outcome or note, not even a count of anything.
        expect(
          leaves(received).filter((value) => typeof value !== 'string' || !ALLOWED.has(value)),
          tool.name,
        ).toEqual([]);
        expect(problems).toEqual([]);
      });
    },
  );
});
