// Answers that come from outside the running widget (a saved screening after a reload, preset
// answers in the clinician preview) are checked here before anything trusts them.

import { isOptionOf, questionFor, STEP_IDS, exclusiveOptions, type Answers, type StepId } from './questions';

export type AnswersCheck = { readonly answers: Answers } | { readonly problem: string };

/**
 * Accepts only answers a visitor could have given: known steps, known options of that step,
 * one option on a "one" question, and an exclusive option ("none", "not sure") only alone.
 */
export function checkAnswers(value: unknown): AnswersCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'answers must be an object' };
  const answers: Record<string, readonly string[]> = {};
  for (const [step, options] of Object.entries(value)) {
    if (!(STEP_IDS as readonly string[]).includes(step)) return { problem: `unknown step "${step}"` };
    const problem = checkAnswer(step as StepId, options);
    if (problem) return { problem };
    answers[step] = options as string[];
  }
  return { answers: answers as Answers };
}

function checkAnswer(step: StepId, options: unknown): string | null {
  if (!Array.isArray(options) || options.length === 0) return `${step}: expected a non-empty list`;
  const unknown = options.find((option) => typeof option !== 'string' || !isOptionOf(step, option));
  if (unknown !== undefined) return `${step}: unknown option ${JSON.stringify(unknown)}`;
  if (new Set(options).size !== options.length) return `${step}: an option is repeated`;
  if (questionFor(step).kind === 'one' && options.length > 1) return `${step}: takes one answer`;
  const exclusive: readonly string[] = exclusiveOptions(step);
  if (options.length > 1 && options.some((option: string) => exclusive.includes(option))) {
    return `${step}: "${options.find((option: string) => exclusive.includes(option))}" cannot be combined`;
  }
  return null;
}
