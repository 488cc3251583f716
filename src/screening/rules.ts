// The rules of ../shared/spec/screening.md as data: outcome rules for danger signs, the level
// rules (first match wins, its id is the `data-reason`), and the notes shown with a level.
// The plain-language condition a clinician reads for each rule is in descriptions.ts, keyed
// by the same ids: the widget runs these rules, and only the preview ships those words.

import {
  all,
  any,
  answered,
  ALWAYS,
  LEVEL_NOT_OFFERED,
  levelIn,
  not,
  offered,
  type Condition,
  type Level,
  type Offer,
} from './conditions';

export type DangerOutcome = 'emergency' | 'crisis';
export type Outcome = DangerOutcome | Level;

export const LEVELS = ['residential', 'iop', 'outpatient'] as const satisfies readonly Level[];
export const OUTCOMES = ['emergency', 'crisis', ...LEVELS] as const satisfies readonly Outcome[];
/** What a clinic can list in `offers`: the levels, and medical detox (not a level). */
export const OFFERS = [...LEVELS, 'detox'] as const satisfies readonly Offer[];

interface Rule<Id extends string> {
  readonly id: Id;
  readonly when: Condition;
}

export interface DangerRule extends Rule<DangerOutcome> {}
export interface LevelRule extends Rule<ReasonId> {
  readonly level: Level;
  /**
   * How the result presents the level. `tentative`: "may be needed" rather than "may fit"
   * (the visitor was not sure, and a counselor helps choose). `meaning`: the level reads
   * differently for this reason (IOP while living in a sober living home).
   */
  readonly tentative?: true;
  readonly meaning?: 'sober-living';
}

/** A wording of a note that applies only when its condition holds (screening.md: "worded by"). */
interface Wording<Id extends string = string> {
  readonly id: Id;
  readonly when: Condition;
}

export interface NoteRule extends Rule<NoteId> {
  /**
   * A first step (principle 7): shown above the level as the screen's heading, where focus
   * lands, with the level introduced as what comes after it.
   */
  readonly firstStep?: true;
  /** Shown first among the other notes, right after the level ("teen"). */
  readonly leadsOthers?: true;
  /** The clinic's call button is labelled for safe withdrawal. */
  readonly callFor?: 'safe-withdrawal';
  /** The one wording that fits (the first that holds), when the note has several. */
  readonly variants?: readonly Wording[];
  /** Extra paragraphs, each shown when its condition holds, in this order. */
  readonly parts?: readonly Wording[];
}

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
    tentative: true,
    when: all(
      answered('support', 'unsure'),
      any(answered('tried-before', 'yes'), answered('home', 'mixed', 'unsafe'), answered('mental-health', 'most-days')),
    ),
  },
  {
    id: 'home-unsafe-sober-living',
    level: 'iop',
    meaning: 'sober-living',
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
  | 'medications-opioids'
  | 'medications-alcohol'
  | 'home-safety'
  | 'teen'
  | 'co-occurring'
  | 'family-support'
  | 'schedule-step-away-hard'
  | 'schedule-evening'
  | 'schedule-more-support'
  | 'not-offered';

const OPIOIDS = answered('withdrawal', 'opioids');
const PREGNANT = answered('withdrawal', 'pregnant');
const DAILY_ALCOHOL = answered('withdrawal', 'daily-alcohol');

// Alcohol withdrawal can cause seizures and delirium (DTs); past severe withdrawal is the
// strongest predictor of the next one, and daily drinking with symptoms, a serious illness or a
// pregnancy needs medical care to stop safely (principles 4 and 7).
const NEEDS_MEDICAL_DETOX: Condition = any(
  answered('withdrawal', 'past-severe-withdrawal'),
  all(DAILY_ALCOHOL, answered('withdrawal', 'withdrawal-symptoms', 'serious-illness', 'pregnant')),
);
// Stopping benzodiazepines or sleeping pills suddenly can cause seizures: the safe way is a
// slow taper planned with the prescriber (the published benzodiazepine-tapering guidance).
const WITHDRAWAL_HIGH: Condition = any(NEEDS_MEDICAL_DETOX, answered('withdrawal', 'daily-benzos'));

/**
 * Notes, in the spec's table order. The result shows the first steps above the level, then
 * the note that leads the others (`teen`), then the rest in this order (see `displayOrder`).
 */
export const NOTE_RULES: readonly NoteRule[] = [
  {
    id: 'withdrawal-high',
    when: WITHDRAWAL_HIGH,
    firstStep: true,
    callFor: 'safe-withdrawal',
    variants: [
      { id: 'medical-detox', when: NEEDS_MEDICAL_DETOX },
      { id: 'taper', when: ALWAYS },
    ],
    parts: [
      { id: 'detox-here', when: all(NEEDS_MEDICAL_DETOX, offered('detox')) },
      { id: 'detox-elsewhere', when: all(NEEDS_MEDICAL_DETOX, not(offered('detox'))) },
      // Stopping opioids without buprenorphine or methadone raises the risk of overdose:
      // "detox" must never read as coming off opioids alone (principle 8).
      { id: 'opioids', when: OPIOIDS },
      { id: 'if-no-answer', when: ALWAYS },
    ],
  },
  {
    id: 'withdrawal-check',
    when: all(
      answered('withdrawal', 'daily-alcohol', 'withdrawal-symptoms', 'serious-illness', 'unsure'),
      not(WITHDRAWAL_HIGH),
    ),
  },
  {
    // Buprenorphine or methadone is the recommended care for opioid use in pregnancy; a
    // sudden stop raises the risk of relapse and overdose.
    id: 'pregnancy-opioids',
    when: all(PREGNANT, OPIOIDS),
    firstStep: true,
    // Right after the withdrawal step, it reads as a second thing to do today.
    variants: [{ id: 'after-withdrawal', when: WITHDRAWAL_HIGH }],
  },
  {
    id: 'pregnancy',
    when: all(PREGNANT, not(OPIOIDS)),
  },
  {
    id: 'naloxone',
    // Not sure what is used: pills or powders not from a pharmacy can contain fentanyl.
    when: any(OPIOIDS, answered('withdrawal', 'unsure')),
  },
  {
    id: 'medications-opioids',
    when: OPIOIDS,
  },
  {
    id: 'medications-alcohol',
    when: DAILY_ALCOHOL,
    variants: [
      // Naltrexone cannot be taken while using opioids, and medicines in pregnancy need a
      // doctor's check: name no medicine then.
      { id: 'doctor-checks', when: any(OPIOIDS, PREGNANT) },
      { id: 'named', when: ALWAYS },
    ],
  },
  {
    id: 'home-safety',
    when: answered('home', 'mixed', 'unsafe'),
    parts: [{ id: 'no-safe-place', when: answered('home', 'unsafe') }],
  },
  {
    id: 'teen',
    when: answered('age', 'under-18', 'unsure'),
    leadsOthers: true,
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

/** The rule of a note, for what the result screen and the preview read from it. */
export function noteRule(id: NoteId): NoteRule {
  const rule = NOTE_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Unknown note "${id}"`);
  return rule;
}

/** The rule of a level reason. */
export function levelRule(id: ReasonId): LevelRule {
  const rule = LEVEL_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Unknown reason "${id}"`);
  return rule;
}

export type GuideId = 'overdose-first-aid' | 'seizure-first-aid' | 'get-safe' | 'wait-for-help' | 'crisis-safety';

export interface GuideRule extends Rule<GuideId> {
  readonly outcome: DangerOutcome;
}

/**
 * What to do while help comes, on the emergency and crisis screens (`data-guide`), in the
 * order shown: after the 911 (or 988) action and before everything else.
 */
export const GUIDE_RULES: readonly GuideRule[] = [
  { id: 'overdose-first-aid', outcome: 'emergency', when: answered('danger', 'overdose') },
  { id: 'seizure-first-aid', outcome: 'emergency', when: answered('danger', 'seizure-confusion') },
  { id: 'get-safe', outcome: 'emergency', when: answered('danger', 'harm-now') },
  { id: 'wait-for-help', outcome: 'emergency', when: ALWAYS },
  { id: 'crisis-safety', outcome: 'crisis', when: ALWAYS },
];
