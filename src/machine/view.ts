// toView(snapshot, offers): everything the UI shows, derived from the machine's state and the
// clinic's options. The UI renders this and sends events; it never inspects the machine.

import type { SnapshotFrom } from 'xstate';
import {
  plannedSteps,
  withoutDangerSigns,
  withNotes,
  questionFor,
  type Answers,
  type Decision,
  type Offer,
  type OptionId,
  type QuestionKind,
  type StepId,
  type Voice,
} from '../screening';
import type { ScreeningMachine } from './screening-machine';

export type ScreeningSnapshot = SnapshotFrom<ScreeningMachine>;

interface IntroScreen {
  readonly kind: 'intro';
}

export interface QuestionScreen {
  readonly kind: 'question';
  readonly step: StepId;
  readonly answerKind: QuestionKind;
  readonly options: readonly { readonly id: OptionId; readonly chosen: boolean }[];
  readonly error: 'nothing-chosen' | null;
  /** "Question `number` of `total`", counting the steps this visitor will see. */
  readonly progress: { readonly number: number; readonly total: number };
  readonly canGoBack: boolean;
}

export interface ResultScreen {
  readonly kind: 'result';
  readonly decision: Decision;
}

export type Screen = IntroScreen | QuestionScreen | ResultScreen;

export interface View {
  readonly screen: Screen;
  readonly voice: Voice;
  readonly helpOpen: boolean;
}

/** The untouched intro: what toView gives for the machine's first state. */
const INTRO_VIEW: View = { screen: { kind: 'intro' }, voice: 'self', helpOpen: false };

/**
 * What the UI shows for `snapshot`; null stands for a screening whose machine is not built
 * yet, which is always the untouched intro (see the session in src/embed/session.ts).
 */
export function toView(snapshot: ScreeningSnapshot | null, offers: readonly Offer[]): View {
  if (snapshot === null) return INTRO_VIEW;
  const view: View = {
    screen: toScreen(snapshot, offers),
    voice: snapshot.context.answers.who?.[0] === 'loved-one' ? 'loved-one' : 'self',
    helpOpen: snapshot.matches({ help: 'open' }),
  };
  // The same object for the same intro: when the machine is built after the intro is up,
  // null becomes the machine's first state, and the widget then has nothing to render again.
  const untouchedIntro = view.screen.kind === 'intro' && view.voice === 'self' && !view.helpOpen;
  return untouchedIntro ? INTRO_VIEW : view;
}

/** The screen of a snapshot, read from the machine's own tags and transitions. */
function toScreen(snapshot: ScreeningSnapshot, offers: readonly Offer[]): Screen {
  const { answers, accepted, error, decided } = snapshot.context;
  // The outcome is the one the machine decided; only the notes, which follow `offers`, are
  // added here.
  if (snapshot.hasTag('result') && decided) return { kind: 'result', decision: withNotes(decided, answers, offers) };
  const step = questionStep(snapshot);
  if (step === null) return { kind: 'intro' };
  const question = questionFor(step);
  const chosen: readonly OptionId[] = answers[step] ?? [];
  return {
    kind: 'question',
    step,
    answerKind: question.kind,
    options: question.options.map((id) => ({ id, chosen: chosen.includes(id) })),
    error,
    progress: progressAt(step, accepted),
    canGoBack: snapshot.can({ type: 'step.back' }),
  };
}

/** The question a snapshot is on (a state tagged `question` is named by its step), or null. */
export function questionStep(snapshot: ScreeningSnapshot): StepId | null {
  const flow = snapshot.value.flow;
  return snapshot.hasTag('question') && typeof flow === 'string' ? (flow as StepId) : null;
}

/**
 * Counts with the answers as of the last Continue: the current step's unsubmitted choice (a
 * danger sign, say) does not change the count, and going Back does not shrink it. A danger
 * sign never shortens the count: back on `danger` from an emergency or crisis screen, it reads
 * as if no sign were chosen (screening.md, screen behaviour).
 */
function progressAt(step: StepId, accepted: Answers): QuestionScreen['progress'] {
  const planned = plannedSteps(withoutDangerSigns(accepted));
  return { number: planned.indexOf(step) + 1, total: planned.length };
}
