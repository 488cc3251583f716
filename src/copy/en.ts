// Every word a visitor sees, in English. Plain language (grade 6-8), person-first, calm.
// Never "diagnosis" except to say this is not one; no scores, no level numbers, no names of
// proprietary criteria. Each question has a "you" form (`self`) and a "they" form (`loved-one`).

import { contact, inLanguage, LINES } from './contacts';
import type { CopySchema } from './schema';

const CALL_911 = contact(LINES.call911, 'Call 911');
const CALL_988 = contact(LINES.call988, 'Call 988');
const TEXT_988 = contact(LINES.text988, 'Text 988');
const CHAT_988 = contact(LINES.chat988, 'Chat at 988lifeline.org');
const CRISIS_TEXT_LINE = contact(LINES.crisisTextLine, 'Text HOME to 741741', 'HOME');
const VETERANS_TEXT = contact(LINES.veteransText, 'Veterans: text 838255');
const ASL_988 = contact(LINES.asl988, 'Deaf or hard of hearing: ASL Now at 988lifeline.org');
const DV_HOTLINE = contact(LINES.domesticViolence, 'National Domestic Violence Hotline');
const DV_TTY = contact(LINES.domesticViolenceTty, 'TTY');
const DV_TEXT = contact(LINES.domesticViolenceText, 'Text START to 88788', 'START');
const CALL_211 = contact(LINES.call211, 'Call 211');
const SAMHSA = contact(LINES.samhsa, 'SAMHSA National Helpline');
const SAMHSA_TTY = contact(LINES.samhsaTty, 'TTY');
const POISON_HELP = contact(LINES.poisonHelp, 'Poison Help');
const FIND_TREATMENT = contact(LINES.findTreatment, 'Search FindTreatment.gov');

export const en = {
  lang: 'en',
  widget: {
    label: 'Care Level Finder',
    helpNow: 'Need help now?',
    continue: 'Continue',
    back: 'Back',
    startOver: 'Start over',
    progress: (number: number, total: number) => `Question ${number} of ${total}`,
    chooseOne: 'Choose one answer.',
    chooseMany: 'Choose all that apply.',
    errors: {
      one: 'Please choose an answer, then press Continue.',
      many: 'Please choose at least one answer. If none fit, choose "None of these".',
    },
  },

  popup: {
    launcher: 'Find the right care',
    close: 'Close',
  },

  intro: {
    heading: 'Find the kind of care that fits',
    lead: 'Answer a few short questions about yourself or someone you care about. We will suggest a kind of care that may fit, and say why.',
    points: [
      'It takes about 3 minutes.',
      'Your answers stay on this device. They are not sent to anyone.',
      'This is not a diagnosis. It is a starting point for a talk with a caring person.',
    ],
    start: 'Start',
    dangerNow: 'If someone is in danger right now, call 911.',
    call911: CALL_911,
  },

  questions: {
    who: {
      legend: 'Who are you looking for help for?',
      options: { self: 'Myself', 'loved-one': 'Someone I care about' },
    },
    danger: {
      legend: {
        self: 'Is any of this happening to you right now?',
        'loved-one': 'Is any of this happening to them right now?',
      },
      hint: 'Not sure if it is an emergency? Call 911. For thoughts of suicide or of hurting someone, call or text 988.',
      hintContacts: [CALL_911, CALL_988, TEXT_988],
      options: {
        overdose:
          'A possible overdose: cannot wake up, slow or no breathing, blue or gray lips or fingertips, or was given naloxone (Narcan) in the last few hours',
        'seizure-confusion':
          'A seizure, or bad confusion, or seeing or hearing things that are not there, after stopping',
        'medical-emergency': 'Chest pain or another medical emergency',
        'harm-now': {
          self: 'I just hurt myself or someone else, or I am about to',
          'loved-one': 'They just hurt themselves or someone else, or are about to',
        },
        'suicidal-thoughts': {
          self: 'I am thinking about suicide or about hurting someone',
          'loved-one': 'They are thinking about suicide or about hurting someone',
        },
        none: 'None of these',
      },
    },
    age: {
      legend: { self: 'How old are you?', 'loved-one': 'How old are they?' },
      options: { adult: '18 or older', 'under-18': 'Under 18', unsure: 'Not sure' },
    },
    withdrawal: {
      legend: {
        self: 'Do any of these fit you?',
        'loved-one': 'Do any of these fit them?',
      },
      hint: 'This tells us if medical care is needed to stop safely.',
      options: {
        'daily-alcohol': {
          self: 'I drink alcohol every day or almost every day',
          'loved-one': 'They drink alcohol every day or almost every day',
        },
        'daily-benzos': {
          self: 'I take benzodiazepines (like Xanax or Valium) or sleeping pills every day',
          'loved-one': 'They take benzodiazepines (like Xanax or Valium) or sleeping pills every day',
        },
        'past-severe-withdrawal': {
          self: 'When I stopped before, I had seizures, DTs (deep confusion and shaking), or saw or heard things that were not there',
          'loved-one':
            'When they stopped before, they had seizures, DTs (deep confusion and shaking), or saw or heard things that were not there',
        },
        'withdrawal-symptoms': {
          self: 'I get shaky, sweaty, sick or very anxious when I do not drink or use',
          'loved-one': 'They get shaky, sweaty, sick or very anxious when they do not drink or use',
        },
        pregnant: { self: 'I am or might be pregnant', 'loved-one': 'They are or might be pregnant' },
        opioids: {
          self: 'I use opioids: heroin, fentanyl, or pain pills not as prescribed',
          'loved-one': 'They use opioids: heroin, fentanyl, or pain pills not as prescribed',
        },
        'serious-illness': {
          self: 'I have a serious heart, liver or lung illness, or I am over 65',
          'loved-one': 'They have a serious heart, liver or lung illness, or are over 65',
        },
        none: 'None of these',
        unsure: 'Not sure',
      },
    },
    support: {
      legend: {
        self: 'Do you need someone with you day and night right now, to stay safe or to stop?',
        'loved-one': 'Do they need someone with them day and night right now, to stay safe or to stop?',
      },
      options: { yes: 'Yes', unsure: 'Not sure', no: 'No' },
    },
    'tried-before': {
      legend: {
        self: 'Have you tried counseling or outpatient treatment before, and kept using?',
        'loved-one': 'Have they tried counseling or outpatient treatment before, and kept using?',
      },
      options: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    },
    home: {
      legend: {
        self: 'Is your home a safe, steady place to recover?',
        'loved-one': 'Is their home a safe, steady place to recover?',
      },
      options: {
        stable: 'Yes, it is safe and steady',
        mixed: 'Mixed: others drink or use there, or there is a lot of conflict',
        unsafe: 'No: it is not safe, or there is no steady place to live',
      },
    },
    'sober-living': {
      legend: {
        self: 'Could you live in a sober living home during treatment?',
        'loved-one': 'Could they live in a sober living home during treatment?',
      },
      hint: 'A sober living home is a shared house where no one drinks or uses drugs.',
      options: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    },
    'mental-health': {
      legend: {
        self: 'Does a mental health problem make it very hard to get through the day?',
        'loved-one': 'Does a mental health problem make it very hard for them to get through the day?',
      },
      hint: 'For example depression, anxiety or trauma. Or hearing voices, or moods so high that sleep stops.',
      options: { 'most-days': 'Yes, most days', sometimes: 'Sometimes', no: 'No' },
    },
    schedule: {
      legend: {
        self: 'How much time could you give to treatment right now?',
        'loved-one': 'How much time could they give to treatment right now?',
      },
      options: {
        'step-away': {
          self: 'I could step away and stay at a center for a few weeks',
          'loved-one': 'They could step away and stay at a center for a few weeks',
        },
        'few-hours-most-days': 'A few hours a day, 3 to 5 days a week',
        'one-two-hours-week': 'About 1 to 2 hours a week',
        unsure: 'Not sure',
      },
    },
    'wants-help': {
      legend: 'Do they want help right now?',
      hint: 'Either way, there is help for them and for you.',
      options: { yes: 'Yes', unsure: 'Not sure', no: 'No' },
    },
  },

  result: {
    eyebrow: 'A kind of care that may fit',
    maybeEyebrow: 'A kind of care that may be needed',
    // After a first step (safe withdrawal, pregnancy): the level is what comes next, never the
    // whole answer (principle 7).
    afterEyebrow: 'After that, a kind of care that may fit',
    afterMaybeEyebrow: 'After that, a kind of care that may be needed',
    levels: {
      residential: {
        name: 'Residential treatment',
        meaning: {
          self: 'You would live at a treatment center for a while, with support day and night. The team helps with withdrawal, counseling and planning what comes next.',
          'loved-one':
            'They would live at a treatment center for a while, with support day and night. The team helps with withdrawal, counseling and planning what comes next.',
        },
      },
      iop: {
        name: 'Intensive outpatient program (IOP)',
        meaning: {
          self: 'You would go to a program for a few hours a day, 3 to 5 days a week, and live at home or in a sober living home. It includes one-on-one therapy, group counseling and learning about recovery.',
          'loved-one':
            'They would go to a program for a few hours a day, 3 to 5 days a week, and live at home or in a sober living home. It includes one-on-one therapy, group counseling and learning about recovery.',
        },
      },
      outpatient: {
        name: 'Outpatient care',
        meaning: {
          self: 'You would meet with a counselor about 1 to 2 hours a week, and keep up with work, school and home.',
          'loved-one':
            'They would meet with a counselor about 1 to 2 hours a week, and keep up with work, school and home.',
        },
      },
    },
    soberLivingMeaning: {
      self: 'You would go to a program for a few hours a day, 3 to 5 days a week, and live in a sober living home. It includes one-on-one therapy, group counseling and learning about recovery.',
      'loved-one':
        'They would go to a program for a few hours a day, 3 to 5 days a week, and live in a sober living home. It includes one-on-one therapy, group counseling and learning about recovery.',
    },
    whyHeading: 'Why this suggestion',
    notesHeading: 'Good to know',
    notADiagnosis:
      'This is not a diagnosis. It is a suggestion to talk over with a professional, who will look at the whole picture.',
    changeAnswers: 'Change my answers',
  },

  reasons: {
    'needs-24-7':
      'Care with support day and night fits best when someone needs people close by all the time to stay safe.',
    'home-unsafe-no-sober-living':
      'Without a safe place to live, a program where you live and get care at the same place is the safest start.',
    'unsure-with-risk':
      'Care day and night may be needed. A counselor can help choose between residential treatment and an intensive outpatient program.',
    'home-unsafe-sober-living':
      'A sober living home gives a safe place to live while going to a program during the day.',
    'tried-before': 'When counseling alone did not help, more hours of support each week can help.',
    'home-mixed': 'When home is hard, more hours of support each week can help.',
    'unsure-or-mental-health': 'More hours of support each week can help while things are hard.',
    stable: 'With a steady home and no need for support day and night, care that fits around daily life can work.',
  },

  because: {
    support: {
      yes: {
        self: 'You said you need someone with you day and night right now.',
        'loved-one': 'You said they need someone with them day and night right now.',
      },
      unsure: {
        self: 'You were not sure if you need someone with you day and night.',
        'loved-one': 'You were not sure if they need someone with them day and night.',
      },
      no: {
        self: 'You said you do not need someone with you day and night.',
        'loved-one': 'You said they do not need someone with them day and night.',
      },
    },
    'tried-before': {
      yes: {
        self: 'You said you tried counseling or treatment before and kept using.',
        'loved-one': 'You said they tried counseling or treatment before and kept using.',
      },
    },
    home: {
      stable: {
        self: 'You said your home is a safe, steady place.',
        'loved-one': 'You said their home is a safe, steady place.',
      },
      mixed: {
        self: 'You said others drink or use at home, or there is a lot of conflict.',
        'loved-one': 'You said others drink or use where they live, or there is a lot of conflict.',
      },
      unsafe: {
        self: 'You said home is not a safe or steady place right now.',
        'loved-one': 'You said their home is not a safe or steady place right now.',
      },
    },
    'sober-living': {
      yes: {
        self: 'You said you could live in a sober living home.',
        'loved-one': 'You said they could live in a sober living home.',
      },
      no: {
        self: 'You said living in a sober living home would not work.',
        'loved-one': 'You said living in a sober living home would not work for them.',
      },
      unsure: {
        self: 'You were not sure about living in a sober living home.',
        'loved-one': 'You were not sure about them living in a sober living home.',
      },
    },
    'mental-health': {
      'most-days': {
        self: 'You said a mental health problem makes most days very hard.',
        'loved-one': 'You said a mental health problem makes most days very hard for them.',
      },
    },
  },

  notes: {
    'withdrawal-high': {
      title: 'First: stop safely, with medical care',
      variants: {
        'medical-detox': {
          title: 'First: get medical care for withdrawal today',
          text: {
            self: 'Do not stop all at once on your own. Withdrawal can cause seizures or DTs, and it can be deadly. Medical detox keeps you safe: staff watch over you and give medicine while your body gets used to being without it.',
            'loved-one':
              'They should not stop all at once on their own. Withdrawal can cause seizures or DTs, and it can be deadly. Medical detox keeps them safe: staff watch over them and give medicine while their body gets used to being without it.',
          },
        },
        taper: {
          title: 'First: do not stop or cut down suddenly',
          text: {
            self: 'Stopping benzodiazepines or sleeping pills all at once can cause seizures. Talk with the doctor who prescribes them, or with us, first. A slow, planned cut-down (a taper) is the safe way. If you have run out or already stopped, call today.',
            'loved-one':
              'Stopping benzodiazepines or sleeping pills all at once can cause seizures. Talk with the doctor who prescribes them, or with us, first. A slow, planned cut-down (a taper) is the safe way. If they have run out or already stopped, call today.',
          },
        },
      },
      parts: {
        'detox-here': { text: 'We offer medical detox. Call us today.' },
        'detox-elsewhere': { text: 'Call us or a doctor today. We can help you find medical detox.' },
        opioids: {
          text: 'Ask there about buprenorphine or methadone. Stopping opioids without them raises the risk of overdose.',
        },
        'if-no-answer': {
          text: 'No doctor, and nobody answers? Go to an emergency room today. If there is confusion, a seizure, or seeing or hearing things that are not there, call 911.',
          contacts: [CALL_911],
        },
      },
    },
    'withdrawal-check': {
      title: 'Get a medical check before stopping',
      text: 'Talk with a doctor or nurse before stopping. Withdrawal can be hard on the body, and they can make it safer.',
    },
    'pregnancy-opioids': {
      title: 'First: do not stop opioids suddenly while pregnant',
      variants: {
        // Shown right after the withdrawal step, which already leads with "First".
        'after-withdrawal': { title: 'Also today: do not stop opioids suddenly while pregnant' },
      },
      text: 'Stopping suddenly raises the risk of going back to use and of overdose. Buprenorphine or methadone is the care doctors advise in pregnancy. It is safer for the pregnant person and the baby than stopping suddenly. Call us, a doctor or a pregnancy care provider today. If there is nobody to call, go to an emergency room.',
    },
    pregnancy: {
      title: 'Tell us about the pregnancy',
      text: 'Tell us, and a doctor or pregnancy care provider, about the pregnancy. Then care can be safe for the pregnancy.',
    },
    naloxone: {
      title: 'Keep naloxone nearby',
      text: {
        self: 'Keep naloxone (Narcan) close. You can buy it without a prescription. Pills or powders that do not come from a pharmacy can contain fentanyl. After a break from opioids, the risk of overdose is higher. Show people near you where it is and how to use it, and try not to use alone.',
        'loved-one':
          'Keep naloxone (Narcan) close. You can buy it without a prescription. Pills or powders that do not come from a pharmacy can contain fentanyl. After a break from opioids, the risk of overdose is higher.',
      },
    },
    'medications-opioids': {
      title: 'Ask about medicines for opioid use',
      text: 'Medicines such as buprenorphine and methadone help people stop using opioids. They also lower the risk of dying from an overdose. Ask any program if it offers them.',
    },
    'medications-alcohol': {
      title: 'Ask about medicines for alcohol use',
      variants: {
        named: { text: 'Medicines such as naltrexone and acamprosate help people drink less or stop. Ask about them.' },
        'doctor-checks': {
          text: 'Medicines can help people drink less or stop. A doctor will check which medicine is safe. Some of them cannot be taken with opioids or during pregnancy.',
        },
      },
    },
    'home-safety': {
      title: 'If someone at home hurts you',
      text: {
        self: 'If someone hurts, threatens or controls you, call the National Domestic Violence Hotline. It is free and private, day and night.',
        'loved-one':
          'If someone hurts, threatens or controls them, the National Domestic Violence Hotline can help. It is free and private, day and night.',
      },
      contacts: [DV_HOTLINE, DV_TTY, DV_TEXT],
      parts: {
        'no-safe-place': { text: 'No safe place to stay tonight? Call 211.', contacts: [CALL_211] },
      },
    },
    teen: {
      title: 'Care for young people',
      text: 'Programs for young people are different from adult programs, and they often include the family. Call us to talk about options for teens.',
    },
    'co-occurring': {
      title: 'Care for mental health too',
      text: 'Look for care that treats mental health at the same time. Ask about it when you call.',
    },
    'family-support': {
      title: 'Get help for your family now',
      text: 'There is help for you and your family, even before they are ready. The SAMHSA National Helpline is free, private and open day and night, in English and Spanish.',
      contacts: [SAMHSA],
    },
    'schedule-step-away-hard': {
      title: 'If stepping away is hard',
      text: 'We still suggest residential treatment. Stepping away from daily life can be hard. Call us to talk through options.',
    },
    'schedule-evening': {
      title: 'If time is tight',
      text: 'We still suggest an intensive outpatient program. Many programs meet in the evening or on weekends.',
    },
    'schedule-more-support': {
      title: 'If you want more support',
      text: 'Outpatient care still fits. If you would like more support, ask about an intensive outpatient program.',
    },
    'not-offered': {
      title: 'We can help you find it',
      text: 'We do not offer this kind of care ourselves, but we can help you find it. You can also call the SAMHSA National Helpline or search FindTreatment.gov.',
      contacts: [SAMHSA, FIND_TREATMENT],
    },
  },

  // What to do while help comes, on the emergency and crisis screens.
  guides: {
    'overdose-first-aid': {
      title: 'If it may be an overdose',
      steps: [
        'Call 911.',
        'Give naloxone (Narcan) if there is some: spray it into one nostril.',
        'If they are not breathing, or barely breathing, do what the 911 operator says. That may be rescue breaths or chest presses.',
        'No response in 2 to 3 minutes? Give another dose, with a new spray in the other nostril. Keep giving one every 2 to 3 minutes until they wake up or help comes.',
        'Once they breathe on their own, lay them on their side.',
        'Stay with them. Naloxone can wear off before the drugs do, so they need a doctor even if they wake up.',
        'Most states have laws that protect people who call 911 for an overdose from some drug charges.',
      ],
    },
    'seizure-first-aid': {
      title: 'If there is a seizure',
      steps: [
        'Move hard or sharp things away from them.',
        'Put something soft under their head.',
        'Do not hold them down. Put nothing in their mouth.',
        'When the shaking stops, turn them on their side.',
        'Note how long it lasted, to tell the 911 team.',
        'Stay with them until they are fully awake.',
      ],
    },
    'get-safe': {
      title: 'Get safe',
      steps: [
        'If someone else is the danger, get to a safe place away from them, if you can.',
        'If someone hurt themselves, stay with them if it is safe. Keep guns, pills and knives away from them.',
        'Tell 911 what they used.',
      ],
    },
    'wait-for-help': {
      title: 'While you wait for help',
      steps: [
        'Stay with the person if it is safe.',
        'Unlock the door so help can get in.',
        'Have their medicines or pill bottles ready to show.',
      ],
    },
    'crisis-safety': {
      title: 'Stay safe right now',
      steps: [
        {
          self: 'Stay with someone you trust, if it is safe.',
          'loved-one': 'Stay with them, or with someone you trust, if it is safe.',
        },
        'Ask someone you trust to keep guns out of the home for now. Or lock them up unloaded, with the bullets kept apart.',
        'Lock up or remove pills, alcohol and drugs. Put knives away.',
      ],
    },
  },

  // "Before you call" on a level result: lines the visitor may read out, copy or save.
  summary: {
    open: 'Before you call',
    intro:
      'You can read this out on the call. Copy or save it only if you want to: it stays on this device and goes only where you paste or save it.',
    forWhom: {
      self: 'I am looking for help for myself.',
      'loved-one': 'I am looking for help for someone I care about.',
    },
    suggested: (care: string) => `The screening suggested: ${care}.`,
    mattered: 'What I told the screening:',
    ask: 'Questions I want to ask:',
    // Two at most, from the notes shown, in their order; the cost question always comes last.
    questions: {
      'withdrawal-high': 'Do you offer medical detox, or can you help me find it today?',
      'pregnancy-opioids': 'Can you help me get buprenorphine or methadone during pregnancy?',
      'medications-opioids': 'Do you offer buprenorphine or methadone?',
      'medications-alcohol': 'Do you offer medicines for alcohol use?',
      teen: 'Do you have a program for teens?',
      'co-occurring': 'Do you treat mental health at the same time?',
    },
    cost: 'What will it cost, and do you take my insurance?',
    copy: 'Copy the text (it goes only where you paste it)',
    copied: 'Copied. It goes only where you paste it.',
    copyRefused: 'This browser did not allow copying. The text is selected, so you can copy it yourself.',
    save: 'Save as a text file on this device',
    saved: 'Saved as a text file on this device.',
    fileName: 'before-you-call.txt',
  },

  call: {
    heading: 'Talk with a caring person',
    clinic: (clinicName: string | null) => (clinicName ? `Call ${clinicName}` : 'Call us'),
    clinicWithdrawal: (clinicName: string | null) =>
      clinicName ? `Call ${clinicName} about safe withdrawal` : 'Call us about safe withdrawal',
    clinicLater: (clinicName: string | null) =>
      clinicName ? `When everyone is safe, call ${clinicName}` : 'When everyone is safe, call us',
    whatHappens:
      'Someone on our team will listen, ask a few questions, talk about options and cost, and help with the next step. You do not have to decide anything on the call.',
    // Never promise a live answer at every hour (screening.md, result screen).
    afterHours: 'If no one answers, leave a message.',
    anyHour: 'To find treatment at any hour, call the SAMHSA National Helpline. It gives referrals, not counseling.',
    anyHourHelpline: SAMHSA,
    inCrisis: 'In a crisis, call or text 988.',
    call988: CALL_988,
    text988: TEXT_988,
    // Shown instead of the clinic's button when its phone number is missing or invalid.
    helpline: SAMHSA,
    helplineNote: 'Free, private and open day and night, in English and Spanish.',
  },

  emergency: {
    heading: 'Call 911 now',
    text: {
      self: 'What you described can be life-threatening. Emergency help is the fastest way to stay safe.',
      'loved-one': 'What you described can be life-threatening. Emergency help is the fastest way to keep them safe.',
    },
    call911: CALL_911,
    poisonHelp: POISON_HELP,
    poisonHelpNote: 'For questions about a drug or poison, call Poison Help.',
    thenCrisis: 'For thoughts of suicide or a mental health crisis, you can also call or text 988.',
    call988: CALL_988,
    text988: TEXT_988,
  },

  crisis: {
    heading: 'Call or text 988 now',
    text: {
      self: 'You do not have to go through this alone. 988 is free and private, and a trained person answers day and night. You can call or text.',
      'loved-one':
        'You do not have to go through this alone. 988 is free and private, and a trained person answers day and night. You can call or text, with them or for them.',
    },
    call988: CALL_988,
    text988: TEXT_988,
    chat988: CHAT_988,
    dangerNow: 'If anyone is in danger right now, call 911.',
    call911: CALL_911,
  },

  // Shown if the widget itself fails: the way to a person must never depend on it working.
  fallback: {
    heading: 'Sorry, this screening stopped working',
    text: 'You can still talk with someone right now. It is free and private.',
    call988: CALL_988,
    text988: TEXT_988,
    dangerNow: 'If someone is in danger now, call 911.',
    call911: CALL_911,
  },

  helpPanel: {
    heading: 'Help right now',
    intro: 'You can reach someone any time, day or night. It is free and private.',
    close: 'Close',
    dangerNow: 'If someone is in danger now',
    call911: CALL_911,
    // Each group: a heading, its links, and a line under them; in the order shown.
    groups: [
      {
        heading: '988 Suicide & Crisis Lifeline: call or text',
        contacts: [CALL_988, TEXT_988, CHAT_988, VETERANS_TEXT, ASL_988],
        note: 'Veterans: call 988 and press 1, or text 838255.',
      },
      { heading: 'Crisis Text Line', contacts: [CRISIS_TEXT_LINE] },
      { heading: 'SAMHSA National Helpline: free, day and night, English and Spanish', contacts: [SAMHSA, SAMHSA_TTY] },
      { contacts: [POISON_HELP] },
      {
        heading: 'If someone hurts, threatens or controls you: National Domestic Violence Hotline',
        contacts: [DV_HOTLINE, DV_TTY, DV_TEXT],
      },
      { heading: 'A safe place to stay tonight, or other local help', contacts: [CALL_211] },
      // For Spanish speakers reading the English widget: the same lines, in Spanish.
      {
        lang: 'es',
        heading: 'En español',
        contacts: [
          inLanguage('es', contact(LINES.call988, 'Llame al 988 y oprima 2')),
          inLanguage('es', contact(LINES.text988, 'Envíe AYUDA al 988', 'AYUDA')),
          inLanguage('es', contact(LINES.crisisTextLine, 'Envíe AYUDA al 741741', 'AYUDA')),
        ],
      },
    ],
  },
} satisfies CopySchema & Record<string, unknown>;

export type Copy = typeof en;
