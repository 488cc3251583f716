import { describe, expect, it } from 'vitest';
import { applyChoice, plannedSteps, withoutSkippedAnswers } from '../../src/screening';
import { answersWith } from '../support/answers';

describe('applyChoice', () => {
  it('keeps one answer on a "one" question', () => {
    expect(applyChoice('home', ['stable'], 'unsafe', true)).toEqual(['unsafe']);
  });

  it('adds to a "many" question in the order of the question, not of the clicks', () => {
    expect(applyChoice('withdrawal', ['opioids'], 'daily-alcohol', true)).toEqual(['daily-alcohol', 'opioids']);
  });

  it.each([
    ['none clears every other answer', 'withdrawal', ['daily-alcohol', 'opioids'], 'none', ['none']],
    ['unsure clears every other answer', 'withdrawal', ['daily-alcohol', 'opioids'], 'unsure', ['unsure']],
    ['unsure clears none', 'withdrawal', ['none'], 'unsure', ['unsure']],
    ['another answer clears none', 'withdrawal', ['none'], 'pregnant', ['pregnant']],
    ['another answer clears unsure', 'withdrawal', ['unsure'], 'opioids', ['opioids']],
    ['a danger sign clears none', 'danger', ['none'], 'overdose', ['overdose']],
    ['none clears the danger signs', 'danger', ['overdose', 'harm-now'], 'none', ['none']],
  ] as const)('%s', (_name, step, current, option, expected) => {
    expect(applyChoice(step, current, option, true)).toEqual(expected);
  });

  it('unchecking removes only that answer', () => {
    expect(applyChoice('danger', ['overdose', 'harm-now'], 'overdose', false)).toEqual(['harm-now']);
  });

  it('checking an answer twice changes nothing', () => {
    expect(applyChoice('danger', ['overdose'], 'overdose', true)).toEqual(['overdose']);
  });
});

describe('plannedSteps', () => {
  it('plans the 9 steps everyone sees at first', () => {
    expect(plannedSteps({})).toEqual([
      'who',
      'danger',
      'age',
      'withdrawal',
      'support',
      'tried-before',
      'home',
      'mental-health',
      'schedule',
    ]);
  });

  it('adds wants-help for a loved one and sober-living for an unsafe home', () => {
    const steps = plannedSteps({ who: ['loved-one'], home: ['unsafe'] });
    expect(steps).toHaveLength(11);
    expect(steps.indexOf('sober-living')).toBe(steps.indexOf('home') + 1);
    expect(steps.at(-1)).toBe('wants-help');
  });

  it('ends after the danger question on a danger sign', () => {
    expect(plannedSteps({ who: ['loved-one'], danger: ['suicidal-thoughts'] })).toEqual(['who', 'danger']);
  });
});

describe('withoutSkippedAnswers', () => {
  it('drops sober-living once home is no longer unsafe, and wants-help once it is for oneself', () => {
    const answers = answersWith({ home: ['mixed'], 'sober-living': ['yes'], 'wants-help': ['no'] });
    const kept = withoutSkippedAnswers(answers);
    expect(kept).not.toHaveProperty('sober-living');
    expect(kept).not.toHaveProperty('wants-help');
    expect(kept.home).toEqual(['mixed']);
  });

  it('drops everything after a danger sign', () => {
    expect(Object.keys(withoutSkippedAnswers(answersWith({ danger: ['overdose'] })))).toEqual(['who', 'danger']);
  });
});
