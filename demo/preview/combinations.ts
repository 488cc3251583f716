// Every combination of the answers that decide the level, with what decide() makes of it.
// The clinician preview shows them as one table; a unit test checks each row against decide().

import { decide, optionsOf, type Answers, type Decision, type Level, type OptionOf } from '../../src/screening';

/** The questions whose answers decide the level (and the schedule notes), in table order. */
export const DECIDING_STEPS = ['support', 'tried-before', 'home', 'sober-living', 'mental-health', 'schedule'] as const;

export interface Combination {
  readonly answers: Answers;
  readonly decision: Decision;
}

/**
 * The rest of a screening is held at its mildest (for oneself, no danger sign, an adult, no
 * withdrawal sign), so that each row shows what the deciding answers alone do.
 */
const BASE: Answers = { who: ['self'], danger: ['none'], age: ['adult'], withdrawal: ['none'] };

/** Sober living is asked only when home is unsafe; otherwise it has no answer. */
function soberLivingAnswers(home: string): readonly (OptionOf<'sober-living'> | undefined)[] {
  return home === 'unsafe' ? optionsOf('sober-living') : [undefined];
}

export function combinations(offers?: readonly Level[]): Combination[] {
  const rows: Combination[] = [];
  for (const support of optionsOf('support'))
    for (const tried of optionsOf('tried-before'))
      for (const home of optionsOf('home'))
        for (const sober of soberLivingAnswers(home))
          for (const mental of optionsOf('mental-health'))
            for (const schedule of optionsOf('schedule')) {
              const answers: Answers = {
                ...BASE,
                support: [support],
                'tried-before': [tried],
                home: [home],
                ...(sober ? { 'sober-living': [sober] } : {}),
                'mental-health': [mental],
                schedule: [schedule],
              };
              rows.push({ answers, decision: decide(answers, offers) });
            }
  return rows;
}
