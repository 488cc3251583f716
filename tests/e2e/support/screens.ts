// Every screen the machine can show, reached by paths generated from the machine itself
// (xstate/graph), so that a screen added to the machine is walked by every test that uses
// these paths without anyone listing it. Used by the accessibility checks (a11y.test.ts) and
// the call-tracking scanner (call-tracking.test.ts) and the text-spacing check (text-spacing.test.ts).

import type { Page } from 'playwright-core';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { screeningMachine, type ScreeningEvent, type ScreeningMachine } from '../../../src/machine';
import { optionsOf, type OptionId, type StepId } from '../../../src/screening';
import { choose, expectStep, press } from './browser';

type Snapshot = SnapshotFrom<ScreeningMachine>;

/** A screen's name: `intro`, a step id, or `result:<outcome>`. */
export function screenOf(snapshot: Snapshot): string {
  const flow = snapshot.value.flow;
  return typeof flow === 'object' ? `result:${flow.result}` : flow;
}

/** What the widget's root says in `data-step` on that screen. */
export function dataStepOf(snapshot: Snapshot): StepId | 'intro' | 'result' {
  const flow = snapshot.value.flow;
  return typeof flow === 'object' ? 'result' : flow;
}

/**
 * Every screen the machine defines, read from its state nodes: the flow's states, and the
 * outcomes under `result` (not the transient state that decides between them).
 */
export const MACHINE_SCREENS: readonly string[] = (() => {
  const flow = screeningMachine().root.states.flow;
  if (!flow) throw new Error('the screening machine has no flow region');
  const screens: string[] = [];
  for (const [key, node] of Object.entries(flow.states)) {
    if (key !== 'result') {
      screens.push(key);
      continue;
    }
    for (const [outcome, child] of Object.entries(node.states)) {
      if (child.always?.length) continue;
      screens.push(`result:${outcome}`);
    }
  }
  return screens;
})();

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

export type ScreenPath = (typeof ALL_PATHS)[number];

/** The screens a path shows, in order, from the intro to where it ends. */
export function screensOf(path: ScreenPath): string[] {
  const screens = path.steps.map((step) => screenOf(step.state));
  return screens.filter((screen, index) => screen !== screens[index - 1]);
}

/**
 * A few generated paths that together show every screen: the longest path first, then
 * whichever adds the most screens not seen yet. Walking these (and checking each screen the
 * first time it appears) costs a handful of walks instead of one walk per screen.
 */
export const PATHS: readonly ScreenPath[] = (() => {
  const seen = new Set<string>();
  const chosen: ScreenPath[] = [];
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

/** Sends the path's events through the widget's DOM hooks, as a visitor would. */
export async function replay(target: Parameters<typeof press>[0], events: readonly ScreeningEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'flow.start') await press(target, 'start');
    else if (event.type === 'answer.select') await choose(target, event.option);
    else if (event.type === 'step.continue') await press(target, 'continue');
  }
}

/**
 * Walks PATHS on `page`, opening `url` afresh for each path (then `prepare`), and runs `check`
 * once for each screen: the first time a path shows it, once the widget shows its data-step.
 * Returns the screens checked, for the test to compare with the machine's.
 */
export async function checkEachScreenOnce(
  page: Page,
  url: string,
  check: (screen: string) => Promise<void>,
  prepare: () => Promise<void> = async () => {},
): Promise<Set<string>> {
  const checked = new Set<string>();
  for (const path of PATHS) {
    await page.goto(url);
    await prepare();
    for (const step of path.steps) {
      await replay(page, [step.event as ScreeningEvent]);
      const screen = screenOf(step.state);
      if (checked.has(screen)) continue;
      checked.add(screen);
      await expectStep(page, dataStepOf(step.state));
      await check(screen);
    }
  }
  return checked;
}
