// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineCareLevelFinder, mount } from '../../src/index';
import { answerInside, clickInside, pasteIn } from '../support/shadow';

afterEach(() => {
  document.body.replaceChildren();
  // Each widget saves its place for a reload; tests start from the intro.
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

const root = (element: Element) => element.shadowRoot?.querySelector<HTMLElement>('[data-step]');
describe('mount()', () => {
  it('renders into an open shadow root styled by an adopted stylesheet', () => {
    const element = host();
    mount(element, { phone: '555-010-4477' });
    expect(element.shadowRoot?.mode).toBe('open');
    // The shared sheet, and this widget's own corrections to a clinic's accent colors.
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(2);
    expect(element.shadowRoot?.querySelector('style, [style]')).toBeNull();
    expect(root(element)?.dataset.step).toBe('intro');
    expect(root(element)?.getAttribute('lang')).toBe('en');
  });

  it('dispatches clf:start with no detail, composed and bubbling', async () => {
    const element = host();
    mount(element, { phone: '555-010-4477' });
    const seen: CustomEvent[] = [];
    const stepWhenSeen: (string | undefined)[] = [];
    document.addEventListener('clf:start', (event) => {
      seen.push(event as CustomEvent);
      // "clf:start: each time `who` is shown": the question is already on screen.
      stepWhenSeen.push(root(element)?.dataset.step);
    });
    await clickInside(element, '[data-action="start"]');
    expect(root(element)?.dataset.step).toBe('who');
    expect(stepWhenSeen).toEqual(['who']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.detail).toBeNull();
    expect(seen[0]?.target).toBe(element);
  });

  it('reports a bad phone once, by name, and keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = host();
    mount(element, { phone: 'call us' });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toMatch(/^\[care-level-finder\] phone="call us" is not a US phone number/);
    await clickInside(element, '[data-action="start"]');
    expect(root(element)?.dataset.step).toBe('who');
  });

  it('refuses a second mount on the same element, and unmount removes everything', () => {
    const element = host();
    const widget = mount(element, { phone: '555-010-4477' });
    expect(() => mount(element, {})).toThrow(/already shows the widget/);
    widget.unmount();
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
    expect(() => mount(element, { phone: '555-010-4477' }).unmount()).not.toThrow();
  });
});

describe('mount() with the preview-only previewStart option', () => {
  it('starts at the given step with the answers kept, and stores nothing', async () => {
    const element = host();
    mount(element, { phone: '555-010-4477', previewStart: { step: 'danger', answers: { who: ['loved-one'] } } });
    expect(root(element)?.dataset.step).toBe('danger');
    await clickInside(element, '[data-option="none"]');
    await clickInside(element, '[data-action="continue"]');
    expect(root(element)?.dataset.step).toBe('age');
    await clickInside(element, '[data-action="back"]');
    await clickInside(element, '[data-action="back"]');
    expect(element.shadowRoot?.querySelector<HTMLInputElement>('[data-option="loved-one"]')?.checked).toBe(true);
    expect(sessionStorage.length).toBe(0);
  });

  it('says why it cannot start there, and starts at the intro', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = host();
    mount(element, { phone: '555-010-4477', previewStart: { step: 'home', answers: { who: ['self'] } } });
    expect(root(element)?.dataset.step).toBe('intro');
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[care-level-finder\] previewStart: step "home" before an answer for danger/),
    );
  });
});

describe('<care-level-finder>', () => {
  it('is defined once, however often the definition runs', () => {
    defineCareLevelFinder();
    expect(() => defineCareLevelFinder()).not.toThrow();
    expect(customElements.get('care-level-finder')).toBeDefined();
  });

  it('reads its attributes and follows later changes', async () => {
    const element = pasteIn('<care-level-finder phone="555-010-4477" clinic-name="Harbor Light"></care-level-finder>');
    expect(root(element)?.dataset.step).toBe('intro');
    element.setAttribute('clinic-name', '<b>New Name</b>');
    // Walk to a result to see the clinic name in the call button.
    await clickInside(element, '[data-action="start"]');
    await answerInside(element, ['self', 'none', 'adult', 'none', 'no', 'no', 'stable', 'no', 'one-two-hours-week']);
    const call = element.shadowRoot?.querySelector('[data-action="call"]');
    expect(call?.textContent).toContain('Call <b>New Name</b>');
    expect(call?.querySelector('b')).toBeNull();
  });

  it('stops when removed, and survives being moved', async () => {
    defineCareLevelFinder();
    const element = document.createElement('care-level-finder');
    element.setAttribute('phone', '555-010-4477');
    document.body.append(element);
    await clickInside(element, '[data-action="start"]');
    const other = host();
    other.append(element);
    await Promise.resolve();
    expect(root(element)?.dataset.step).toBe('who');
    element.remove();
    await Promise.resolve();
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
  });
});
