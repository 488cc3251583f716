// The questions of the screening, as ids only: which steps exist, in which order, what can be
// chosen and when each step is asked. The words live in src/copy/; the clinical contract is
// ../shared/spec/screening.md and every id here is spelled exactly as it is there.

/** "one": a single answer (radios). "many": any number of answers (checkboxes). */
export type QuestionKind = 'one' | 'many';

/** Any answer on the danger screen that ends the flow at once (emergency or crisis). */
export const DANGER_SIGNS = [
  'overdose',
  'seizure-confusion',
  'medical-emergency',
  'harm-now',
  'suicidal-thoughts',
] as const;

/**
 * Every question in the order the visitor meets it. `exclusive` options ("none", "not sure")
 * cannot be combined with any other option of the same question. When each step is shown is
 * in flow.ts (`SHOWN_WHEN`), as it is written with the conditions that use these types.
 */
export const QUESTIONS = [
  { id: 'who', kind: 'one', options: ['self', 'loved-one'] },
  { id: 'danger', kind: 'many', options: [...DANGER_SIGNS, 'none'], exclusive: ['none'] },
  { id: 'age', kind: 'one', options: ['adult', 'under-18', 'unsure'] },
  {
    id: 'withdrawal',
    kind: 'many',
    options: [
      'daily-alcohol',
      'daily-benzos',
      'past-severe-withdrawal',
      'withdrawal-symptoms',
      'pregnant',
      'opioids',
      'serious-illness',
      'none',
      'unsure',
    ],
    exclusive: ['none', 'unsure'],
  },
  { id: 'support', kind: 'one', options: ['yes', 'unsure', 'no'] },
  { id: 'tried-before', kind: 'one', options: ['yes', 'no', 'unsure'] },
  { id: 'home', kind: 'one', options: ['stable', 'mixed', 'unsafe'] },
  { id: 'sober-living', kind: 'one', options: ['yes', 'no', 'unsure'] },
  { id: 'mental-health', kind: 'one', options: ['most-days', 'sometimes', 'no'] },
  {
    id: 'schedule',
    kind: 'one',
    options: ['step-away', 'few-hours-most-days', 'one-two-hours-week', 'unsure'],
  },
  { id: 'wants-help', kind: 'one', options: ['yes', 'unsure', 'no'] },
] as const satisfies readonly QuestionShape[];

interface QuestionShape {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly options: readonly string[];
  readonly exclusive?: readonly string[];
}

export type Question = (typeof QUESTIONS)[number];
export type StepId = Question['id'];
/** The option ids of one step, e.g. `OptionOf<'home'>` is `'stable' | 'mixed' | 'unsafe'`. */
export type OptionOf<S extends StepId> = Extract<Question, { id: S }>['options'][number];
export type OptionId = { [S in StepId]: OptionOf<S> }[StepId];

/**
 * Whose screening it is, as the first question was answered: the words say "you" for `self`
 * and "they" for `loved-one`. The option ids themselves, so a new answer to `who` needs words.
 */
export type Voice = OptionOf<'who'>;

/**
 * What the visitor has answered so far, by step. Every answer is a list, a single-element one
 * for a "one" question, so that conditions and the UI treat both kinds alike.
 */
export type Answers = { readonly [S in StepId]?: readonly OptionOf<S>[] };

export const STEP_IDS: readonly StepId[] = QUESTIONS.map((question) => question.id);

export function questionFor<S extends StepId>(step: S): Extract<Question, { id: S }> {
  const question = QUESTIONS.find((candidate) => candidate.id === step);
  if (!question) throw new Error(`Unknown step "${step}"`);
  return question as Extract<Question, { id: S }>;
}

export function exclusiveOptions(step: StepId): readonly OptionId[] {
  const question: QuestionShape = questionFor(step);
  return (question.exclusive ?? []) as readonly OptionId[];
}

export function isOptionOf<S extends StepId>(step: S, option: string): option is OptionOf<S> {
  return (questionFor(step).options as readonly string[]).includes(option);
}

/** The option ids of one step, in the order they are shown. */
export function optionsOf<S extends StepId>(step: S): readonly OptionOf<S>[] {
  return questionFor(step).options as readonly string[] as readonly OptionOf<S>[];
}
