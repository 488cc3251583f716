// Walks through the screening that many e2e tests share, written once.

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
