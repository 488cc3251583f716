import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { resumePointOf, screeningMachine, snapshotAt } from '../../src/machine';
import { answersWith, LOW_RISK } from '../support/answers';

function snapshotOf(point: unknown) {
  const checked = snapshotAt(point);
  if ('problem' in checked) throw new Error(checked.problem);
  return checked.snapshot;
}

describe('snapshotAt', () => {
  it('resumes at a question with the answers kept', () => {
    const snapshot = snapshotOf({
      step: 'home',
      answers: {
        who: ['self'],
        danger: ['none'],
        age: ['adult'],
        withdrawal: ['none'],
        support: ['no'],
        'tried-before': ['no'],
      },
    });
    expect(snapshot.value).toEqual({ flow: 'home', help: 'closed' });
    const actor = createActor(screeningMachine(), { snapshot }).start();
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value.flow).toBe('tried-before');
    expect(actor.getSnapshot().context.answers['tried-before']).toEqual(['no']);
  });

  it('decides the outcome again instead of trusting a stored one', () => {
    expect(snapshotOf({ step: 'result', answers: answersWith({ support: ['yes'] }) }).value.flow).toEqual({
      result: 'residential',
    });
    expect(snapshotOf({ step: 'result', answers: { who: ['self'], danger: ['harm-now'] } }).value.flow).toEqual({
      result: 'emergency',
    });
    // The restored result carries its outcome, decided here once, for the view to read.
    expect(snapshotOf({ step: 'result', answers: answersWith({ support: ['yes'] }) }).context.decided).toMatchObject({
      outcome: 'residential',
      reason: 'needs-24-7',
    });
  });

  it('round-trips every point a running screening passes', () => {
    const actor = createActor(screeningMachine()).start();
    actor.send({ type: 'flow.start' });
    for (const step of [
      'who',
      'danger',
      'age',
      'withdrawal',
      'support',
      'tried-before',
      'home',
      'mental-health',
      'schedule',
    ] as const) {
      for (const option of LOW_RISK[step] ?? []) actor.send({ type: 'answer.select', option });
      const point = resumePointOf(actor.getSnapshot());
      expect(snapshotOf(JSON.parse(JSON.stringify(point))).value).toEqual(actor.getSnapshot().value);
      actor.send({ type: 'step.continue' });
    }
    expect(resumePointOf(actor.getSnapshot())?.step).toBe('result');
  });

  it.each([
    ['not an object', 'home'],
    ['an unknown step', { step: 'payment', answers: {} }],
    ['an unknown option', { step: 'danger', answers: { who: ['boss'] } }],
    ['two answers to a "one" question', { step: 'danger', answers: { who: ['self', 'loved-one'] } }],
    ['"none" with a danger sign', { step: 'age', answers: { who: ['self'], danger: ['none', 'overdose'] } }],
    ['a step before its earlier answers', { step: 'home', answers: { who: ['self'] } }],
    ['a skipped step', { step: 'sober-living', answers: { ...LOW_RISK, home: ['stable'] } }],
    ['a step after a danger sign', { step: 'age', answers: { who: ['self'], danger: ['overdose'] } }],
    ['a result of half a screening', { step: 'result', answers: { who: ['self'], danger: ['none'] } }],
    ['answers that are not lists', { step: 'danger', answers: { who: 'self' } }],
  ])('refuses %s', (_name, point) => {
    expect(snapshotAt(point)).toHaveProperty('problem');
  });
});
