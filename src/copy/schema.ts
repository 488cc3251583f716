// The shape every language's copy must have. English is checked against it with `satisfies`,
// so a step, option, outcome or note without words fails the build; other languages are typed
// as `Copy` (= typeof en) and cannot miss a key either.

import type { NoteId, OptionOf, ReasonId, StepId } from '../screening';

/** Whose screening it is: `self` says "you", `loved-one` says "they". */
export type Voice = 'self' | 'loved-one';

/** Words that depend on who the screening is for. */
export type Voiced = { readonly [V in Voice]: string };

/** Words that either do not depend on who it is for, or do. */
export type Text = string | Voiced;

export function say(text: Text, voice: Voice): string {
  return typeof text === 'string' ? text : text[voice];
}

/** A phone number, text line or web address the visitor can act on. */
export interface Contact {
  readonly label: string;
  /** `tel:`, `sms:` or `https:`. */
  readonly href: string;
  /** The number or address written out, so that it can be dialled by hand. */
  readonly shown: string;
  /** The language of `label`, when it is not the widget's (WCAG 3.1.2, language of parts). */
  readonly lang?: string;
}

export interface QuestionCopy<S extends StepId> {
  readonly legend: Text;
  readonly hint?: Text;
  /** Lines to call or text that the hint names, shown as links with it. */
  readonly hintContacts?: readonly Contact[];
  readonly options: { readonly [O in OptionOf<S>]: Text };
}

export interface NoteCopy {
  readonly title: string;
  readonly text: Text;
  readonly contacts?: readonly Contact[];
}

export interface CopySchema {
  readonly questions: { readonly [S in StepId]: QuestionCopy<S> };
  readonly reasons: { readonly [R in ReasonId]: Text };
  /** One bullet per answer that can make a level rule fire; a test checks the coverage. */
  readonly because: { readonly [S in StepId]?: { readonly [O in OptionOf<S>]?: Text } };
  readonly notes: { readonly [N in NoteId]: NoteCopy };
}
