// The rules of ../shared/spec/screening.md as data: outcome rules for danger signs, the level
// rules (first match wins, its id is the `data-reason`), and the notes shown with a level.
// The plain-language condition a clinician reads for each rule is in descriptions.ts, keyed
// by the same ids: the widget runs these rules, and only the preview ships those words.

import { all, any, answered, LEVEL_NOT_OFFERED, levelIn, not, type Condition, type Level } from './conditions';

export type DangerOutcome = 'emergency' | 'crisis';
export type Outcome = DangerOutcome | Level;

export const LEVELS = ['residential', 'iop', 'outpatient'] as const satisfies readonly Level[];
export const OUTCOMES = ['emergency', 'crisis', ...LEVELS] as const satisfies readonly Outcome[];

interface Rule<Id extends string> {
  readonly id: Id;
  readonly when: Condition;
}

export interface DangerRule extends Rule<DangerOutcome> {}
export interface LevelRule extends Rule<ReasonId> {
  readonly level: Level;
}
export interface NoteRule extends Rule<NoteId> {}

/** Danger signs end the screening before any level (principle 1). The first match wins. */
export const DANGER_RULES: readonly DangerRule[] = [
  {
    id: 'emergency',
    when: answered('danger', 'overdose', 'seizure-confusion', 'medical-emergency', 'harm-now'),
  },
  {
    id: 'crisis',
    when: answered('danger', 'suicidal-thoughts'),
  },
];

export type ReasonId =
  | 'needs-24-7'
  | 'home-unsafe-no-sober-living'
  | 'unsure-with-risk'
  | 'home-unsafe-sober-living'
  | 'tried-before'
  | 'home-mixed'
  | 'unsure-or-mental-health'
  | 'stable';

const HOME_UNSAFE = answered('home', 'unsafe');

/**
 * The least intensive level that is likely safe (principle 2), checked from the most to the
 * least intensive so that the first match wins. "Not sure" goes up, not down (principle 3),
 * except `tried-before` = `unsure`, which counts as `no`.
 */
export const LEVEL_RULES: readonly LevelRule[] = [
  {
    id: 'needs-24-7',
    level: 'residential',
    when: answered('support', 'yes'),
  },
  {
    id: 'home-unsafe-no-sober-living',
    level: 'residential',
    // "Not sure" about sober living counts as "no": we cannot count on a safe place to live.
    when: all(HOME_UNSAFE, answered('sober-living', 'no', 'unsure')),
  },
  {
    id: 'unsure-with-risk',
    level: 'residential',
    when: all(
      answered('support', 'unsure'),
      any(
        answered('tried-before', 'yes'),
        answered('home', 'mixed', 'unsafe'),
        answered('mental-health', 'most-days'),
      ),
    ),
  },
  {
    id: 'home-unsafe-sober-living',
    level: 'iop',
    when: all(HOME_UNSAFE, answered('sober-living', 'yes')),
  },
  {
    id: 'tried-before',
    level: 'iop',
    when: answered('tried-before', 'yes'),
  },
  {
    id: 'home-mixed',
    level: 'iop',
    when: answered('home', 'mixed'),
  },
  {
    id: 'unsure-or-mental-health',
    level: 'iop',
    when: any(answered('support', 'unsure'), answered('mental-health', 'most-days')),
  },
  {
    id: 'stable',
    level: 'outpatient',
    // "Otherwise" in the spec. Spelled out so that "why this suggestion" can name the answers;
    // a test checks that it is exactly the complement of the rules above.
    when: all(
      answered('support', 'no'),
      answered('home', 'stable'),
      not(answered('tried-before', 'yes')),
      not(answered('mental-health', 'most-days')),
    ),
  },
];

export type NoteId =
  | 'withdrawal-high'
  | 'withdrawal-check'
  | 'pregnancy-opioids'
  | 'pregnancy'
  | 'naloxone'
  | 'teen'
  | 'co-occurring'
  | 'family-support'
  | 'schedule-step-away-hard'
  | 'schedule-evening'
  | 'schedule-more-support'
  | 'not-offered';

// Alcohol and benzodiazepine withdrawal can cause seizures and delirium; past severe
// withdrawal is the strongest predictor of the next one (principle 4: a medical check first).
const WITHDRAWAL_HIGH: Condition = any(
  answered('withdrawal', 'past-severe-withdrawal'),
  answered('withdrawal', 'daily-benzos'),
  all(answered('withdrawal', 'daily-alcohol'), answered('withdrawal', 'withdrawal-symptoms', 'serious-illness')),
);
const OPIOIDS = answered('withdrawal', 'opioids');
const PREGNANT = answered('withdrawal', 'pregnant');

/** Notes, in the order they are shown; `withdrawal-high` leads the result screen. */
export const NOTE_RULES: readonly NoteRule[] = [
  {
    id: 'withdrawal-high',
    when: WITHDRAWAL_HIGH,
  },
  {
    id: 'withdrawal-check',
    when: all(
      answered('withdrawal', 'daily-alcohol', 'withdrawal-symptoms', 'serious-illness', 'unsure'),
      not(WITHDRAWAL_HIGH),
    ),
  },
  {
    id: 'pregnancy-opioids',
    when: all(PREGNANT, OPIOIDS),
  },
  {
    id: 'pregnancy',
    when: all(PREGNANT, not(OPIOIDS)),
  },
  {
    id: 'naloxone',
    when: OPIOIDS,
  },
  {
    id: 'teen',
    when: answered('age', 'under-18', 'unsure'),
  },
  {
    id: 'co-occurring',
    when: answered('mental-health', 'most-days'),
  },
  {
    id: 'family-support',
    when: all(answered('who', 'loved-one'), answered('wants-help', 'no', 'unsure')),
  },
  {
    id: 'schedule-step-away-hard',
    when: all(levelIn('residential'), not(answered('schedule', 'step-away'))),
  },
  {
    id: 'schedule-evening',
    when: all(levelIn('iop'), answered('schedule', 'one-two-hours-week')),
  },
  {
    id: 'schedule-more-support',
    when: all(levelIn('outpatient'), answered('schedule', 'step-away', 'few-hours-most-days')),
  },
  {
    id: 'not-offered',
    when: LEVEL_NOT_OFFERED,
  },
];
