import type { AnswerFact, NoteId, NoteWording } from '../screening';
import { en, type Copy } from './en';
import { es } from './es';
import { say, type Contact, type CopySchema, type NoteCopy, type Text, type Voice } from './schema';

export type { Copy } from './en';
export { say, type Contact, type Text, type Voice } from './schema';

/** The languages the widget speaks, by their `lang` code. */
export const COPY = { en, es } as const satisfies Record<string, Copy>;

export type Lang = keyof typeof COPY;
export const LANGS = Object.keys(COPY) as Lang[];

function isLang(value: string): value is Lang {
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

/** A note as the visitor reads it: its heading, its paragraphs and its links. */
export interface NoteWords {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly contacts: readonly Contact[];
}

/**
 * The words of a note in the wording `decide()` chose for it: the variant's title and text in
 * place of the note's own, then one paragraph per part. The result screen and the clinician
 * preview both read notes through this, so the two cannot word a note differently.
 */
export function noteWords(copy: Copy, id: NoteId, wording: NoteWording | undefined, voice: Voice): NoteWords {
  const note: NoteCopy = copy.notes[id];
  const variant = wording?.variant ? note.variants?.[wording.variant] : undefined;
  const parts = (wording?.parts ?? []).map((part) => note.parts?.[part]);
  const said = [variant?.text ?? note.text, ...parts.map((part) => part?.text)];
  return {
    title: say(variant?.title ?? note.title, voice),
    paragraphs: said.filter((text): text is Text => text !== undefined).map((text) => say(text, voice)),
    contacts: [note.contacts, variant?.contacts, ...parts.map((part) => part?.contacts)].flatMap((list) => list ?? []),
  };
}
