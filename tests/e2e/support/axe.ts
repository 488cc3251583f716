// axe-core (WCAG 2.2 A/AA tags) on a page, once the widget's fade has settled, and the reflow
// check that goes with it: one place for the a11y tests of every screen and panel.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** No axe violation on the page, the widget's shadow root included (checked, not assumed). */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  // Contrast is judged on the settled screen, not halfway through its fade-in.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('care-level-finder')).every((host) =>
      (host.shadowRoot?.getAnimations() ?? []).every((animation) => animation.playState === 'finished'),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations, where).toEqual([]);
  // The check is real: axe did look inside the widget's shadow root.
  expect(
    results.passes.some((pass) => pass.nodes.some((node) => JSON.stringify(node.target).includes('care-level-finder'))),
    where,
  ).toBe(true);
}

/** Nothing wider than the window (WCAG 1.4.10 reflow, at 320 CSS px). */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, where).toBeLessThanOrEqual(0);
}
