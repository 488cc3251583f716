// A tiny, declarative condition language for the screening rules. Rules are data so that one
// definition drives three readers: `decide()` evaluates it, the result screen lists the answers
// that made it true ("why this suggestion"), and the clinician preview and the tests read it.

import type { Answers, OptionId, OptionOf, StepId } from './questions';

export type Level = 'residential' | 'iop' | 'outpatient';
/** What a clinic provides: the levels, and `detox` (medically supervised withdrawal). */
export type Offer = Level | 'detox';

export type Condition =
  /** The answer to `step` includes any of `options`. An unanswered step matches nothing. */
  | { readonly step: StepId; readonly anyOf: readonly OptionId[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /** Only for notes: the suggested level is one of these. */
  | { readonly levelIn: readonly Level[] }
  /** Only for notes: the clinic does not offer the suggested level. */
  | { readonly levelNotOffered: true }
  /** Only for notes: the clinic lists this in `offers`. */
  | { readonly offered: Offer };

/** What a condition is evaluated against. Level facts exist once a level is known. */
export interface Facts {
  readonly answers: Answers;
  readonly level?: Level;
  readonly offers?: readonly Offer[];
}

/** One answer that a condition relied on, e.g. `{ step: 'home', option: 'unsafe' }`. */
export interface AnswerFact {
  readonly step: StepId;
  readonly option: OptionId;
}

export function answered<S extends StepId>(step: S, ...anyOf: OptionOf<S>[]): Condition {
  return { step, anyOf };
}

export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const levelIn = (...levels: Level[]): Condition => ({ levelIn: levels });
export const LEVEL_NOT_OFFERED: Condition = { levelNotOffered: true };
export const offered = (offer: Offer): Condition => ({ offered: offer });
/** Always true (an empty "all"): the fallback wording of a note. */
export const ALWAYS: Condition = { all: [] };

function chosen(answers: Answers, step: StepId): readonly OptionId[] {
  return answers[step] ?? [];
}

export function holds(condition: Condition, facts: Facts): boolean {
  if ('step' in condition) {
    const picked = chosen(facts.answers, condition.step);
    return condition.anyOf.some((option) => picked.includes(option));
  }
  if ('all' in condition) return condition.all.every((part) => holds(part, facts));
  if ('any' in condition) return condition.any.some((part) => holds(part, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('levelIn' in condition) {
    return facts.level !== undefined && condition.levelIn.includes(facts.level);
  }
  if ('offered' in condition) return (facts.offers ?? []).includes(condition.offered);
  return facts.level !== undefined && !(facts.offers ?? []).includes(facts.level);
}

/**
 * The visitor's answers that make a (true) condition true, in the order the condition names
 * them. Answers under `not` are left out: "you did not say X" is not a reason we show.
 */
export function supportingAnswers(condition: Condition, facts: Facts): AnswerFact[] {
  if ('step' in condition) {
    const picked = chosen(facts.answers, condition.step);
    return condition.anyOf
      .filter((option) => picked.includes(option))
      .map((option) => ({ step: condition.step, option }));
  }
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    return parts.filter((part) => holds(part, facts)).flatMap((part) => supportingAnswers(part, facts));
  }
  return [];
}
