// What the host page may see of the widget: three events with no detail, and nothing else.

/** The events the element dispatches. Their `detail` is always null: no answer, step or outcome. */
export const HOST_EVENTS = {
  started: 'clf:start',
  completed: 'clf:complete',
  callPressed: 'clf:call',
} as const;

export type HostEventName = (typeof HOST_EVENTS)[keyof typeof HOST_EVENTS];

/** The element's events by name, for typed listeners. None carries a detail. */
export type CareLevelFinderEventMap = { readonly [Name in HostEventName]: CustomEvent<null> };

export function dispatchHostEvent(target: Element, name: HostEventName): void {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
}

/**
 * The browser's own UI events that are composed, so they would cross the shadow boundary and
 * let a page script (a click tracker, a session recorder) see what was pressed or focused
 * inside.
 */
const COMPOSED_UI_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'beforeinput',
  'input',
  'change',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointercancel',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'touchstart',
  'touchend',
  'touchmove',
  'touchcancel',
  // Focus moving between answers, and text composition, would name the focused control too.
  'focusin',
  'focusout',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/** Stops those events at the shadow root; returns the function that undoes it. */
export function containUiEvents(root: ShadowRoot): () => void {
  const stop = (event: Event) => event.stopPropagation();
  // Passive: stopping propagation must never delay scrolling on a phone.
  for (const type of COMPOSED_UI_EVENTS) root.addEventListener(type, stop, { passive: true });
  return () => {
    for (const type of COMPOSED_UI_EVENTS) root.removeEventListener(type, stop);
  };
}
