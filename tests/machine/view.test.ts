import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { screeningMachine, toView, type ScreeningEvent, type QuestionScreen } from '../../src/machine';
import { decideOutcome, LEVELS, type OptionId } from '../../src/screening';

function at(...answers: OptionId[][]) {
  const actor = createActor(screeningMachine()).start();
  const send = (event: ScreeningEvent) => actor.send(event);
  send({ type: 'flow.start' });
  for (const options of answers) {
    for (const option of options) send({ type: 'answer.select', option });
    send({ type: 'step.continue' });
  }
  return { actor, send, view: () => toView(actor.getSnapshot(), LEVELS) };
}

function question(view: ReturnType<typeof toView>): QuestionScreen {
  if (view.screen.kind !== 'question') throw new Error(`expected a question, got ${view.screen.kind}`);
  return view.screen;
}

describe('toView', () => {
  it('starts on the intro with the panel closed', () => {
    const actor = createActor(screeningMachine()).start();
    expect(toView(actor.getSnapshot(), LEVELS)).toEqual({ screen: { kind: 'intro' }, voice: 'self', helpOpen: false });
  });

  it('shows the same intro before the machine is built (no snapshot yet)', () => {
    const actor = createActor(screeningMachine()).start();
    // The same object, so that building the machine after the intro renders nothing again.
    expect(toView(null, LEVELS)).toBe(toView(actor.getSnapshot(), LEVELS));
    expect(toView(null, ['outpatient'])).toBe(toView(actor.getSnapshot(), ['outpatient']));
    actor.send({ type: 'help.open' });
    expect(toView(actor.getSnapshot(), LEVELS)).toEqual({ screen: { kind: 'intro' }, voice: 'self', helpOpen: true });
  });

  it('counts "Question N of M" with the steps this visitor will see', () => {
    expect(question(at().view()).progress).toEqual({ number: 1, total: 9 });
    expect(question(at(['self']).view()).progress).toEqual({ number: 2, total: 9 });
    expect(question(at(['loved-one']).view()).progress).toEqual({ number: 2, total: 10 });
    const home = at(['self'], ['none'], ['adult'], ['none'], ['no'], ['no']);
    expect(question(home.view()).progress).toEqual({ number: 7, total: 9 });
    home.send({ type: 'answer.select', option: 'unsafe' });
    // The current step's own choice counts only after Continue.
    expect(question(home.view()).progress).toEqual({ number: 7, total: 9 });
    home.send({ type: 'step.continue' });
    expect(question(home.view())).toMatchObject({ step: 'sober-living', progress: { number: 8, total: 10 } });
  });

  it('keeps the count when going Back: the later steps the answers lead to still count', () => {
    const walk = at(['loved-one'], ['none'], ['adult'], ['none'], ['no'], ['no'], ['unsafe']);
    expect(question(walk.view())).toMatchObject({ step: 'sober-living', progress: { number: 8, total: 11 } });
    walk.send({ type: 'step.back' });
    expect(question(walk.view())).toMatchObject({ step: 'home', progress: { number: 7, total: 11 } });
    // Choosing another answer changes the count only once it is submitted.
    walk.send({ type: 'answer.select', option: 'stable' });
    expect(question(walk.view()).progress).toEqual({ number: 7, total: 11 });
    walk.send({ type: 'step.continue' });
    expect(question(walk.view())).toMatchObject({ step: 'mental-health', progress: { number: 8, total: 10 } });
  });

  it('drops an unsubmitted choice on Back, so it cannot skip or discard later answers', () => {
    const walk = at(['self'], ['none'], ['adult'], ['none'], ['no'], ['no'], ['stable']);
    expect(question(walk.view()).step).toBe('mental-health');
    for (let step = 0; step < 6; step += 1) walk.send({ type: 'step.back' });
    expect(question(walk.view()).step).toBe('danger');
    walk.send({ type: 'answer.select', option: 'overdose' });
    walk.send({ type: 'step.back' });
    walk.send({ type: 'step.continue' });
    const danger = question(walk.view());
    expect(danger.step).toBe('danger');
    expect(danger.options.filter((option) => option.chosen).map((option) => option.id)).toEqual(['none']);
    expect(walk.actor.getSnapshot().context.answers.home).toEqual(['stable']);
  });

  it('does not shrink the count when a danger sign is chosen before Continue', () => {
    const danger = at(['self']);
    danger.send({ type: 'answer.select', option: 'overdose' });
    expect(question(danger.view()).progress).toEqual({ number: 2, total: 9 });
  });

  it('counts as if no danger sign were chosen on danger, back from an emergency or crisis', () => {
    for (const [who, sign, total] of [
      ['self', 'overdose', 9],
      ['loved-one', 'suicidal-thoughts', 10],
    ] as const) {
      const walk = at([who], [sign]);
      expect(walk.view().screen.kind).toBe('result');
      walk.send({ type: 'step.back' });
      const danger = question(walk.view());
      expect(danger).toMatchObject({ step: 'danger', progress: { number: 2, total } });
      expect(danger.options.filter((option) => option.chosen).map((option) => option.id)).toEqual([sign]);
    }
  });

  it('speaks of "they" once the screening is for a loved one', () => {
    expect(at(['loved-one']).view().voice).toBe('loved-one');
  });

  it('shows the options of the step with what is chosen, and the nothing-chosen error', () => {
    const danger = at(['self']);
    danger.send({ type: 'step.continue' });
    const screen = question(danger.view());
    expect(screen).toMatchObject({ step: 'danger', answerKind: 'many', error: 'nothing-chosen', canGoBack: true });
    danger.send({ type: 'answer.select', option: 'none' });
    const chosen = question(danger.view());
    expect(chosen.error).toBeNull();
    expect(chosen.options.filter((option) => option.chosen).map((option) => option.id)).toEqual(['none']);
  });

  it('shows the decision on a result, with the clinic offers applied', () => {
    const done = at(['self'], ['none'], ['adult'], ['none'], ['yes'], ['no'], ['stable'], ['no'], ['step-away']);
    const view = toView(done.actor.getSnapshot(), ['iop', 'outpatient']);
    expect(view.screen).toEqual({
      kind: 'result',
      decision: {
        outcome: 'residential',
        reason: 'needs-24-7',
        because: [{ step: 'support', option: 'yes' }],
        notes: ['not-offered'],
        wording: {},
      },
    });
  });

  it('decides the outcome once, on entering the result, and shows that one', () => {
    const done = at(['self'], ['none'], ['adult'], ['none'], ['yes'], ['no'], ['stable'], ['no'], ['step-away']);
    const snapshot = done.actor.getSnapshot();
    expect(snapshot.context.decided).toEqual(decideOutcome(snapshot.context.answers));
    // The view reads the machine's outcome and never decides again: a snapshot whose stored
    // outcome disagrees with its answers (which no visitor can reach) shows the stored one.
    const stored = { outcome: 'iop', reason: 'tried-before', because: [] } as const;
    const forged = screeningMachine().resolveState({
      value: { flow: { result: 'iop' }, help: 'closed' },
      context: { ...snapshot.context, decided: stored },
    });
    const screen = toView(forged, LEVELS).screen;
    expect(screen.kind === 'result' && screen.decision).toMatchObject(stored);
  });

  it('forgets the outcome when the result is left, by Back or by Start over', () => {
    const done = at(['self'], ['overdose']);
    expect(done.actor.getSnapshot().context.decided).toMatchObject({ outcome: 'emergency' });
    done.send({ type: 'step.back' });
    expect(done.actor.getSnapshot().context.decided).toBeNull();
    done.send({ type: 'step.continue' });
    expect(done.actor.getSnapshot().context.decided).toMatchObject({ outcome: 'emergency' });
    done.send({ type: 'flow.restart' });
    expect(done.actor.getSnapshot().context.decided).toBeNull();
  });
});
