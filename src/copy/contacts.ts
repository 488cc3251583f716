// The numbers and addresses of the crisis and help lines, once for every language: a wrong
// digit must not be possible in one language and not the other. The words are per language.

import type { Contact } from './schema';

type Line = Omit<Contact, 'label'>;

export const LINES = {
  call911: { href: 'tel:911', shown: '911' },
  call988: { href: 'tel:988', shown: '988' },
  text988: { href: 'sms:988', shown: '988' },
  chat988: { href: 'https://988lifeline.org/chat/', shown: '988lifeline.org' },
  crisisTextLine: { href: 'sms:741741', shown: '741741' },
  samhsa: { href: 'tel:+18006624357', shown: '1-800-662-4357' },
  samhsaTty: { href: 'tel:+18004874889', shown: '1-800-487-4889' },
  poisonHelp: { href: 'tel:+18002221222', shown: '1-800-222-1222' },
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
