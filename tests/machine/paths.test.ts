// Paths generated from the machine's own graph (xstate/graph): every way through the
// screening, checked against the spec's step order and against decide().
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { screeningMachine, type ScreeningEvent, type ScreeningMachine } from '../../src/machine';
import { dangerSigns, finishedScreening } from '../support/arbitraries';
import {
  decide,
  DANGER_SIGNS,
  optionsOf,
  STEP_IDS,
  type Answers,
  type OptionId,
  type StepId,
} from '../../src/screening';

type Snapshot = SnapshotFrom<ScreeningMachine>;

/**
 * The answers the traversal gives: every option of the questions that decide which steps
 * come or which level is suggested, and every combination of danger signs. The questions
 * that decide neither (age, withdrawal, schedule, wants-help) get one answer each, which
 * keeps the graph to a few hundred paths; the property test below drives every answer of
 * those through the machine.
 */
const EXPLORED: { readonly [S in StepId]: readonly OptionId[] } = {
  ...(Object.fromEntries(STEP_IDS.map((step) => [step, optionsOf(step)])) as Record<StepId, readonly OptionId[]>),
  age: ['under-18'],
  withdrawal: ['unsure'],
  schedule: ['unsure'],
  'wants-help': ['no'],
};

function currentStep(snapshot: Snapshot): StepId | 'intro' | 'result' {
  const flow = snapshot.value.flow;
  return typeof flow === 'object' ? 'result' : flow;
}

function forwardEvents(snapshot: Snapshot): ScreeningEvent[] {
  const step = currentStep(snapshot);
  if (step === 'intro') return [{ type: 'flow.start' }];
  if (step === 'result') return [];
  return [...EXPLORED[step].map((option) => ({ type: 'answer.select', option }) as const), { type: 'step.continue' }];
}

/** The spec's flow table, written again here on purpose: the oracle must not share code. */
function specSteps(answers: Answers): StepId[] {
  const danger = (answers.danger ?? []).some((option) => (DANGER_SIGNS as readonly string[]).includes(option));
  if (danger) return ['who', 'danger'];
  return [
    'who',
    'danger',
    'age',
    'withdrawal',
    'support',
    'tried-before',
    'home',
    ...(answers.home?.[0] === 'unsafe' ? (['sober-living'] as const) : []),
    'mental-health',
    'schedule',
    ...(answers.who?.[0] === 'loved-one' ? (['wants-help'] as const) : []),
  ];
}

function outcomeOf(snapshot: Snapshot): string | null {
  const flow = snapshot.value.flow;
  return typeof flow === 'object' ? flow.result : null;
}

const paths = getShortestPaths(screeningMachine(), {
  events: forwardEvents,
  toState: (snapshot) => currentStep(snapshot) === 'result',
});

describe('every path through the machine', () => {
  it('reaches every outcome and every reason', () => {
    const outcomes = new Set(paths.map((path) => outcomeOf(path.state)));
    expect([...outcomes].sort()).toEqual(['crisis', 'emergency', 'iop', 'outpatient', 'residential']);
    const reasons = new Set(
      paths
        .map((path) => decide(path.state.context.answers))
        .flatMap((decision) => ('reason' in decision ? [decision.reason] : [])),
    );
    expect(reasons.size).toBe(8);
    // For each audience (2): every combination of support (3), tried-before (3), home with
    // sober living (2 + 3) and mental health (3), plus every non-empty set of the 5 danger signs.
    expect(paths.length).toBe(2 * (3 * 3 * (2 + 3) * 3) + 2 * (2 ** 5 - 1));
  });

  it('ends in exactly one outcome, the one decide() gives', () => {
    for (const path of paths) {
      const outcome = outcomeOf(path.state);
      expect(outcome).not.toBeNull();
      expect(outcome).toBe(decide(path.state.context.answers).outcome);
    }
  });

  it('shows the steps the spec prescribes, in order, and no other', () => {
    for (const path of paths) {
      const shown: string[] = [];
      for (const { state } of path.steps) {
        const step = currentStep(state);
        if (step !== 'intro' && step !== 'result' && shown.at(-1) !== step) shown.push(step);
      }
      expect(shown, JSON.stringify(path.state.context.answers)).toEqual(specSteps(path.state.context.answers));
    }
  });

  it('keeps only the answers of the steps that were shown', () => {
    for (const path of paths) {
      const answers = path.state.context.answers;
      expect(Object.keys(answers).sort()).toEqual([...specSteps(answers)].sort());
    }
  });
});

/** Replays a generated path on a live actor, to continue from its end. */
function replay(path: (typeof paths)[number]) {
  const actor = createActor(screeningMachine()).start();
  for (const { event } of path.steps) actor.send(event as ScreeningEvent);
  return actor;
}

describe('Back, from every outcome, walks the shown steps in reverse with the answers kept', () => {
  it('returns through exactly the steps that were shown', () => {
    for (const path of paths) {
      const actor = replay(path);
      const answers = actor.getSnapshot().context.answers;
      const expected = specSteps(answers).slice(1).reverse();
      const visited: StepId[] = [];
      for (let index = 0; index < expected.length; index += 1) {
        actor.send({ type: 'step.back' });
        const step = currentStep(actor.getSnapshot());
        if (step === 'intro' || step === 'result') throw new Error(`Back led to ${step}`);
        visited.push(step);
        // The answer given on that step is still chosen.
        expect(actor.getSnapshot().context.answers[step]).toEqual(answers[step]);
      }
      expect(visited).toEqual(expected);
      // `who` has no Back: the first question stays.
      actor.send({ type: 'step.back' });
      expect(currentStep(actor.getSnapshot())).toBe('who');
      actor.stop();
    }
  });
});

describe('the crisis panel', () => {
  it('opens over every state of a path and closes back to the same state', () => {
    for (const path of paths) {
      for (const step of path.steps) {
        const actor = createActor(screeningMachine(), { snapshot: step.state }).start();
        actor.send({ type: 'help.open' });
        expect(actor.getSnapshot().value).toEqual({ ...step.state.value, help: 'open' });
        expect(actor.getSnapshot().context).toEqual(step.state.context);
        actor.send({ type: 'help.close' });
        expect(actor.getSnapshot().value).toEqual(step.state.value);
        actor.stop();
      }
    }
    // Thousands of actors, one per state of every path: seconds on a busy 2-core machine.
  }, 30_000);
});

describe('any finished screening, driven through the machine answer by answer', () => {
  it("shows the spec's steps and ends in decide()'s outcome", () => {
    fc.assert(
      fc.property(finishedScreening, fc.option(dangerSigns, { nil: undefined }), (finished, danger) => {
        const answers: Answers = danger ? { who: finished.who ?? ['self'], danger } : finished;
        const actor = createActor(screeningMachine()).start();
        actor.send({ type: 'flow.start' });
        const shown: StepId[] = [];
        for (let guard = 0; guard < STEP_IDS.length; guard += 1) {
          const step = currentStep(actor.getSnapshot());
          if (step === 'intro' || step === 'result') break;
          shown.push(step);
          for (const option of answers[step] ?? []) actor.send({ type: 'answer.select', option });
          actor.send({ type: 'step.continue' });
        }
        expect(shown).toEqual(specSteps(answers));
        expect(outcomeOf(actor.getSnapshot())).toBe(decide(answers).outcome);
        actor.stop();
      }),
      { numRuns: 300 },
    );
  });
});
