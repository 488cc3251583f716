// Walks through the screening that many e2e tests share, written once.

import type { Outcome, ReasonId } from '../../../src/screening';
import type { Answer } from './browser';

/** The mildest answer to every question: an outpatient result (reason `stable`), no note. */
export const TO_OUTPATIENT: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['none']],
  ['age', ['adult']],
  ['withdrawal', ['none']],
  ['support', ['no']],
  ['tried-before', ['no']],
  ['home', ['stable']],
  ['mental-health', ['no']],
  ['schedule', ['one-two-hours-week']],
];

/** The shortest way to an outcome: an emergency sign ends the flow after two questions. */
export const TO_EMERGENCY: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['overdose']],
];

/** The answers of TO_OUTPATIENT up to, not including, `step`. */
export function answersBefore(step: Answer[0]): readonly Answer[] {
  return TO_OUTPATIENT.slice(
    0,
    TO_OUTPATIENT.findIndex(([id]) => id === step),
  );
}

// The questions every non-danger path goes through before the level-deciding ones.
const LOW_RISK_START: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['none']],
  ['age', ['adult']],
  ['withdrawal', ['none']],
];

/**
 * After `withdrawal`, the answers of the walks that want as much on the result as one screen
 * can carry (privacy.test.ts, first-steps-and-guides.test.ts): no support, not tried before,
 * an unsafe home (so the conditional sober-living step comes, answered yes), mental health
 * most days, and the lightest schedule.
 */
export const LOADED_AFTER_WITHDRAWAL: readonly Answer[] = [
  ['support', ['no']],
  ['tried-before', ['no']],
  ['home', ['unsafe']],
  ['sober-living', ['yes']],
  ['mental-health', ['most-days']],
  ['schedule', ['one-two-hours-week']],
];

export interface OutcomePath {
  readonly outcome: Outcome;
  /** Only for a level: the one rule that must fire (data-reason). */
  readonly reason?: ReasonId;
  readonly answers: readonly Answer[];
}

/** One path to each of the five outcomes (outcomes.test.ts in Chromium, engines.test.ts in Firefox and WebKit). */
export const OUTCOME_PATHS: readonly OutcomePath[] = [
  // An emergency sign ends the flow at once: danger is the last question.
  {
    outcome: 'emergency',
    answers: [
      ['who', ['self']],
      ['danger', ['overdose']],
    ],
  },
  // Suicidal thoughts without an emergency sign: the 988 crisis screen.
  {
    outcome: 'crisis',
    answers: [
      ['who', ['self']],
      ['danger', ['suicidal-thoughts']],
    ],
  },
  {
    outcome: 'residential',
    reason: 'needs-24-7',
    answers: [
      ...LOW_RISK_START,
      ['support', ['yes']],
      ['tried-before', ['no']],
      ['home', ['stable']],
      ['mental-health', ['no']],
      ['schedule', ['step-away']],
    ],
  },
  {
    // Through `loved-one` so the conditional `wants-help` step is walked too.
    outcome: 'iop',
    reason: 'tried-before',
    answers: [
      ['who', ['loved-one']],
      ['danger', ['none']],
      ['age', ['adult']],
      ['withdrawal', ['none']],
      ['support', ['no']],
      ['tried-before', ['yes']],
      ['home', ['stable']],
      ['mental-health', ['no']],
      ['schedule', ['few-hours-most-days']],
      ['wants-help', ['yes']],
    ],
  },
  {
    outcome: 'outpatient',
    reason: 'stable',
    answers: [
      ...LOW_RISK_START,
      ['support', ['no']],
      ['tried-before', ['no']],
      ['home', ['stable']],
      ['mental-health', ['no']],
      ['schedule', ['one-two-hours-week']],
    ],
  },
];

/** The clinic's number as the call button dials it, from the pages below. */
export const CLINIC_TEL = 'tel:+15550104477';

/** The paste-in from embed.md on a plain page, verbatim apart from the script's path. */
export const PASTE_IN_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Clinic</title></head>
<body>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>
</body>
</html>`;
