// Which steps a visitor sees, given the answers so far, and how a choice changes an answer.
// Pure functions: the machine's guards and actions, the progress indicator and the clinician
// preview all call these, so the skip rules exist in one place.

import { all, answered, holds, not, type Condition } from './conditions';
import {
  DANGER_SIGNS,
  exclusiveOptions,
  QUESTIONS,
  questionFor,
  type Answers,
  type OptionId,
  type OptionOf,
  type StepId,
} from './questions';

// A danger sign ends the flow (principle 1): no step after `danger` is asked.
export const NO_DANGER_SIGN = not(answered('danger', ...DANGER_SIGNS));

/** The spec's "shown when" column. `who` and `danger` are always asked. */
export const SHOWN_WHEN: { readonly [S in StepId]?: Condition } = {
  age: NO_DANGER_SIGN,
  withdrawal: NO_DANGER_SIGN,
  support: NO_DANGER_SIGN,
  'tried-before': NO_DANGER_SIGN,
  home: NO_DANGER_SIGN,
  'sober-living': all(NO_DANGER_SIGN, answered('home', 'unsafe')),
  'mental-health': NO_DANGER_SIGN,
  schedule: NO_DANGER_SIGN,
  'wants-help': all(NO_DANGER_SIGN, answered('who', 'loved-one')),
};

export function isStepShown(step: StepId, answers: Answers): boolean {
  const condition = SHOWN_WHEN[step];
  return condition === undefined || holds(condition, { answers });
}

/**
 * The steps this visitor will see, as far as the answers so far tell: 9 at first, with
 * `sober-living` once home is unsafe and `wants-help` once the screening is for a loved one.
 * After a danger sign only `who` and `danger` remain, as the flow ends there.
 */
export function plannedSteps(answers: Answers): StepId[] {
  return QUESTIONS.map((question) => question.id).filter((step) => isStepShown(step, answers));
}

/** The answers with any danger sign taken out of `danger` (what the count of steps reads). */
export function withoutDangerSigns(answers: Answers): Answers {
  const { danger, ...rest } = answers;
  return rest;
}

/** The planned steps that have no answer yet. */
export function unansweredSteps(answers: Answers): StepId[] {
  return plannedSteps(answers).filter((step) => (answers[step]?.length ?? 0) === 0);
}

/**
 * Drops the answers of steps that the other answers now skip (for example `sober-living` once
 * home is no longer unsafe), so that a stale answer never feeds a rule or a note.
 */
export function withoutSkippedAnswers(answers: Answers): Answers {
  const kept: Record<string, readonly OptionId[]> = {};
  for (const step of plannedSteps(answers)) {
    const answer = answers[step];
    if (answer !== undefined) kept[step] = answer;
  }
  return kept as Answers;
}

/**
 * The answer to `step` after the visitor checks (`chosen`) or unchecks an option. A "one"
 * question keeps only the new option. In a "many" question the exclusive options ("none",
 * "not sure") clear every other option, and any other option clears them.
 */
export function applyChoice<S extends StepId>(
  step: S,
  current: readonly OptionOf<S>[],
  option: OptionOf<S>,
  chosen: boolean,
): readonly OptionOf<S>[] {
  if (!chosen) return current.filter((existing) => existing !== option);
  if (questionFor(step).kind === 'one') return [option];
  if (current.includes(option)) return current;
  const exclusive: readonly string[] = exclusiveOptions(step);
  const others = exclusive.includes(option) ? [] : current.filter((existing) => !exclusive.includes(existing));
  // Keep the order of the question, not the order of the clicks.
  const order: readonly string[] = questionFor(step).options;
  return [...others, option].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
