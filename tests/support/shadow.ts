// The <care-level-finder> element in happy-dom, driven through its shadow root the way a
// visitor's clicks reach it: for the embed and UI tests that need the real element rather
// than renderWidget().

import { defineCareLevelFinder } from '../../src/embed/element';

/** Defines the element (once) and adds `html`, a clinic's paste-in, to the body; returns the first element. */
export function pasteIn(html: string): HTMLElement {
  defineCareLevelFinder();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.querySelector('care-level-finder') as HTMLElement;
}

/** Clicks inside the shadow root, then lets Preact's batched re-render run. */
export async function clickInside(host: Element, selector: string): Promise<void> {
  const target = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) {
    const step = host.shadowRoot?.querySelector<HTMLElement>('[data-step]')?.dataset.step;
    throw new Error(`nothing matches ${selector} (step ${step})`);
  }
  target.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Answers one question per option, in order: checks the option, then presses Continue. */
export async function answerInside(host: Element, options: readonly string[]): Promise<void> {
  for (const option of options) {
    await clickInside(host, `[data-option="${option}"]`);
    await clickInside(host, '[data-action="continue"]');
  }
}
