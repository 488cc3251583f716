// Where a screening stands, as plain data (to save it for a reload, or to start the clinician
// preview at a step), and back to a machine snapshot, after checking it could really happen.

import { checkAnswers, decideOutcome, plannedSteps, STEP_IDS, type Answers, type StepId } from '../screening';
import { screeningMachine } from './screening-machine';
import { questionStep, type ScreeningSnapshot } from './view';

/** A screening in progress: the screen it is on and the answers so far. */
export interface ResumePoint {
  readonly step: StepId | 'result';
  readonly answers: Answers;
  /** The answers as of the last Continue; the same as `answers` when not given. */
  readonly accepted?: Answers;
}

/** The resume point of a snapshot, or null on the intro (nothing worth keeping). */
export function resumePointOf(snapshot: ScreeningSnapshot | null): ResumePoint | null {
  if (snapshot === null) return null; // Not started: the intro.
  const step = snapshot.hasTag('result') ? 'result' : questionStep(snapshot);
  if (step === null) return null;
  const { answers, accepted } = snapshot.context;
  return { step, answers, accepted };
}

export type ResumeCheck = { readonly snapshot: ScreeningSnapshot } | { readonly problem: string };

/**
 * The snapshot for a resume point, if a visitor could have got there: every step shown before
 * it answered, the step itself one the answers lead to, and a result only for a finished
 * screening. The outcome is decided again, never read from storage. Entry actions do not run,
 * so a resumed result does not count as a new completion.
 */
export function snapshotAt(point: unknown): ResumeCheck {
  if (typeof point !== 'object' || point === null) return { problem: 'not an object' };
  const { step, answers: rawAnswers, accepted: rawAccepted } = point as Record<string, unknown>;
  const checked = checkAnswers(rawAnswers);
  if ('problem' in checked) return checked;
  const answers = checked.answers;
  const checkedAccepted = rawAccepted === undefined ? { answers } : checkAnswers(rawAccepted);
  if ('problem' in checkedAccepted) return { problem: `accepted ${checkedAccepted.problem}` };
  const planned = plannedSteps(answers);

  let flow: ScreeningSnapshot['value']['flow'];
  let decided: ScreeningSnapshot['context']['decided'] = null;
  if (step === 'result') {
    const missing = planned.filter((id) => !answers[id]);
    if (missing.length > 0) return { problem: `result without an answer for ${missing.join(', ')}` };
    decided = decideOutcome(answers);
    flow = { result: decided.outcome };
  } else if (typeof step === 'string' && (STEP_IDS as readonly string[]).includes(step)) {
    const at = planned.indexOf(step as StepId);
    if (at === -1) return { problem: `step "${step}" is skipped with these answers` };
    const missing = planned.slice(0, at).filter((id) => !answers[id]);
    if (missing.length > 0) return { problem: `step "${step}" before an answer for ${missing.join(', ')}` };
    flow = step as StepId;
  } else {
    return { problem: `unknown step ${JSON.stringify(step)}` };
  }
  const snapshot = screeningMachine().resolveState({
    value: { flow, help: 'closed' },
    context: { answers, accepted: checkedAccepted.answers, error: null, decided },
  });
  return { snapshot };
}
