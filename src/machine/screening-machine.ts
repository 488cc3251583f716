// The screening as a statechart: intro, one state per question in the spec's order, the five
// outcomes, and a crisis panel that opens over any of them. Guards ask src/screening/; the
// effects the host sees (events on the element) are emitted events that the session relays.

import { assertEvent, assign, emit, setup } from 'xstate';
import {
  applyChoice,
  dangerOutcome,
  decideOutcome,
  isOptionOf,
  isStepShown,
  NO_DANGER_SIGN,
  OUTCOMES,
  SHOWN_WHEN,
  STEP_IDS,
  withoutSkippedAnswers,
  type Answers,
  type OptionId,
  type OptionOf,
  type DecidedOutcome,
  type Outcome,
  type StepId,
} from '../screening';

interface ScreeningContext {
  /** The answers as they stand, the current step's unsubmitted choice included. */
  readonly answers: Answers;
  /**
   * The answers as of the last Continue. Back returns to them (a choice made but not
   * submitted is dropped), and the progress count reads them.
   */
  readonly accepted: Answers;
  /** Set when Continue is pressed with nothing chosen; cleared by the next choice or step. */
  readonly error: 'nothing-chosen' | null;
  /**
   * The outcome, decided once when the result is entered (or when resume.ts restores one),
   * and null everywhere else. The result state and the view both read it.
   */
  readonly decided: DecidedOutcome | null;
}

export type ScreeningEvent =
  | { type: 'flow.start' }
  | { type: 'answer.select'; option: OptionId }
  | { type: 'answer.deselect'; option: OptionId }
  | { type: 'step.continue' }
  | { type: 'step.back' }
  | { type: 'flow.restart' }
  | { type: 'help.open' }
  | { type: 'help.close' }
  | { type: 'call.press' };

/** What the machine tells the outside: that something happened, never what was answered. */
type ScreeningEmitted = { type: 'started' } | { type: 'completed' } | { type: 'call-pressed' };

const FLOW = '#screening.flow';

let built: ScreeningMachine | undefined;

/**
 * The screening machine, built on first use. Building it (every state node and transition)
 * takes about 4 ms on a desktop and 15 ms on a phone-speed CPU; the widget's first screen, the
 * intro, does not need it, so the widget builds it after that screen is up (see session.ts).
 */
export function screeningMachine(): ScreeningMachine {
  built ??= buildScreeningMachine();
  return built;
}

export type ScreeningMachine = ReturnType<typeof buildScreeningMachine>;

const buildScreeningMachine = () =>
  setup({
    types: {
      context: {} as ScreeningContext,
      events: {} as ScreeningEvent,
      emitted: {} as ScreeningEmitted,
    },
    guards: {
      nothingChosen: ({ context }, params: { step: StepId }) => (context.answers[params.step]?.length ?? 0) === 0,
      stepShown: ({ context }, params: { step: StepId }) => isStepShown(params.step, context.answers),
      // Asked on Continue from the danger question: any danger sign ends the flow.
      dangerSignChosen: ({ context }) => dangerOutcome(context.answers) !== null,
      // Reads the outcome decided on entering the result; it never decides again.
      decidedIs: ({ context }, params: { outcome: Outcome }) => context.decided?.outcome === params.outcome,
    },
    actions: {
      choose: assign(({ context, event }, params: { step: StepId }) => {
        assertEvent(event, ['answer.select', 'answer.deselect']);
        const step = params.step;
        // The UI only offers this step's options; anything else is ignored rather than stored.
        if (!isOptionOf(step, event.option)) return {};
        const current = (context.answers[step] ?? []) as readonly OptionOf<typeof step>[];
        const next = applyChoice(step, current, event.option, event.type === 'answer.select');
        return { answers: { ...context.answers, [step]: next }, error: null };
      }),
      flagNothingChosen: assign({ error: 'nothing-chosen' as const }),
      // An answer that skips a later step discards that step's stored answer (spec: Back).
      acceptAnswer: assign(({ context }) => {
        const kept = withoutSkippedAnswers(context.answers);
        return { answers: kept, accepted: kept, error: null };
      }),
      // Back leaves the current step as it was last submitted, so that an unsubmitted choice
      // (a danger sign ticked, then Back) can never skip or discard later answers.
      discardChoice: assign(({ context }) => ({ answers: context.accepted, error: null })),
      forgetAnswers: assign({ answers: {}, accepted: {}, error: null }),
      decide: assign(({ context }) => ({ decided: decideOutcome(context.answers) })),
      forgetOutcome: assign({ decided: null }),
      // What the host page may learn, as emitted events the session listens to (actor.on).
      // Not actions supplied with machine.provide(): provide() builds the whole machine again,
      // which costs about 4 ms on a desktop and 16 on a phone, in the task that shows the widget.
      notifyStarted: emit({ type: 'started' } as const),
      notifyCompleted: emit({ type: 'completed' } as const),
      notifyCallPressed: emit({ type: 'call-pressed' } as const),
    },
  }).createMachine({
    id: 'screening',
    type: 'parallel',
    // A screening restored after a reload (or the preview's start) is a snapshot made by
    // resume.ts, never an input: every actor starts empty.
    context: { answers: {}, accepted: {}, error: null, decided: null },
    states: {
      flow: {
        initial: 'intro',
        states: {
          intro: {
            on: { 'flow.start': { target: 'who', actions: 'notifyStarted' } },
          },
          // One state per question, in the spec's order, each built by question() from the
          // flow table in src/screening (QUESTIONS and SHOWN_WHEN): the order is written once.
          ...QUESTION_STATES,
          result: {
            tags: ['result'],
            // Entered only by Continue: a screening restored after a reload does not run it
            // (resume.ts decides the restored outcome itself).
            entry: ['decide', 'notifyCompleted'],
            exit: 'forgetOutcome',
            initial: 'deciding',
            on: {
              // From a level back to the last question that was asked.
              'step.back': backFrom(STEP_IDS.length),
              'flow.restart': { target: 'intro', actions: 'forgetAnswers' },
              'call.press': { actions: 'notifyCallPressed' },
            },
            states: {
              // On entry, the outcome just decided, in the same step.
              deciding: { always: toDecidedOutcome() },
              // From a danger outcome, Back returns to the danger question.
              emergency: { on: { 'step.back': back('danger') } },
              crisis: { on: { 'step.back': back('danger') } },
              residential: {},
              iop: {},
              outpatient: {},
            },
          },
        },
      },
      // The "Need help now?" panel opens over whatever the flow shows and leaves it untouched.
      help: {
        initial: 'closed',
        states: {
          closed: { on: { 'help.open': 'open' } },
          open: { on: { 'help.close': 'closed' } },
        },
      },
    },
  });

// Transition builders shared by the question states. They keep each state to its one
// difference (where Continue and Back go) so that the flow reads like the spec's table.

function choosing(step: StepId) {
  const choose = { type: 'choose', params: { step } } as const;
  return {
    'answer.select': { actions: choose },
    'answer.deselect': { actions: choose },
  };
}

function nothingChosen(step: StepId) {
  return { guard: { type: 'nothingChosen', params: { step } }, actions: 'flagNothingChosen' } as const;
}

function back(step: StepId) {
  return { target: `${FLOW}.${step}`, actions: 'discardChoice' } as const;
}

/**
 * A step that the answers can skip: one with a "shown when" of its own. The danger rule that
 * every step after `danger` shares is left out: a danger sign ends the flow at `danger`, so
 * no Continue or Back ever passes a step for it.
 */
function mayBeSkipped(step: StepId): boolean {
  const shownWhen = SHOWN_WHEN[step];
  return shownWhen !== undefined && shownWhen !== NO_DANGER_SIGN;
}

function toStep(step: StepId | 'result', actions: 'acceptAnswer' | 'discardChoice', guarded: boolean) {
  return {
    ...(guarded && step !== 'result' ? { guard: { type: 'stepShown', params: { step } } as const } : {}),
    target: `${FLOW}.${step}`,
    actions,
  } as const;
}

/** Continue from the step at `index`: the next step the answers show, else the result. */
function continueFrom(index: number) {
  const transitions: ReturnType<typeof toStep>[] = [];
  for (const next of STEP_IDS.slice(index + 1)) {
    transitions.push(toStep(next, 'acceptAnswer', mayBeSkipped(next)));
    if (!mayBeSkipped(next)) return transitions;
  }
  return [...transitions, toStep('result', 'acceptAnswer', false)];
}

/** Back from the step at `index` (or from the result, past the last): the last step shown. */
function backFrom(index: number) {
  const transitions: ReturnType<typeof toStep>[] = [];
  for (const previous of STEP_IDS.slice(0, index).reverse()) {
    transitions.push(toStep(previous, 'discardChoice', mayBeSkipped(previous)));
    if (!mayBeSkipped(previous)) return transitions;
  }
  return transitions;
}

/** Continue from the danger question with a danger sign: straight to the result. */
function toDangerResult() {
  return { guard: 'dangerSignChosen', target: `${FLOW}.result`, actions: 'acceptAnswer' } as const;
}

function toDecidedOutcome() {
  return OUTCOMES.map(
    (outcome) => ({ guard: { type: 'decidedIs', params: { outcome } }, target: `${FLOW}.result.${outcome}` }) as const,
  );
}

/**
 * A question: choosing changes the answer, Continue goes on (the danger question first checks
 * for a danger sign, which ends the flow), Back returns to the last step shown (none from the
 * first question).
 */
function question(step: StepId) {
  const index = STEP_IDS.indexOf(step);
  return {
    tags: ['question'],
    on: {
      ...choosing(step),
      'step.continue': [nothingChosen(step), ...(step === 'danger' ? [toDangerResult()] : []), ...continueFrom(index)],
      ...(index > 0 ? { 'step.back': backFrom(index) } : {}),
    },
  } as const;
}

const QUESTION_STATES = Object.fromEntries(STEP_IDS.map((step) => [step, question(step)])) as {
  readonly [S in StepId]: ReturnType<typeof question>;
};
