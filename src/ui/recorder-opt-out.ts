// Scripts on a clinic's page that walk the DOM, open shadow roots included, would otherwise
// read the widget whole. Each vendor documents its own marker for "leave this element alone";
// every root element the widget renders in its shadow root carries all of them. The README
// lists each with its source and says which a test verifies.
//
// - Session-replay and click-tracking tools would record every option, label and checked
//   answer (rrweb records open shadow roots).
// - Call-tracking scripts (dynamic number insertion) would read the crisis and help-line
//   numbers and report them to the vendor, telling it that this visitor opened "Need help
//   now?" or reached the emergency screen. The host element's `phone` attribute stays outside
//   these roots, so the clinic's own number is still swapped for a tracking number.

/** Classes: rrweb (and PostHog, Sentry and Datadog, which build on it or follow it), FullStory. */
const CLASSES = [
  'rr-block', // rrweb blockClass (default): not recorded, replayed as a same-size placeholder
  'ph-no-capture', // PostHog: blocked in replays, ignored by autocapture and rage clicks
  'sentry-block', // Sentry Session Replay: replaced by a same-size placeholder
  'fs-exclude', // FullStory: the element and its children are not recorded
  'dd-privacy-hidden', // Datadog Session Replay: replaced by a gray block
] as const;

/** Attributes: Hotjar, Microsoft Clarity, LogRocket, Sentry, Datadog. */
const ATTRIBUTES = {
  'data-hj-suppress': '', // Hotjar: suppress text and input
  'data-clarity-mask': 'True', // Microsoft Clarity: mask the content
  'data-private': '', // LogRocket: record dimensions only, nothing of it or its children
  'data-sentry-block': '', // Sentry Session Replay
  'data-dd-privacy': 'hidden', // Datadog Session Replay
} as const;

/** Call tracking, class: CallTrackingMetrics leaves numbers under it unswapped. */
const CALL_TRACKING_CLASSES = [
  'ctm-no-swap', // CallTrackingMetrics
] as const;

/** Call tracking, attribute: CallRail's swap.js stops its walk (reading and swapping) here. */
const CALL_TRACKING_ATTRIBUTES = {
  'data-calltrk-noswap': '', // CallRail
} as const;

/**
 * What a root element of the widget spreads onto itself: `class` plus the attributes, for
 * the session recorders and the call-tracking scripts alike.
 */
export function recorderOptOut(className: string) {
  return {
    class: `${className} ${[...CLASSES, ...CALL_TRACKING_CLASSES].join(' ')}`,
    ...ATTRIBUTES,
    ...CALL_TRACKING_ATTRIBUTES,
  };
}

export const RECORDER_OPT_OUT_CLASSES = CLASSES;
export const RECORDER_OPT_OUT_ATTRIBUTES = ATTRIBUTES;
export const CALL_TRACKING_OPT_OUT_CLASSES = CALL_TRACKING_CLASSES;
export const CALL_TRACKING_OPT_OUT_ATTRIBUTES = CALL_TRACKING_ATTRIBUTES;
