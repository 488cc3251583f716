// Each rule of rules.ts in plain language, for the clinician preview and the tests: what a
// clinical director reads and signs off. Keyed by rule id, and typed so that a rule without a
// description fails the build. Kept apart from the rules so the widget bundle does not carry it.

import type { DangerOutcome, GuideId, NoteId, ReasonId } from './rules';

export const DANGER_DESCRIPTIONS: { readonly [Id in DangerOutcome]: string } = {
  emergency:
    'A possible overdose, a seizure or severe confusion after stopping, a medical emergency, or someone hurt or about to be hurt. Call 911 first.',
  crisis: 'Thoughts of suicide or of hurting someone, and no emergency sign. Call or text 988 first.',
};

export const LEVEL_DESCRIPTIONS: { readonly [Id in ReasonId]: string } = {
  'needs-24-7': 'Needs someone around day and night right now to stay safe or to stop.',
  'home-unsafe-no-sober-living':
    'Home is not safe or not steady, and living in a sober living home is not possible or not sure.',
  'unsure-with-risk':
    'Not sure about needing support day and night, and at least one risk: tried treatment before and kept using, home is not steady or not safe, or mental health makes most days very hard. Worded "may need"; a counselor helps choose between residential and IOP.',
  'home-unsafe-sober-living': 'Home is not safe or not steady, and could live in a sober living home during treatment.',
  'tried-before': 'Tried counseling or outpatient treatment before and kept using.',
  'home-mixed': 'Others use at home, or there is a lot of conflict there.',
  'unsure-or-mental-health':
    'Not sure about needing support day and night, or mental health makes most days very hard.',
  stable:
    'None of the above: no need for support day and night, a safe and steady home, no failed treatment before, and mental health does not make most days very hard.',
};

export const NOTE_DESCRIPTIONS: { readonly [Id in NoteId]: string } = {
  'withdrawal-high':
    'Severe withdrawal before (seizures, DTs, hallucinations), or daily benzodiazepines or sleeping pills, or daily drinking with withdrawal symptoms, a serious illness or a pregnancy. A first step above the level, with focus: medical care for withdrawal today (medical detox; "we offer it" when offers has detox, else "we can help you find it"), or for benzodiazepines alone no sudden stop and a taper with the prescriber. With opioids: ask about buprenorphine or methadone. No doctor: an emergency room; confusion or a seizure: 911. The call button is labelled for safe withdrawal.',
  'withdrawal-check':
    'Daily drinking, withdrawal symptoms, a serious illness or age over 65, or not sure, without the high-risk signs above. A medical check before stopping is a good idea.',
  'pregnancy-opioids':
    'Pregnant (or might be) and using opioids. A first step above the level (after the withdrawal step when both apply): do not stop opioids suddenly; buprenorphine or methadone is the recommended care in pregnancy; call today; nobody to call: an emergency room.',
  pregnancy: 'Pregnant (or might be), without opioids: tell the clinic and a doctor or pregnancy care provider.',
  naloxone:
    'Uses opioids, or not sure what is used: keep naloxone nearby (no prescription needed); pills or powders not from a pharmacy can contain fentanyl; overdose risk is higher after a break. For "myself": show people nearby, try not to use alone.',
  'medications-opioids':
    'Uses opioids: buprenorphine and methadone help people stop and lower the risk of dying from an overdose; ask any program whether it offers them.',
  'medications-alcohol':
    'Drinks daily: naltrexone and acamprosate help people drink less or stop. With opioids or a pregnancy, no medicine is named: a doctor checks which one is safe.',
  'home-safety':
    'Home is mixed or not safe: the National Domestic Violence Hotline (call, TTY or text). Not safe: also 211 for a safe place to stay tonight.',
  teen: 'Under 18 or age not sure: programs for young people differ and often include the family; call about options for teens. Shown first after the level.',
  'co-occurring': 'Mental health makes most days very hard: look for care that treats mental health too.',
  'family-support':
    'Asking for a loved one who does not want help now, or is not sure: help for the family now, and the SAMHSA helpline.',
  'schedule-step-away-hard':
    'Residential, but stepping away for a few weeks is hard or not sure: keep residential, call to talk about options.',
  'schedule-evening': 'IOP, but only 1-2 hours a week free: keep IOP; many programs meet evenings or weekends.',
  'schedule-more-support': 'Outpatient, with time for more: keep outpatient; ask about IOP for more support.',
  'not-offered':
    'The clinic does not offer the suggested level: it can help find it; SAMHSA helpline and FindTreatment.gov. (Detox in offers never causes this.)',
};

export const GUIDE_DESCRIPTIONS: { readonly [Id in GuideId]: string } = {
  'overdose-first-aid':
    'Emergency with a possible overdose: 911, naloxone and repeat doses, breathing, on the side, stay; Good Samaritan laws.',
  'seizure-first-aid':
    'Emergency with a seizure or severe confusion after stopping: keep them from harm, nothing in the mouth, on the side after, time it, stay.',
  'get-safe':
    'Emergency with someone hurt or about to be: get away from the danger; stay with someone who hurt themselves if safe; tell 911 what was used.',
  'wait-for-help': 'Every emergency: stay if safe, unlock the door, have the medicines ready to show.',
  'crisis-safety':
    'Every crisis: stay with someone you trust, guns out of the home or locked, pills, alcohol, drugs and knives put away.',
};
