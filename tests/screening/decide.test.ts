import { describe, expect, it } from 'vitest';
import {
  decide,
  LEVEL_RULES,
  GUIDE_RULES,
  NOTE_RULES,
  type Answers,
  type Decision,
  type GuideId,
  type Level,
  type NoteId,
  type NoteWording,
  type Offer,
  type ReasonId,
} from '../../src/screening';
import { answersWith, LOW_RISK } from '../support/answers';

function level(decision: Decision): { outcome: string; reason: string | null } {
  return { outcome: decision.outcome, reason: 'reason' in decision ? decision.reason : null };
}

function notesOf(answers: Answers, offers?: readonly Offer[]): readonly NoteId[] {
  const decision = decide(answers, offers);
  return 'notes' in decision ? decision.notes : [];
}

describe('decide: danger signs end the screening first', () => {
  it.each([
    [['overdose'], 'emergency'],
    [['seizure-confusion'], 'emergency'],
    [['medical-emergency'], 'emergency'],
    [['harm-now'], 'emergency'],
    [['suicidal-thoughts'], 'crisis'],
    // An emergency sign wins over suicidal thoughts: 911 first, 988 is shown second.
    [['overdose', 'suicidal-thoughts'], 'emergency'],
    [['harm-now', 'suicidal-thoughts'], 'emergency'],
  ] as const)('danger %j -> %s, with no reason and no notes', (danger, outcome) => {
    const decision = decide(answersWith({ danger, support: ['yes'] }));
    expect(decision).toEqual({ outcome, guides: expect.any(Array) });
  });

  it('needs nothing after the danger question', () => {
    expect(decide({ who: ['loved-one'], danger: ['suicidal-thoughts'] })).toEqual({
      outcome: 'crisis',
      guides: ['crisis-safety'],
    });
  });

  it('goes on to the levels when the answer is "none"', () => {
    expect(level(decide(LOW_RISK))).toEqual({ outcome: 'outpatient', reason: 'stable' });
  });
});

describe('decide: levels, first matching rule wins', () => {
  const rows: readonly [string, Answers, Level, ReasonId][] = [
    ['support yes', { support: ['yes'] }, 'residential', 'needs-24-7'],
    [
      'support yes wins over an unsafe home with sober living',
      { support: ['yes'], home: ['unsafe'], 'sober-living': ['yes'] },
      'residential',
      'needs-24-7',
    ],
    [
      'home unsafe, sober living no',
      { home: ['unsafe'], 'sober-living': ['no'] },
      'residential',
      'home-unsafe-no-sober-living',
    ],
    [
      'home unsafe, sober living unsure counts as no',
      { home: ['unsafe'], 'sober-living': ['unsure'] },
      'residential',
      'home-unsafe-no-sober-living',
    ],
    [
      'support unsure with tried before',
      { support: ['unsure'], 'tried-before': ['yes'] },
      'residential',
      'unsure-with-risk',
    ],
    ['support unsure with home mixed', { support: ['unsure'], home: ['mixed'] }, 'residential', 'unsure-with-risk'],
    [
      'support unsure with home unsafe even with sober living',
      { support: ['unsure'], home: ['unsafe'], 'sober-living': ['yes'] },
      'residential',
      'unsure-with-risk',
    ],
    [
      'support unsure with mental health most days',
      { support: ['unsure'], 'mental-health': ['most-days'] },
      'residential',
      'unsure-with-risk',
    ],
    // Boundaries of unsure-with-risk: "not sure" about past treatment is not a risk sign.
    [
      'support unsure, tried before unsure',
      { support: ['unsure'], 'tried-before': ['unsure'] },
      'iop',
      'unsure-or-mental-health',
    ],
    [
      'support unsure, mental health sometimes',
      { support: ['unsure'], 'mental-health': ['sometimes'] },
      'iop',
      'unsure-or-mental-health',
    ],
    ['support unsure alone', { support: ['unsure'] }, 'iop', 'unsure-or-mental-health'],
    ['home unsafe, sober living yes', { home: ['unsafe'], 'sober-living': ['yes'] }, 'iop', 'home-unsafe-sober-living'],
    [
      'home unsafe with sober living wins over tried before',
      { home: ['unsafe'], 'sober-living': ['yes'], 'tried-before': ['yes'] },
      'iop',
      'home-unsafe-sober-living',
    ],
    ['tried before yes', { 'tried-before': ['yes'] }, 'iop', 'tried-before'],
    ['tried before wins over home mixed', { 'tried-before': ['yes'], home: ['mixed'] }, 'iop', 'tried-before'],
    ['home mixed', { home: ['mixed'] }, 'iop', 'home-mixed'],
    ['home mixed wins over mental health', { home: ['mixed'], 'mental-health': ['most-days'] }, 'iop', 'home-mixed'],
    ['mental health most days', { 'mental-health': ['most-days'] }, 'iop', 'unsure-or-mental-health'],
    // Boundaries of the outpatient rule.
    ['mental health sometimes', { 'mental-health': ['sometimes'] }, 'outpatient', 'stable'],
    ['tried before unsure counts as no', { 'tried-before': ['unsure'] }, 'outpatient', 'stable'],
    ['all low risk', {}, 'outpatient', 'stable'],
  ];

  it.each(rows)('%s -> %s (%s)', (_name, changes, outcome, reason) => {
    expect(level(decide(answersWith(changes)))).toEqual({ outcome, reason });
  });

  it('has a row for every level rule', () => {
    const covered = new Set(rows.map((row) => row[3]));
    expect([...covered].sort()).toEqual(LEVEL_RULES.map((rule) => rule.id).sort());
  });

  it.each([
    ['needs-24-7', { support: ['yes'] }, [{ step: 'support', option: 'yes' }]],
    [
      'unsure-with-risk',
      { support: ['unsure'], 'tried-before': ['yes'], 'mental-health': ['most-days'] },
      [
        { step: 'support', option: 'unsure' },
        { step: 'tried-before', option: 'yes' },
        { step: 'mental-health', option: 'most-days' },
      ],
    ],
    [
      'home-unsafe-no-sober-living',
      { home: ['unsafe'], 'sober-living': ['unsure'] },
      [
        { step: 'home', option: 'unsafe' },
        { step: 'sober-living', option: 'unsure' },
      ],
    ],
    [
      'stable',
      {},
      [
        { step: 'support', option: 'no' },
        { step: 'home', option: 'stable' },
      ],
    ],
  ] as const)('names the answers behind %s for "why this suggestion"', (_reason, changes, because) => {
    const decision = decide(answersWith(changes));
    expect('because' in decision && decision.because).toEqual(because);
  });
});

describe('decide: guides on the emergency and crisis screens', () => {
  it.each([
    [['overdose'], ['overdose-first-aid', 'wait-for-help']],
    [['seizure-confusion'], ['seizure-first-aid', 'wait-for-help']],
    [['medical-emergency'], ['wait-for-help']],
    [['harm-now'], ['get-safe', 'wait-for-help']],
    [
      ['overdose', 'seizure-confusion', 'harm-now', 'suicidal-thoughts'],
      ['overdose-first-aid', 'seizure-first-aid', 'get-safe', 'wait-for-help'],
    ],
    [['suicidal-thoughts'], ['crisis-safety']],
    // An emergency sign with suicidal thoughts is an emergency: no crisis guide there.
    [['medical-emergency', 'suicidal-thoughts'], ['wait-for-help']],
  ] as const)('danger %j -> guides %j, in the spec order', (danger, guides) => {
    const decision = decide(answersWith({ danger }));
    expect('guides' in decision && decision.guides).toEqual(guides);
  });

  it('has a row for every guide', () => {
    const shown = new Set<GuideId>();
    for (const danger of [['overdose'], ['seizure-confusion'], ['harm-now'], ['suicidal-thoughts']] as const) {
      const decision = decide(answersWith({ danger }));
      if ('guides' in decision) for (const guide of decision.guides) shown.add(guide);
    }
    expect([...shown].sort()).toEqual(GUIDE_RULES.map((guide) => guide.id).sort());
  });
});

describe('decide: notes', () => {
  const rows: readonly [string, Answers, readonly NoteId[], (readonly Offer[])?][] = [
    ['past severe withdrawal', { withdrawal: ['past-severe-withdrawal'] }, ['withdrawal-high']],
    ['daily benzodiazepines', { withdrawal: ['daily-benzos'] }, ['withdrawal-high']],
    [
      'daily alcohol with symptoms',
      { withdrawal: ['daily-alcohol', 'withdrawal-symptoms'] },
      ['withdrawal-high', 'medications-alcohol'],
    ],
    [
      'daily alcohol with a serious illness',
      { withdrawal: ['daily-alcohol', 'serious-illness'] },
      ['withdrawal-high', 'medications-alcohol'],
    ],
    [
      'daily alcohol while pregnant is high risk too (second edition)',
      { withdrawal: ['daily-alcohol', 'pregnant'] },
      ['withdrawal-high', 'pregnancy', 'medications-alcohol'],
    ],
    [
      'high risk replaces the check',
      { withdrawal: ['daily-alcohol', 'past-severe-withdrawal'] },
      ['withdrawal-high', 'medications-alcohol'],
    ],
    ['daily alcohol alone', { withdrawal: ['daily-alcohol'] }, ['withdrawal-check', 'medications-alcohol']],
    ['symptoms alone', { withdrawal: ['withdrawal-symptoms'] }, ['withdrawal-check']],
    ['serious illness alone', { withdrawal: ['serious-illness'] }, ['withdrawal-check']],
    [
      'pregnant with symptoms but no daily drinking',
      { withdrawal: ['pregnant', 'withdrawal-symptoms'] },
      ['withdrawal-check', 'pregnancy'],
    ],
    ['not sure about withdrawal: the check and naloxone', { withdrawal: ['unsure'] }, ['withdrawal-check', 'naloxone']],
    ['no withdrawal sign', { withdrawal: ['none'] }, []],
    [
      'pregnant and opioids: a first step, then the opioid notes',
      { withdrawal: ['pregnant', 'opioids'] },
      ['pregnancy-opioids', 'naloxone', 'medications-opioids'],
    ],
    ['pregnant without opioids', { withdrawal: ['pregnant'] }, ['pregnancy']],
    ['opioids', { withdrawal: ['opioids'] }, ['naloxone', 'medications-opioids']],
    [
      'both first steps: withdrawal, then pregnancy with opioids',
      { withdrawal: ['daily-alcohol', 'pregnant', 'opioids'] },
      ['withdrawal-high', 'pregnancy-opioids', 'naloxone', 'medications-opioids', 'medications-alcohol'],
    ],
    ['home mixed', { home: ['mixed'], schedule: ['few-hours-most-days'] }, ['home-safety']],
    ['home unsafe', { home: ['unsafe'], 'sober-living': ['yes'], schedule: ['few-hours-most-days'] }, ['home-safety']],
    ['home stable', { home: ['stable'] }, []],
    ['under 18', { age: ['under-18'] }, ['teen']],
    ['age not sure', { age: ['unsure'] }, ['teen']],
    [
      'mental health most days',
      { 'mental-health': ['most-days'], schedule: ['few-hours-most-days'] },
      ['co-occurring'],
    ],
    ['mental health sometimes', { 'mental-health': ['sometimes'] }, []],
    ['loved one who does not want help', { who: ['loved-one'], 'wants-help': ['no'] }, ['family-support']],
    ['loved one not sure about help', { who: ['loved-one'], 'wants-help': ['unsure'] }, ['family-support']],
    ['loved one who wants help', { who: ['loved-one'], 'wants-help': ['yes'] }, []],
    [
      'residential, schedule a few hours',
      { support: ['yes'], schedule: ['few-hours-most-days'] },
      ['schedule-step-away-hard'],
    ],
    ['residential, schedule not sure', { support: ['yes'], schedule: ['unsure'] }, ['schedule-step-away-hard']],
    ['residential, can step away', { support: ['yes'], schedule: ['step-away'] }, []],
    ['IOP, 1-2 hours a week', { 'tried-before': ['yes'], schedule: ['one-two-hours-week'] }, ['schedule-evening']],
    ['IOP, a few hours most days', { 'tried-before': ['yes'], schedule: ['few-hours-most-days'] }, []],
    ['outpatient, can step away', { schedule: ['step-away'] }, ['schedule-more-support']],
    ['outpatient, a few hours most days', { schedule: ['few-hours-most-days'] }, ['schedule-more-support']],
    ['outpatient, schedule not sure', { schedule: ['unsure'] }, []],
    ['outpatient not offered', {}, ['not-offered'], ['residential', 'iop']],
    ['outpatient offered', {}, [], ['outpatient']],
    ['detox is not a level: it never brings "not-offered"', {}, [], ['residential', 'iop', 'outpatient', 'detox']],
    ['a clinic that offers only detox does not offer the level', {}, ['not-offered'], ['detox']],
    [
      'the first step leads, then teen, then the spec order',
      { withdrawal: ['opioids', 'past-severe-withdrawal'], age: ['under-18'], 'mental-health': ['most-days'] },
      ['withdrawal-high', 'teen', 'naloxone', 'medications-opioids', 'co-occurring', 'schedule-evening'],
    ],
  ];

  it.each(rows)('%s -> %j', (_name, changes, notes, offers) => {
    expect(notesOf(answersWith(changes), offers)).toEqual(notes);
  });

  it('has a row for every note', () => {
    const covered = new Set(rows.flatMap((row) => row[2]));
    expect([...covered].sort()).toEqual(NOTE_RULES.map((note) => note.id).sort());
  });

  it('gives no note with a danger outcome', () => {
    expect(decide(answersWith({ danger: ['overdose'], withdrawal: ['opioids'] }))).toEqual({
      outcome: 'emergency',
      guides: ['overdose-first-aid', 'wait-for-help'],
    });
  });
});

describe('decide: how a note is worded', () => {
  function wordingOf(changes: Answers, note: NoteId, offers?: readonly Offer[]): NoteWording | undefined {
    const decision = decide(answersWith(changes), offers);
    return 'wording' in decision ? decision.wording[note] : undefined;
  }

  it.each([
    [
      'daily drinking with symptoms: medical detox, found elsewhere',
      { withdrawal: ['daily-alcohol', 'withdrawal-symptoms'] },
      undefined,
      { variant: 'medical-detox', parts: ['detox-elsewhere', 'if-no-answer'] },
    ],
    [
      'past severe withdrawal at a clinic with detox: "we offer medical detox"',
      { withdrawal: ['past-severe-withdrawal'] },
      ['iop', 'detox'],
      { variant: 'medical-detox', parts: ['detox-here', 'if-no-answer'] },
    ],
    [
      'daily benzodiazepines alone: a taper, and detox is not the point',
      { withdrawal: ['daily-benzos'] },
      ['residential', 'iop', 'outpatient', 'detox'],
      { variant: 'taper', parts: ['if-no-answer'] },
    ],
    [
      'benzodiazepines with past severe withdrawal: medical detox wins',
      { withdrawal: ['daily-benzos', 'past-severe-withdrawal'] },
      undefined,
      { variant: 'medical-detox', parts: ['detox-elsewhere', 'if-no-answer'] },
    ],
    [
      'with opioids: ask about buprenorphine or methadone',
      { withdrawal: ['daily-alcohol', 'serious-illness', 'opioids'] },
      undefined,
      { variant: 'medical-detox', parts: ['detox-elsewhere', 'opioids', 'if-no-answer'] },
    ],
    [
      'daily drinking while pregnant',
      { withdrawal: ['daily-alcohol', 'pregnant'] },
      undefined,
      { variant: 'medical-detox', parts: ['detox-elsewhere', 'if-no-answer'] },
    ],
  ] as const)('withdrawal-high: %s', (_name, changes, offers, wording) => {
    expect(wordingOf(changes, 'withdrawal-high', offers)).toEqual(wording);
  });

  it.each([
    ['alone, the medicines are named', { withdrawal: ['daily-alcohol'] }, 'named'],
    ['with opioids, a doctor checks', { withdrawal: ['daily-alcohol', 'opioids'] }, 'doctor-checks'],
    ['while pregnant, a doctor checks', { withdrawal: ['daily-alcohol', 'pregnant'] }, 'doctor-checks'],
  ] as const)('medications-alcohol: %s', (_name, changes, variant) => {
    expect(wordingOf(changes, 'medications-alcohol')).toEqual({ variant, parts: [] });
  });

  it('home-safety adds 211 only when home is unsafe', () => {
    expect(wordingOf({ home: ['mixed'] }, 'home-safety')).toEqual({ variant: null, parts: [] });
    expect(wordingOf({ home: ['unsafe'], 'sober-living': ['no'] }, 'home-safety')).toEqual({
      variant: null,
      parts: ['no-safe-place'],
    });
  });

  it('pregnancy-opioids reads as a second thing to do after the withdrawal step', () => {
    expect(wordingOf({ withdrawal: ['pregnant', 'opioids'] }, 'pregnancy-opioids')).toEqual({
      variant: null,
      parts: [],
    });
    expect(wordingOf({ withdrawal: ['daily-benzos', 'pregnant', 'opioids'] }, 'pregnancy-opioids')).toEqual({
      variant: 'after-withdrawal',
      parts: [],
    });
  });

  it('gives a wording only for notes that have several', () => {
    const decision = decide(answersWith({ withdrawal: ['opioids'], age: ['under-18'] }));
    expect('wording' in decision && Object.keys(decision.wording)).toEqual([]);
  });
});

describe('decide: refuses half a screening', () => {
  it('names every step without an answer', () => {
    const { support: _support, home: _home, ...partial } = LOW_RISK;
    expect(() => decide(partial)).toThrow('decide() needs an answer for: support, home');
  });

  it('asks for sober living when home is unsafe', () => {
    expect(() => decide(answersWith({ home: ['unsafe'] }))).toThrow('sober-living');
  });

  it('asks for wants-help when the screening is for a loved one', () => {
    expect(() => decide(answersWith({ who: ['loved-one'] }))).toThrow('wants-help');
  });
});
