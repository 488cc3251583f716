// The numbers and addresses of the crisis and help lines, once for every language: a wrong
// digit must not be possible in one language and not the other. The words are per language.

import type { Contact } from './schema';

type Line = Omit<Contact, 'label'>;

// Each entry names the primary source it was checked in. 988's retired "press 3" option and the
// old 1-800-273 number must never appear (screening.md).
export const LINES = {
  call911: { href: 'tel:911', shown: '911' },
  // 988 Suicide & Crisis Lifeline, 988lifeline.org/get-help/what-to-expect: on a call, press 1
  // for the Veterans Crisis Line and 2 for Spanish; texting 988 offers Spanish (text AYUDA) and
  // points veterans to 838255; "text and chat services are now available in Spanish".
  call988: { href: 'tel:988', shown: '988' },
  text988: { href: 'sms:988', shown: '988' },
  // 988lifeline.org/chat/ is 988's own chat. No 988 source we could check gives a URL for the
  // Spanish chat, so the Spanish copy names texting AYUDA to 988 instead (screening.md).
  chat988: { href: 'https://988lifeline.org/chat/', shown: '988lifeline.org' },
  // Veterans Crisis Line text number, as 988's texting page gives it (above).
  veteransText: { href: 'sms:838255', shown: '838255' },
  // Deaf and hard of hearing: the "ASL Now" button on 988lifeline.org connects to a 988
  // counselor in American Sign Language (SAMHSA, which runs 988, press release of 2023-09-08,
  // "988 Suicide & Crisis Lifeline Adds American Sign Language Services"). Direct videophone
  // dialing was only announced there as coming, and relay (TTY) access is stated by the FCC,
  // not by 988, so neither is offered here.
  asl988: { href: 'https://988lifeline.org/', shown: '988lifeline.org' },
  // Crisis Text Line, crisistextline.org: text HOME to 741741 (AYUDA for Spanish).
  crisisTextLine: { href: 'sms:741741', shown: '741741' },
  // SAMHSA's National Helpline, samhsa.gov/find-help/helplines/national-helpline: free,
  // confidential, 24/7, English and Spanish; TTY 1-800-487-4889.
  samhsa: { href: 'tel:+18006624357', shown: '1-800-662-4357' },
  samhsaTty: { href: 'tel:+18004874889', shown: '1-800-487-4889' },
  // Poison Help, poisonhelp.hrsa.gov (HRSA): 1-800-222-1222, 24/7.
  poisonHelp: { href: 'tel:+18002221222', shown: '1-800-222-1222' },
  // National Domestic Violence Hotline, thehotline.org: 1-800-799-SAFE (7233), TTY
  // 1-800-787-3224, text START to 88788; free, confidential, 24/7.
  domesticViolence: { href: 'tel:+18007997233', shown: '1-800-799-7233' },
  domesticViolenceTty: { href: 'tel:+18007873224', shown: '1-800-787-3224' },
  domesticViolenceText: { href: 'sms:88788', shown: '88788' },
  // 211, 211.org (United Way): local help, such as a safe place to stay tonight.
  call211: { href: 'tel:211', shown: '211' },
  findTreatment: { href: 'https://findtreatment.gov/', shown: 'FindTreatment.gov' },
} as const satisfies Record<string, Line>;

/**
 * A line with its words. `message` starts a text message (HOME, AYUDA); `?&body=` is the form
 * both iOS and Android accept.
 */
export function contact(line: Line, label: string, message?: string): Contact {
  return { label, href: message ? `${line.href}?&body=${message}` : line.href, shown: line.shown };
}

/** The same line, labelled in another language than the widget's. */
export function inLanguage(lang: string, line: Contact): Contact {
  return { ...line, lang };
}
