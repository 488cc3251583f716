import type { Answers } from '../../src/screening';

/**
 * A finished screening with the lowest-risk answer everywhere: it decides `outpatient` for
 * reason `stable` with no note. Tests change only what their row is about.
 */
export const LOW_RISK: Answers = {
  who: ['self'],
  danger: ['none'],
  age: ['adult'],
  withdrawal: ['none'],
  support: ['no'],
  'tried-before': ['no'],
  home: ['stable'],
  'mental-health': ['no'],
  schedule: ['one-two-hours-week'],
};

export function answersWith(changes: Answers): Answers {
  return { ...LOW_RISK, ...changes };
}
