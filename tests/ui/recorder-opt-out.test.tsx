import { fireEvent, screen } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/config';
import { COPY } from '../../src/copy';
import { toView } from '../../src/machine';
import { Root } from '../../src/ui/Root';
import type { UiSettings } from '../../src/ui/settings';
import {
  CALL_TRACKING_OPT_OUT_ATTRIBUTES,
  CALL_TRACKING_OPT_OUT_CLASSES,
  RECORDER_OPT_OUT_ATTRIBUTES,
  RECORDER_OPT_OUT_CLASSES,
} from '../../src/ui/recorder-opt-out';
import { cleanup, renderWidget } from '../support/render-widget';
import { answerInside, clickInside, pasteIn } from '../support/shadow';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  sessionStorage.clear();
});

/** Every marker, written out here on purpose: the list in the source must not be the oracle. */
function expectMarkers(element: Element | null | undefined, where: string): void {
  expect(element, where).toBeTruthy();
  for (const name of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude', 'dd-privacy-hidden', 'ctm-no-swap']) {
    expect(element?.classList.contains(name), `${where}: class ${name}`).toBe(true);
  }
  expect(element, where).toHaveAttribute('data-hj-suppress');
  expect(element, where).toHaveAttribute('data-clarity-mask', 'True');
  expect(element, where).toHaveAttribute('data-private');
  expect(element, where).toHaveAttribute('data-sentry-block');
  expect(element, where).toHaveAttribute('data-dd-privacy', 'hidden');
  // CallRail's swap.js stops at this attribute: nothing under it is read, reported or swapped.
  expect(element, where).toHaveAttribute('data-calltrk-noswap');
}

/** The element children of a shadow root: what a scanner meets first when it walks in. */
function topLevel(shadow: ShadowRoot | null | undefined): Element[] {
  // No stray text either: a scanner reads top-level text nodes as well.
  expect(Array.from(shadow?.childNodes ?? []).every((node) => node.nodeType === Node.ELEMENT_NODE)).toBe(true);
  return Array.from(shadow?.children ?? []);
}

function expectEveryTopLevelMarked(host: Element, where: string): void {
  const elements = topLevel(host.shadowRoot);
  expect(elements.length, where).toBeGreaterThan(0);
  for (const element of elements) expectMarkers(element, `${where}: <${element.localName}>`);
}

describe("the widget's root", () => {
  it('carries every documented session-recorder and call-tracking opt-out marker, on every screen', () => {
    const widget = renderWidget();
    expectMarkers(widget.root(), 'intro');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expectMarkers(widget.root(), 'who');
    expect(RECORDER_OPT_OUT_CLASSES).toHaveLength(5);
    expect(Object.keys(RECORDER_OPT_OUT_ATTRIBUTES)).toHaveLength(5);
    expect(CALL_TRACKING_OPT_OUT_CLASSES).toEqual(['ctm-no-swap']);
    expect(Object.keys(CALL_TRACKING_OPT_OUT_ATTRIBUTES)).toEqual(['data-calltrk-noswap']);
  });

  it('and so does the crisis panel, opened over a question', () => {
    const widget = renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: COPY.en.widget.helpNow }));
    expectMarkers(widget.container.querySelector('.help-panel'), 'crisis panel');
  });
});

describe('every top-level element in the shadow root', () => {
  it('is marked inline: intro, a question, the crisis panel open, and a result', async () => {
    const host = pasteIn('<care-level-finder phone="555-010-4477"></care-level-finder>');
    expectEveryTopLevelMarked(host, 'intro');
    await clickInside(host, '[data-action="start"]');
    expectEveryTopLevelMarked(host, 'who');
    await clickInside(host, '[data-action="help-now"]');
    expect(host.shadowRoot?.querySelector('.help-panel')).not.toBeNull();
    expectEveryTopLevelMarked(host, 'who, crisis panel open');
    expectMarkers(host.shadowRoot?.querySelector('.help-panel'), 'crisis panel');
    await clickInside(host, '[data-action="close-help"]');
    await answerInside(host, ['self', 'overdose']);
    expect(host.shadowRoot?.querySelector('[data-outcome="emergency"]')).not.toBeNull();
    expectEveryTopLevelMarked(host, 'emergency');
  });

  it('is marked in the popup, closed and open', async () => {
    const host = pasteIn('<care-level-finder mode="popup" phone="555-010-4477"></care-level-finder>');
    expectEveryTopLevelMarked(host, 'launcher');
    const dialog = host.shadowRoot?.querySelector('dialog');
    // happy-dom may lack showModal(); the open state is what matters here.
    if (dialog && typeof dialog.showModal !== 'function') dialog.showModal = () => dialog.setAttribute('open', '');
    await clickInside(host, '.launcher');
    expect(host.shadowRoot?.querySelector('[data-step="intro"]')).not.toBeNull();
    expectEveryTopLevelMarked(host, 'popup open');
  });

  it('is marked in the fallback shown when the widget fails', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const { options } = parseOptions({ phone: '555-010-4477' });
    for (const mode of ['inline', 'popup'] as const) {
      const settings: UiSettings = {
        lang: 'en',
        mode,
        copy: COPY.en,
        clinic: { phone: options.phone, name: null, hours: null },
        device: { copyText: async () => false, saveText: () => {}, selectText: () => {} },
      };
      render(<Root view={toView(null, options.offers)} settings={settings} send={() => {}} failed />, shadow);
      if (mode === 'inline') expect(shadow.textContent).toContain(COPY.en.fallback.heading);
      expectEveryTopLevelMarked(host, `fallback, ${mode}`);
      render(null, shadow);
    }
  });
});
