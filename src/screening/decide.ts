// decide(answers, offers): the outcome of a screening, the rule that chose it and the notes.
// The rules themselves are data in rules.ts; this file only applies them in the spec's order.

import { holds, supportingAnswers, type AnswerFact, type Level } from './conditions';
import { unansweredSteps } from './flow';
import type { Answers } from './questions';
import {
  DANGER_RULES,
  LEVEL_RULES,
  LEVELS,
  NOTE_RULES,
  type DangerOutcome,
  type NoteId,
  type ReasonId,
} from './rules';

export interface DangerDecision {
  readonly outcome: DangerOutcome;
}

export interface LevelDecision {
  readonly outcome: Level;
  /** The id of the level rule that fired (`data-reason`). */
  readonly reason: ReasonId;
  /** The visitor's answers that made that rule fire, for "why this suggestion". */
  readonly because: readonly AnswerFact[];
  /** Every note that applies, `withdrawal-high` first. */
  readonly notes: readonly NoteId[];
}

export type Decision = DangerDecision | LevelDecision;

/** The danger outcome the answers call for, or null when no danger sign was chosen. */
export function dangerOutcome(answers: Answers): DangerOutcome | null {
  return DANGER_RULES.find((rule) => holds(rule.when, { answers }))?.id ?? null;
}

/**
 * Applies the rules of the spec to a finished screening. `offers` are the levels the clinic
 * provides; a level it lacks adds the `not-offered` note but never changes the level.
 * Throws when a step the visitor should have answered has no answer: a level must never be
 * suggested from half a screening.
 */
export function decide(answers: Answers, offers: readonly Level[] = LEVELS): Decision {
  const danger = dangerOutcome(answers);
  if (danger) return { outcome: danger };

  const missing = unansweredSteps(answers);
  if (missing.length > 0) {
    throw new Error(`decide() needs an answer for: ${missing.join(', ')}`);
  }

  const facts = { answers };
  const rule = LEVEL_RULES.find((candidate) => holds(candidate.when, facts));
  if (!rule) {
    // Unreachable with complete answers: `stable` is the complement of the rules before it.
    throw new Error('decide(): no level rule matched these answers');
  }
  const levelFacts = { answers, level: rule.level, offers };
  return {
    outcome: rule.level,
    reason: rule.id,
    because: supportingAnswers(rule.when, facts),
    notes: NOTE_RULES.filter((note) => holds(note.when, levelFacts)).map((note) => note.id),
  };
}
