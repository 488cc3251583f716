// The rules of ../shared/spec/screening.md as data: outcome rules for danger signs, the level
// rules (first match wins, its id is the `data-reason`), and the notes shown with a level.
// `description` is the plain-language condition a clinician reads in the preview.

import { all, any, answered, LEVEL_NOT_OFFERED, levelIn, not, type Condition, type Level } from './conditions';

export type DangerOutcome = 'emergency' | 'crisis';
export type Outcome = DangerOutcome | Level;

export const LEVELS = ['residential', 'iop', 'outpatient'] as const satisfies readonly Level[];
export const OUTCOMES = ['emergency', 'crisis', ...LEVELS] as const satisfies readonly Outcome[];

interface Rule<Id extends string> {
  readonly id: Id;
  readonly when: Condition;
  readonly description: string;
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
    description:
      'A possible overdose, a seizure or severe confusion after stopping, a medical emergency, or someone hurt or about to be hurt. Call 911 first.',
  },
  {
    id: 'crisis',
    when: answered('danger', 'suicidal-thoughts'),
    description: 'Thoughts of suicide or of hurting someone, and no emergency sign. Call or text 988 first.',
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
    description: 'Needs someone around day and night right now to stay safe or to stop.',
  },
  {
    id: 'home-unsafe-no-sober-living',
    level: 'residential',
    // "Not sure" about sober living counts as "no": we cannot count on a safe place to live.
    when: all(HOME_UNSAFE, answered('sober-living', 'no', 'unsure')),
    description: 'Home is not safe or not steady, and living in a sober living home is not possible or not sure.',
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
    description:
      'Not sure about needing support day and night, and at least one risk: tried treatment before and kept using, home is not steady or not safe, or mental health makes most days very hard. Worded "may need"; a counselor helps choose between residential and IOP.',
  },
  {
    id: 'home-unsafe-sober-living',
    level: 'iop',
    when: all(HOME_UNSAFE, answered('sober-living', 'yes')),
    description: 'Home is not safe or not steady, and could live in a sober living home during treatment.',
  },
  {
    id: 'tried-before',
    level: 'iop',
    when: answered('tried-before', 'yes'),
    description: 'Tried counseling or outpatient treatment before and kept using.',
  },
  {
    id: 'home-mixed',
    level: 'iop',
    when: answered('home', 'mixed'),
    description: 'Others use at home, or there is a lot of conflict there.',
  },
  {
    id: 'unsure-or-mental-health',
    level: 'iop',
    when: any(answered('support', 'unsure'), answered('mental-health', 'most-days')),
    description: 'Not sure about needing support day and night, or mental health makes most days very hard.',
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
    description: 'None of the above: no need for support day and night, a safe and steady home, no failed treatment before, and mental health does not make most days very hard.',
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
    description:
      'Severe withdrawal before, or daily benzodiazepines or sleeping pills, or daily drinking with withdrawal symptoms or a serious illness. Shown above the level: do not stop suddenly alone, get a medical check today; the call button is labelled for safe withdrawal.',
  },
  {
    id: 'withdrawal-check',
    when: all(
      answered('withdrawal', 'daily-alcohol', 'withdrawal-symptoms', 'serious-illness', 'unsure'),
      not(WITHDRAWAL_HIGH),
    ),
    description:
      'Daily drinking, withdrawal symptoms, a serious illness or age over 65, or not sure, without the high-risk signs above. A medical check before stopping is a good idea.',
  },
  {
    id: 'pregnancy-opioids',
    when: all(PREGNANT, OPIOIDS),
    description: 'Pregnant and using opioids: do not stop opioids suddenly; talk to a doctor or prenatal provider today.',
  },
  {
    id: 'pregnancy',
    when: all(PREGNANT, not(OPIOIDS)),
    description: 'Pregnant, without opioids: tell the prenatal provider and the clinic.',
  },
  {
    id: 'naloxone',
    when: OPIOIDS,
    description: 'Uses opioids: keep naloxone nearby; overdose risk is higher after a break.',
  },
  {
    id: 'teen',
    when: answered('age', 'under-18', 'unsure'),
    description: 'Under 18 or age not sure: programs for teens differ; call about options for young people.',
  },
  {
    id: 'co-occurring',
    when: answered('mental-health', 'most-days'),
    description: 'Mental health makes most days very hard: look for care that treats mental health too.',
  },
  {
    id: 'family-support',
    when: all(answered('who', 'loved-one'), answered('wants-help', 'no', 'unsure')),
    description:
      'Asking for a loved one who does not want help now, or is not sure: help for the family now, and the SAMHSA helpline.',
  },
  {
    id: 'schedule-step-away-hard',
    when: all(levelIn('residential'), not(answered('schedule', 'step-away'))),
    description: 'Residential, but stepping away for a few weeks is hard or not sure: keep residential, call to talk about options.',
  },
  {
    id: 'schedule-evening',
    when: all(levelIn('iop'), answered('schedule', 'one-two-hours-week')),
    description: 'IOP, but only 1-2 hours a week free: keep IOP; many programs meet evenings or weekends.',
  },
  {
    id: 'schedule-more-support',
    when: all(levelIn('outpatient'), answered('schedule', 'step-away', 'few-hours-most-days')),
    description: 'Outpatient, with time for more: keep outpatient; ask about IOP for more support.',
  },
  {
    id: 'not-offered',
    when: LEVEL_NOT_OFFERED,
    description: 'The clinic does not offer the suggested level: it can help find it; SAMHSA helpline and FindTreatment.gov.',
  },
];
