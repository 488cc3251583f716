// decide(answers, offers): the outcome of a screening, the rule that chose it and the notes.
// The rules themselves are data in rules.ts; this file only applies them in the spec's order.
// In two stages, because they belong to different owners: the outcome depends on the answers
// alone and is decided once, by the machine, when the last answer is in (decideOutcome); the
// notes also depend on the clinic's `offers`, which may change while the result is shown, so
// the view adds them to that outcome (withNotes). decide() is the two in one, for the preview
// and the tests.

import { holds, supportingAnswers, type AnswerFact, type Facts, type Level, type Offer } from './conditions';
import { unansweredSteps } from './flow';
import type { Answers } from './questions';
import {
  DANGER_RULES,
  GUIDE_RULES,
  LEVEL_RULES,
  LEVELS,
  NOTE_RULES,
  type DangerOutcome,
  type GuideId,
  type NoteId,
  type NoteRule,
  type ReasonId,
} from './rules';

export interface DangerDecision {
  readonly outcome: DangerOutcome;
  /** What to do while help comes (`data-guide`), in the order shown. */
  readonly guides: readonly GuideId[];
}

/** Which of a note's wordings apply: its one variant (if it has several) and its extra parts. */
export interface NoteWording {
  readonly variant: string | null;
  readonly parts: readonly string[];
}

/** A level and why: what decideOutcome() gives when no danger sign was chosen. */
interface LevelOutcome {
  readonly outcome: Level;
  /** The id of the level rule that fired (`data-reason`). */
  readonly reason: ReasonId;
  /** The visitor's answers that made that rule fire, for "why this suggestion". */
  readonly because: readonly AnswerFact[];
}

export interface LevelDecision extends LevelOutcome {
  /**
   * Every note that applies, in the order the result shows them: the first steps
   * (`withdrawal-high`, then `pregnancy-opioids`), then `teen`, then the spec's table order.
   */
  readonly notes: readonly NoteId[];
  /** The wording of each note shown that has more than one. */
  readonly wording: { readonly [N in NoteId]?: NoteWording };
}

export type Decision = DangerDecision | LevelDecision;

/** The outcome of a finished screening, before the notes: it does not depend on `offers`. */
export type DecidedOutcome = DangerDecision | LevelOutcome;

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
export function decide(answers: Answers, offers: readonly Offer[] = LEVELS): Decision {
  return withNotes(decideOutcome(answers), answers, offers);
}

/**
 * The outcome of a finished screening: a danger outcome with its guides, or the level whose
 * rule fires first and the answers that made it fire. Throws like decide().
 */
export function decideOutcome(answers: Answers): DecidedOutcome {
  const danger = dangerOutcome(answers);
  if (danger) {
    const guides = GUIDE_RULES.filter((guide) => guide.outcome === danger && holds(guide.when, { answers }));
    return { outcome: danger, guides: guides.map((guide) => guide.id) };
  }

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
  return { outcome: rule.level, reason: rule.id, because: supportingAnswers(rule.when, facts) };
}

/**
 * A decided outcome with the notes that go with it for these `offers`, in display order, and
 * the wording of each. A danger outcome has no notes: it comes back as it is.
 */
export function withNotes(decided: DecidedOutcome, answers: Answers, offers: readonly Offer[] = LEVELS): Decision {
  if (!('reason' in decided)) return decided;
  const levelFacts: Facts = { answers, level: decided.outcome, offers };
  const notes = displayOrder(NOTE_RULES.filter((note) => holds(note.when, levelFacts)));
  const wording: { [N in NoteId]?: NoteWording } = {};
  for (const note of notes) {
    if (note.variants || note.parts) wording[note.id] = wordingOf(note, levelFacts);
  }
  return { ...decided, notes: notes.map((note) => note.id), wording };
}

/** First steps lead (principle 7), then the note that leads the others, then table order. */
function displayOrder(notes: readonly NoteRule[]): NoteRule[] {
  const rank = (note: NoteRule) => (note.firstStep ? 0 : note.leadsOthers ? 1 : 2);
  // Array.prototype.sort is stable, so each group keeps the table's order.
  return [...notes].sort((a, b) => rank(a) - rank(b));
}

function wordingOf(note: NoteRule, facts: Facts): NoteWording {
  return {
    variant: note.variants?.find((variant) => holds(variant.when, facts))?.id ?? null,
    parts: (note.parts ?? []).filter((part) => holds(part.when, facts)).map((part) => part.id),
  };
}
