// The spec's invariants, checked on generated screenings rather than on chosen examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  holds,
  LEVEL_RULES,
  noteRule,
  OUTCOMES,
  optionsOf,
  questionFor,
  type Answers,
  type Decision,
  type Level,
  type OptionOf,
  type StepId,
} from '../../src/screening';
import { dangerSigns, finishedScreening, levelSubset } from '../support/arbitraries';

const RANK: Record<string, number> = { outpatient: 1, iop: 2, residential: 3 };

/**
 * The answers with one step changed, kept consistent: an unsafe home brings the sober-living
 * question (answered `sober`), any other home drops it.
 */
function withAnswer(answers: Answers, step: StepId, option: string, sober: OptionOf<'sober-living'>): Answers {
  const { 'sober-living': _dropped, ...rest } = { ...answers, [step]: [option] } as Answers;
  return rest.home?.[0] === 'unsafe' ? { ...rest, 'sober-living': [sober] } : rest;
}

function levelOf(decision: Decision): Level {
  if (!('reason' in decision)) throw new Error(`expected a level, got ${decision.outcome}`);
  return decision.outcome;
}

describe('invariants of decide()', () => {
  it('a danger sign always ends in emergency or crisis, whatever else was answered', () => {
    fc.assert(
      fc.property(finishedScreening, dangerSigns, levelSubset, (answers, danger, offers) => {
        const decision = decide({ ...answers, danger }, offers);
        expect(decision.outcome).toBe(danger.some((sign) => sign !== 'suicidal-thoughts') ? 'emergency' : 'crisis');
        expect(decision).not.toHaveProperty('reason');
        expect(decision).not.toHaveProperty('notes');
      }),
    );
  });

  it('schedule never changes the level or the reason', () => {
    const schedule = fc.constantFrom(...optionsOf('schedule'));
    fc.assert(
      fc.property(finishedScreening, schedule, (answers, other) => {
        const before = decide(answers);
        const after = decide({ ...answers, schedule: [other] });
        expect([after.outcome, 'reason' in after && after.reason]).toEqual([
          before.outcome,
          'reason' in before && before.reason,
        ]);
      }),
    );
  });

  it('the clinic offering fewer levels never changes the level', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        expect(decide(answers, offers).outcome).toBe(decide(answers).outcome);
      }),
    );
  });

  // More risk on one answer, all else equal, never lowers the level.
  const riskLadders: readonly {
    step: 'support' | 'home' | 'tried-before' | 'mental-health';
    ladder: readonly string[];
  }[] = [
    { step: 'support', ladder: ['no', 'unsure', 'yes'] },
    { step: 'home', ladder: ['stable', 'mixed', 'unsafe'] },
    { step: 'tried-before', ladder: ['no', 'yes'] },
    { step: 'mental-health', ladder: ['no', 'most-days'] },
  ];
  const soberLiving = fc.constantFrom(...optionsOf('sober-living'));

  it.each(riskLadders)('more risk on $step never lowers the level ($ladder)', ({ step, ladder }) => {
    fc.assert(
      fc.property(finishedScreening, soberLiving, (answers, sober) => {
        const ranks = ladder.map((option) => RANK[levelOf(decide(withAnswer(answers, step, option, sober)))] ?? 0);
        for (let index = 1; index < ranks.length; index += 1) {
          expect(ranks[index]).toBeGreaterThanOrEqual(ranks[index - 1] ?? 0);
        }
      }),
    );
  });

  it('every finished screening ends in exactly one outcome, by exactly one first rule', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        const decision = decide(answers, offers);
        expect(OUTCOMES).toContain(decision.outcome);
        const firstMatch = LEVEL_RULES.find((rule) => holds(rule.when, { answers }));
        expect(firstMatch && [firstMatch.id, firstMatch.level]).toEqual([
          'reason' in decision && decision.reason,
          decision.outcome,
        ]);
      }),
    );
  });
});

describe('invariants of the notes (second edition)', () => {
  function notesOf(decision: Decision) {
    return 'notes' in decision ? decision.notes : [];
  }

  it('withdrawal-high or pregnancy-opioids always makes the result lead with its first step', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        const notes = notesOf(decide(answers, offers));
        const firstSteps = notes.filter((note) => note === 'withdrawal-high' || note === 'pregnancy-opioids');
        // The first steps come first, withdrawal before pregnancy, and nothing else is one.
        expect(notes.slice(0, firstSteps.length)).toEqual(firstSteps);
        expect(firstSteps).toEqual(
          ['withdrawal-high', 'pregnancy-opioids'].filter((note) => firstSteps.includes(note as never)),
        );
        expect(notes.filter((note) => noteRule(note).firstStep)).toEqual(firstSteps);
      }),
    );
  });

  it('reporting opioids always shows naloxone and medications-opioids', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        const withOpioids = {
          ...answers,
          withdrawal: [...new Set([...(answers.withdrawal ?? []), 'opioids'] as const)],
        };
        // "none" and "unsure" cannot be combined with a sign.
        withOpioids.withdrawal = withOpioids.withdrawal.filter((option) => option !== 'none' && option !== 'unsure');
        const notes = notesOf(decide(withOpioids, offers));
        expect(notes).toContain('naloxone');
        expect(notes).toContain('medications-opioids');
      }),
    );
  });

  it('pregnancy with daily drinking is always withdrawal-high', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        const signs = (answers.withdrawal ?? []).filter((option) => option !== 'none' && option !== 'unsure');
        const withdrawal = [...new Set([...signs, 'daily-alcohol', 'pregnant'] as const)];
        expect(notesOf(decide({ ...answers, withdrawal }, offers))).toContain('withdrawal-high');
      }),
    );
  });

  it('teen, when it applies, is the first note after the first steps', () => {
    fc.assert(
      fc.property(finishedScreening, levelSubset, (answers, offers) => {
        const notes = notesOf(decide(answers, offers));
        if (!notes.includes('teen')) return;
        const others = notes.filter((note) => !noteRule(note).firstStep);
        expect(others[0]).toBe('teen');
      }),
    );
  });
});

describe('the "stable" rule is the spec\'s "otherwise"', () => {
  it('holds exactly when no rule before it does, for every combination of the deciding answers', () => {
    const stable = LEVEL_RULES.at(-1);
    const before = LEVEL_RULES.slice(0, -1);
    let combinations = 0;
    for (const support of questionFor('support').options)
      for (const tried of questionFor('tried-before').options)
        for (const home of questionFor('home').options)
          for (const sober of [...questionFor('sober-living').options, undefined])
            for (const mental of questionFor('mental-health').options) {
              if ((home === 'unsafe') !== (sober !== undefined)) continue;
              const answers: Answers = {
                support: [support],
                'tried-before': [tried],
                home: [home],
                'mental-health': [mental],
                ...(sober ? { 'sober-living': [sober] } : {}),
              };
              const earlier = before.some((rule) => holds(rule.when, { answers }));
              expect(stable && holds(stable.when, { answers }), JSON.stringify(answers)).toBe(!earlier);
              combinations += 1;
            }
    expect(combinations).toBe(3 * 3 * (2 + 3) * 3);
  });
});
