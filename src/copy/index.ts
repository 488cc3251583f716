import type { AnswerFact } from '../screening';
import { en, type Copy } from './en';
import { es } from './es';
import type { CopySchema, Text } from './schema';

export type { Copy } from './en';
export { say, type Contact, type Text, type Voice, type Voiced } from './schema';

/** The languages the widget speaks, by their `lang` code. */
export const COPY = { en, es } as const satisfies Record<string, Copy>;

export type Lang = keyof typeof COPY;
export const LANGS = Object.keys(COPY) as Lang[];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The widget's language for a language tag: a regional tag such as "es-MX" speaks "es". */
export function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return isLang(primary) ? primary : null;
}

/** The "why this suggestion" bullet for one answer that made a level rule fire. */
export function becauseText(copy: Copy, fact: AnswerFact): Text | undefined {
  const byStep: CopySchema['because'] = copy.because;
  const options: Readonly<Partial<Record<string, Text>>> | undefined = byStep[fact.step];
  return options?.[fact.option];
}
