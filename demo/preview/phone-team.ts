// For the clinic's phone team: a suggested first question for the call, for each outcome and
// each note, written for the clinicians who answer. Preview only: the widget never ships it.
// Typed by id, so a new outcome or note without a first question fails the build.

import type { NoteId, Outcome } from '../../src/screening';

export const FIRST_QUESTION_FOR_OUTCOME: { readonly [O in Outcome]: string } = {
  emergency: 'Is everyone safe right now, and has 911 been called?',
  crisis: 'Are you safe right now? Were you able to reach 988?',
  residential: 'What is making it hard to stay safe or to stop at home right now?',
  iop: 'What would a few hours a day, a few days a week look like around your week?',
  outpatient: 'What made you look for help now, and what would you like to change first?',
};

export const FIRST_QUESTION_FOR_NOTE: { readonly [N in NoteId]: string } = {
  'withdrawal-high':
    'When was the last drink or dose, and have there ever been seizures, DTs or hallucinations when stopping? (Arrange medical withdrawal care today.)',
  'withdrawal-check': 'How much and how often, and what happens when you cut down?',
  'pregnancy-opioids':
    'How far along is the pregnancy, and is there a prescriber or pregnancy care provider we can work with today?',
  pregnancy: 'How far along is the pregnancy, and who is your pregnancy care provider?',
  naloxone: 'Is there naloxone in the home, and does someone nearby know how to use it?',
  'medications-opioids': 'Have you ever taken buprenorphine or methadone, and would you like to?',
  'medications-alcohol': 'Have you heard of medicines that help people drink less or stop?',
  'home-safety': 'Is it safe to talk right now? Is anyone at home hurting, threatening or controlling you?',
  teen: 'How old are they, and who is their parent or guardian?',
  'co-occurring': 'Are you seeing anyone for your mental health now?',
  'family-support': 'How are you doing, as the person who is worried about them?',
  'schedule-step-away-hard': 'What would make stepping away for a few weeks possible (work, children, pets)?',
  'schedule-evening': 'Which evenings or weekend days could work?',
  'schedule-more-support': 'Would more hours of support each week help right now?',
  'not-offered': 'Shall I help you find a program that offers that kind of care?',
};
