// The widget driven through an EngineTab, only by the DOM hooks of shared/spec/embed.md
// (data-step, data-option, data-action), like ../browser.ts does for Chromium: written once,
// run in every engine.

import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { StepId } from '../../../../src/screening';
import type { Answer } from '../browser';
import { FOCUS_IN_PAGE } from '../focus';
import type { EngineTab } from './driver';
import { recorded } from './recorder';

/** Generous for a slow CI box, yet fails fast on a stuck flow (as ../browser.ts). */
const STEP_TIMEOUT_MS = 5_000;

/** Runs in the page: the widget's data-step, or null while nothing is rendered. */
function currentStep(): string | null {
  return (
    document.querySelector('care-level-finder')?.shadowRoot?.querySelector('[data-step]')?.getAttribute('data-step') ??
    null
  );
}

/** Polls `read` until it returns `expected`, or fails saying what it last saw. */
export async function poll<T>(
  read: () => Promise<T>,
  expected: T,
  message: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  // Deep equality, not JSON text: WebDriver hands objects back with their keys sorted.
  while (!isDeepStrictEqual(last, expected)) {
    if (Date.now() > deadline) {
      expect(last, `${message} (within ${timeoutMs} ms)`).toEqual(expected);
      return;
    }
    await new Promise((done) => setTimeout(done, 25));
    last = await read();
  }
}

async function step(tab: EngineTab): Promise<string | null> {
  return tab.evaluate(currentStep);
}

export async function expectStep(tab: EngineTab, stepId: StepId | 'intro' | 'result'): Promise<void> {
  await poll(() => step(tab), stepId, `widget step should become "${stepId}"`);
}

/** The result's data-outcome (null when not on a result). */
export async function outcome(tab: EngineTab): Promise<string | null> {
  return tab.evaluate(
    () =>
      document
        .querySelector('care-level-finder')
        ?.shadowRoot?.querySelector('[data-step]')
        ?.getAttribute('data-outcome') ?? null,
  );
}

/** Counts the elements matching `selector` in the widget's shadow root. */
export async function count(tab: EngineTab, selector: string): Promise<number> {
  return tab.evaluate(
    (css: string) => document.querySelector('care-level-finder')?.shadowRoot?.querySelectorAll(css).length ?? 0,
    selector,
  );
}

/** Clicks `[data-action=…]` in the widget, once it is there. */
export async function press(tab: EngineTab, action: string): Promise<void> {
  await tab.click(`[data-action="${action}"]`);
}

/** Clicks an option of the current question with the pointer, then checks it really is checked. */
export async function choose(tab: EngineTab, optionId: string): Promise<void> {
  const selector = `input[data-option="${optionId}"]`;
  await tab.click(selector);
  const checked = await tab.evaluate(
    (css: string) =>
      (document.querySelector('care-level-finder')?.shadowRoot?.querySelector(css) as HTMLInputElement | null)
        ?.checked ?? null,
    selector,
  );
  expect(checked, `${selector} should be checked after a click`).toBe(true);
}

/**
 * What has focus, looking through shadow roots: "tag:label" of the deepest active element,
 * the label being its data-option, data-action or text (as focus-and-language.test.ts).
 */
export async function focused(tab: EngineTab): Promise<string> {
  return tab.evaluate(FOCUS_IN_PAGE);
}

/**
 * Where the focus is ("tag:label", as focused()) and where a new screen must put it: "h2:<text>"
 * of the question's heading in its legend, or of the result's first h2. One round trip.
 */
async function focusAndHeading(tab: EngineTab): Promise<{ focused: string; heading: string }> {
  return tab.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const label =
      active &&
      (active.getAttribute('data-option') ?? active.getAttribute('data-action') ?? active.textContent?.trim());
    const root = document.querySelector('care-level-finder')?.shadowRoot;
    const heading = root?.querySelector('legend h2') ?? root?.querySelector('[data-step="result"] h2');
    return {
      focused: active ? `${active.localName}:${label}` : 'nothing',
      heading: heading ? `h2:${heading.textContent?.trim()}` : 'no heading',
    };
  });
}

/** Checks that the focus is on the current screen's heading (see focusAndHeading). */
export async function expectFocusOnHeading(tab: EngineTab, where: string): Promise<void> {
  const { focused: now, heading } = await focusAndHeading(tab);
  expect(now, `focus on ${where}`).toBe(heading);
}

/**
 * Answers questions in order: for each, waits for its step, clicks its options, presses
 * Continue. With `checkFocus`, also checks that each new screen took the focus on its heading.
 */
export async function walk(tab: EngineTab, answers: readonly Answer[], { checkFocus = false } = {}): Promise<void> {
  for (const [stepId, optionIds] of answers) {
    await expectStep(tab, stepId);
    if (checkFocus) await expectFocusOnHeading(tab, `arriving at ${stepId}`);
    for (const optionId of optionIds) await choose(tab, optionId);
    await press(tab, 'continue');
  }
}

/** Fails with everything the page reported (console errors and warnings, uncaught errors, CSP violations). */
export async function expectNothingReported(tab: EngineTab): Promise<void> {
  const seen = await recorded(tab);
  expect(seen.problems, 'console errors and warnings, uncaught errors').toEqual([]);
  expect(seen.violations, 'Content-Security-Policy violations').toEqual([]);
}
