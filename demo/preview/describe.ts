// Plain-language readings of the screening's conditions for the clinician preview, written
// from the condition data and the visitor copy, so the preview cannot drift from the code.

import { say, type Copy } from '../../src/copy';
import { NO_DANGER_SIGN, type Condition, type OptionId, type StepId } from '../../src/screening';

/** The visitor's words for an option, in the "you" form, with its id. */
export function optionLabel(copy: Copy, step: StepId, option: OptionId): string {
  const options: Readonly<Record<string, Parameters<typeof say>[0]>> = copy.questions[step].options;
  const words = options[option];
  return words ? say(words, 'self') : option;
}

/**
 * A condition as a sentence, e.g. `home is "No: it is not safe…"`. The "no danger sign" part
 * of a step's rule is left out: the preview says once that nothing follows a danger sign.
 */
export function describeCondition(condition: Condition, copy: Copy): string {
  if (condition === NO_DANGER_SIGN) return '';
  if ('step' in condition) {
    const labels = condition.anyOf.map((option) => `“${optionLabel(copy, condition.step, option)}”`);
    return `${condition.step} is ${labels.join(' or ')}`;
  }
  if ('all' in condition && condition.all.length === 0) return 'always';
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any)
      .map((part) => describeCondition(part, copy))
      .filter(Boolean);
    const joined = parts.join('all' in condition ? ' and ' : ' or ');
    return parts.length > 1 ? `(${joined})` : joined;
  }
  if ('not' in condition) return `not ${describeCondition(condition.not, copy)}`;
  if ('levelIn' in condition) return `the level is ${condition.levelIn.join(' or ')}`;
  if ('offered' in condition) return `the clinic offers ${condition.offered}`;
  return 'the clinic does not offer the level';
}
