// axe-core (WCAG 2.2 A/AA tags) on every screen the machine can show, reached by paths generated
// from the machine itself, plus the nothing-chosen error, the crisis panel and the open popup,
// in English and Spanish, at 320 and 1280 px wide. Also: no horizontal scroll anywhere.
// 320 CSS px is what a 1280 px window shows at 400% zoom (WCAG's reflow case), so it covers
// 200% zoom of any window down to 640 px.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { screeningMachine, type ScreeningEvent, type ScreeningMachine } from '../../src/machine';
import { optionsOf, type OptionId, type StepId } from '../../src/screening';
import { expectNoHorizontalScroll, expectNoViolations } from './support/axe';
import { choose, expectStep, press, useBrowserAndServer } from './support/browser';

const fixture = useBrowserAndServer((server) => {
  for (const lang of LANGS) {
    server.page(`/inline-${lang}.html`, hostPage(lang));
    server.page(`/popup-${lang}.html`, hostPage(lang, 'popup'));
  }
});

type Snapshot = SnapshotFrom<ScreeningMachine>;

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

function screenOf(snapshot: Snapshot): string {
  const flow = snapshot.value.flow;
  return typeof flow === 'object' ? `result:${flow.result}` : flow;
}

/**
 * The answers the generated paths may give: enough to reach every screen (both audiences, both
 * danger outcomes, every level, the sober-living step), one answer where any will do.
 */
const EXPLORED: Partial<Record<StepId, readonly OptionId[]>> = {
  danger: ['none', 'overdose', 'suicidal-thoughts'],
  support: ['yes', 'unsure', 'no'],
  'tried-before': ['yes', 'no'],
  home: ['stable', 'unsafe'],
  'mental-health': ['no', 'most-days'],
};

const ALL_PATHS = getShortestPaths(screeningMachine(), {
  events: (snapshot): ScreeningEvent[] => {
    const flow = snapshot.value.flow;
    if (flow === 'intro') return [{ type: 'flow.start' }];
    if (typeof flow === 'object') return [];
    const options = EXPLORED[flow] ?? optionsOf(flow).slice(0, 2);
    return [...options.map((option) => ({ type: 'answer.select', option }) as const), { type: 'step.continue' }];
  },
});

type Path = (typeof ALL_PATHS)[number];

/** The screens a path shows, in order, from the intro to where it ends. */
function screensOf(path: Path): string[] {
  const screens = path.steps.map((step) => screenOf(step.state));
  return screens.filter((screen, index) => screen !== screens[index - 1]);
}

/**
 * A few generated paths that together show every screen: the longest path first, then
 * whichever adds the most screens not seen yet. Walking these (and checking each screen the
 * first time it appears) costs a handful of walks instead of one walk per screen.
 */
const PATHS: readonly Path[] = (() => {
  const seen = new Set<string>();
  const chosen: Path[] = [];
  const candidates = [...ALL_PATHS].sort((a, b) => b.steps.length - a.steps.length);
  for (;;) {
    const best = candidates
      .map((path) => ({ path, adds: screensOf(path).filter((screen) => !seen.has(screen)).length }))
      .reduce((a, b) => (b.adds > a.adds ? b : a));
    if (best.adds === 0) return chosen;
    chosen.push(best.path);
    for (const screen of screensOf(best.path)) seen.add(screen);
  }
})();

async function replay(page: Page, events: readonly ScreeningEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'flow.start') await press(page, 'start');
    else if (event.type === 'answer.select') await choose(page, event.option);
    else if (event.type === 'step.continue') await press(page, 'continue');
  }
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
  });
});

describe.each(LANGS)('no axe violation in %s', (lang) => {
  it.each(WIDTHS)('on every screen at %i px wide', async (width) => {
    const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      const checked = new Set<string>();
      for (const path of PATHS) {
        await page.goto(`${fixture.server.url}/inline-${lang}.html`);
        for (const step of path.steps) {
          await replay(page, [step.event as ScreeningEvent]);
          const screen = screenOf(step.state);
          if (checked.has(screen)) continue;
          checked.add(screen);
          const flow = step.state.value.flow;
          await expectStep(page, typeof flow === 'object' ? 'result' : flow);
          await expectNoViolations(page, `${lang} ${width}px ${screen}`);
          await expectNoHorizontalScroll(page, `${lang} ${width}px ${screen}`);
        }
      }
      expect(checked.size).toBe(17);
    } finally {
      await context.close();
    }
    // Seventeen screens with axe each: a minute when the machine is busy.
  }, 180_000);

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
