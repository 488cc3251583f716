// The shape every language's copy must have. English is checked against it with `satisfies`,
// so a step, option, outcome or note without words fails the build; other languages are typed
// as `Copy` (= typeof en) and cannot miss a key either.

import type { GuideId, NoteId, OptionOf, ReasonId, StepId, Voice } from '../screening';

export type { Voice } from '../screening';

/** Words that depend on who the screening is for. */
type Voiced = { readonly [V in Voice]: string };

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

interface QuestionCopy<S extends StepId> {
  readonly legend: Text;
  readonly hint?: Text;
  /** Lines to call or text that the hint names, shown as links with it. */
  readonly hintContacts?: readonly Contact[];
  readonly options: { readonly [O in OptionOf<S>]: Text };
}

/** Words with their own optional heading and links: a note, or one wording of it. */
interface Said {
  readonly title?: Text;
  readonly text?: Text;
  readonly contacts?: readonly Contact[];
}

/**
 * A note's words. A note with several wordings in rules.ts (`variants`, `parts`) has words for
 * each, by the same ids: the variant's title and text (where it has them) replace the note's,
 * and each part that applies adds a paragraph. A test checks that every wording of every rule has words here.
 */
export interface NoteCopy {
  readonly title: Text;
  readonly text?: Text;
  readonly contacts?: readonly Contact[];
  readonly variants?: { readonly [id: string]: Said };
  readonly parts?: { readonly [id: string]: Said };
}

/** What to do while help comes: a heading and short numbered steps. */
interface GuideCopy {
  readonly title: Text;
  readonly steps: readonly Text[];
}

export interface CopySchema {
  readonly questions: { readonly [S in StepId]: QuestionCopy<S> };
  readonly reasons: { readonly [R in ReasonId]: Text };
  /** One bullet per answer that can make a level rule fire; a test checks the coverage. */
  readonly because: { readonly [S in StepId]?: { readonly [O in OptionOf<S>]?: Text } };
  readonly notes: { readonly [N in NoteId]: NoteCopy };
  readonly guides: { readonly [G in GuideId]: GuideCopy };
}
