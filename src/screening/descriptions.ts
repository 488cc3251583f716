// Each rule of rules.ts in plain language, for the clinician preview and the tests: what a
// clinical director reads and signs off. Keyed by rule id, and typed so that a rule without a
// description fails the build. Kept apart from the rules so the widget bundle does not carry it.

import type { DangerOutcome, NoteId, ReasonId } from './rules';

export const DANGER_DESCRIPTIONS: { readonly [Id in DangerOutcome]: string } = {
  emergency: 'A possible overdose, a seizure or severe confusion after stopping, a medical emergency, or someone hurt or about to be hurt. Call 911 first.',
  crisis: 'Thoughts of suicide or of hurting someone, and no emergency sign. Call or text 988 first.',
};

export const LEVEL_DESCRIPTIONS: { readonly [Id in ReasonId]: string } = {
  'needs-24-7': 'Needs someone around day and night right now to stay safe or to stop.',
  'home-unsafe-no-sober-living': 'Home is not safe or not steady, and living in a sober living home is not possible or not sure.',
  'unsure-with-risk': 'Not sure about needing support day and night, and at least one risk: tried treatment before and kept using, home is not steady or not safe, or mental health makes most days very hard. Worded "may need"; a counselor helps choose between residential and IOP.',
  'home-unsafe-sober-living': 'Home is not safe or not steady, and could live in a sober living home during treatment.',
  'tried-before': 'Tried counseling or outpatient treatment before and kept using.',
  'home-mixed': 'Others use at home, or there is a lot of conflict there.',
  'unsure-or-mental-health': 'Not sure about needing support day and night, or mental health makes most days very hard.',
  stable: 'None of the above: no need for support day and night, a safe and steady home, no failed treatment before, and mental health does not make most days very hard.',
};

export const NOTE_DESCRIPTIONS: { readonly [Id in NoteId]: string } = {
  'withdrawal-high': 'Severe withdrawal before, or daily benzodiazepines or sleeping pills, or daily drinking with withdrawal symptoms or a serious illness. Shown above the level: do not stop suddenly alone, get a medical check today; the call button is labelled for safe withdrawal.',
  'withdrawal-check': 'Daily drinking, withdrawal symptoms, a serious illness or age over 65, or not sure, without the high-risk signs above. A medical check before stopping is a good idea.',
  'pregnancy-opioids': 'Pregnant and using opioids: do not stop opioids suddenly; talk to a doctor or prenatal provider today.',
  pregnancy: 'Pregnant, without opioids: tell the prenatal provider and the clinic.',
  naloxone: 'Uses opioids: keep naloxone nearby; overdose risk is higher after a break.',
  teen: 'Under 18 or age not sure: programs for teens differ; call about options for young people.',
  'co-occurring': 'Mental health makes most days very hard: look for care that treats mental health too.',
  'family-support': 'Asking for a loved one who does not want help now, or is not sure: help for the family now, and the SAMHSA helpline.',
  'schedule-step-away-hard': 'Residential, but stepping away for a few weeks is hard or not sure: keep residential, call to talk about options.',
  'schedule-evening': 'IOP, but only 1-2 hours a week free: keep IOP; many programs meet evenings or weekends.',
  'schedule-more-support': 'Outpatient, with time for more: keep outpatient; ask about IOP for more support.',
  'not-offered': 'The clinic does not offer the suggested level: it can help find it; SAMHSA helpline and FindTreatment.gov.',
};
