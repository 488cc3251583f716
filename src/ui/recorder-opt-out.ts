// Session-replay and click-tracking tools on a clinic's page would otherwise record the
// widget whole: every option, label and checked answer (rrweb records open shadow roots).
// Each vendor documents its own marker for "do not record this element"; the widget's root
// carries all of them. The README lists each with its source and says which a test verifies.

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

/** What a root element of the widget spreads onto itself: `class` plus the attributes. */
export function recorderOptOut(className: string) {
  return { class: `${className} ${CLASSES.join(' ')}`, ...ATTRIBUTES };
}

export const RECORDER_OPT_OUT_CLASSES = CLASSES;
export const RECORDER_OPT_OUT_ATTRIBUTES = ATTRIBUTES;
