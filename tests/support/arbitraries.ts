import fc from 'fast-check';
import { DANGER_SIGNS, optionsOf, type Answers, type OptionOf, type StepId } from '../../src/screening';

const one = <S extends StepId>(step: S) => fc.constantFrom(...optionsOf(step));

/** A "many" answer: the exclusive option alone, or a non-empty set of the others. */
function many<O extends string>(exclusive: readonly O[], others: readonly O[]): fc.Arbitrary<O[]> {
  return fc.oneof(
    fc.constantFrom(...exclusive).map((option) => [option]),
    fc.subarray([...others], { minLength: 1 }),
  );
}

const WITHDRAWAL_SIGNS = optionsOf('withdrawal').filter((option) => option !== 'none' && option !== 'unsure');

/** Every answer a visitor can give after "none" on the danger screen, skip rules respected. */
export const finishedScreening: fc.Arbitrary<Answers> = fc
  .record({
    who: one('who'),
    age: one('age'),
    withdrawal: many<OptionOf<'withdrawal'>>(['none', 'unsure'], WITHDRAWAL_SIGNS),
    support: one('support'),
    'tried-before': one('tried-before'),
    home: one('home'),
    'sober-living': one('sober-living'),
    'mental-health': one('mental-health'),
    schedule: one('schedule'),
    'wants-help': one('wants-help'),
  })
  .map(
    (picked): Answers => ({
      who: [picked.who],
      danger: ['none'],
      age: [picked.age],
      withdrawal: picked.withdrawal,
      support: [picked.support],
      'tried-before': [picked['tried-before']],
      home: [picked.home],
      ...(picked.home === 'unsafe' ? { 'sober-living': [picked['sober-living']] } : {}),
      'mental-health': [picked['mental-health']],
      schedule: [picked.schedule],
      ...(picked.who === 'loved-one' ? { 'wants-help': [picked['wants-help']] } : {}),
    }),
  );

/** A non-empty set of danger signs. */
export const dangerSigns = fc.subarray([...DANGER_SIGNS], { minLength: 1 });

export const levelSubset = fc.subarray(['residential', 'iop', 'outpatient', 'detox'] as const);
