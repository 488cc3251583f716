// From what a clinic writes (attributes, or mount() options) to the options the widget runs
// with. One declarative table, one parser per option; a bad value never throws, it becomes a
// problem that names the attribute and the value, and the option falls back to a safe default.

import { langOfTag, LANGS, type Lang } from '../copy';
import { LEVELS, OFFERS, type Offer } from '../screening';

/** What mount() accepts; the element's attributes are the same names in kebab-case. */
export interface MountOptions {
  /** The clinic's phone number for the call button, e.g. "+1-844-959-4998". */
  readonly phone?: string | null;
  /** Shown in the copy ("Call Athens Recovery"); without it the widget says "us". */
  readonly clinicName?: string | null;
  /** Free text shown under the call button, e.g. "Open 24/7". */
  readonly hours?: string | null;
  /** "en" or "es". Without it, the nearest `lang` up the page, else English. */
  readonly lang?: string | null;
  /** The levels the clinic provides: a space-separated string or a list. Default: all. */
  readonly offers?: string | readonly string[] | null;
  /** "inline" (default): the screening in the page. "popup": a button that opens it in a dialog. */
  readonly mode?: string | null;
  /** "session" (default): resume after a reload in the same tab. "none": keep nothing. */
  readonly persist?: string | null;
  /**
   * Preview only (the clinician preview): start at `step` with these answers instead of the
   * intro, and keep nothing in storage. No attribute and no URL can set it.
   */
  readonly previewStart?: { readonly step: string; readonly answers: Readonly<Record<string, readonly string[]>> };
}

/** A phone number the call button can dial. */
export interface Phone {
  /** `tel:+1XXXXXXXXXX` */
  readonly href: string;
  /** Written out for reading and dialling by hand: "(844) 959-4998". */
  readonly shown: string;
}

export interface WidgetOptions {
  /** null when missing or invalid: the result then offers the SAMHSA helpline instead. */
  readonly phone: Phone | null;
  readonly clinicName: string | null;
  readonly hours: string | null;
  /** null when not set: the embed then uses the page's language. */
  readonly lang: Lang | null;
  readonly offers: readonly Offer[];
  readonly mode: Mode;
  readonly persist: Persist;
}

export const MODES = ['inline', 'popup'] as const;
export type Mode = (typeof MODES)[number];

const PERSIST_VALUES = ['session', 'none'] as const;
export type Persist = (typeof PERSIST_VALUES)[number];

export interface OptionProblem {
  /** The attribute as a clinic writes it, e.g. "clinic-name". */
  readonly attribute: string;
  readonly severity: 'error' | 'warning';
  /** A sentence for the console that names the attribute and the value, without the prefix. */
  readonly message: string;
}

export interface ParsedOptions {
  readonly options: WidgetOptions;
  readonly problems: readonly OptionProblem[];
}

type Parsed<T> = { readonly value: T; readonly problem?: Omit<OptionProblem, 'attribute'> };
type RawValue = MountOptions[keyof MountOptions];

interface OptionSpec<K extends keyof WidgetOptions> {
  readonly attribute: string;
  readonly parse: (raw: RawValue) => Parsed<WidgetOptions[K]>;
}

const MAX_TEXT_LENGTH = 120;

// Separators a clinic may use in a US phone number: ( ) - . and spaces.
const PHONE_SEPARATORS = /[\s().-]/g;
const US_PHONE = /^(?:\+1|1)?(\d{3})(\d{3})(\d{4})$/;

export function parsePhone(raw: RawValue): Parsed<Phone | null> {
  const text = asText(raw);
  const consequence = 'The result will show the SAMHSA National Helpline instead of a call button.';
  if (text === null) {
    return {
      value: null,
      problem: {
        severity: 'error',
        message: `phone is missing. Add phone="555-123-4567" with the clinic's number. ${consequence}`,
      },
    };
  }
  const match = US_PHONE.exec(text.replace(PHONE_SEPARATORS, ''));
  if (!match) {
    return {
      value: null,
      problem: {
        severity: 'error',
        message: `phone="${text}" is not a US phone number: use 10 digits, optionally after +1, like "+1-555-123-4567". ${consequence}`,
      },
    };
  }
  const [, area, exchange, line] = match;
  return { value: { href: `tel:+1${area}${exchange}${line}`, shown: `(${area}) ${exchange}-${line}` } };
}

function parseText(attribute: string) {
  return (raw: RawValue): Parsed<string | null> => {
    const text = asText(raw);
    if (text === null || text.length <= MAX_TEXT_LENGTH) return { value: text };
    return {
      value: `${text.slice(0, MAX_TEXT_LENGTH - 1)}…`,
      problem: {
        severity: 'warning',
        message: `${attribute} is ${text.length} characters long; only the first ${MAX_TEXT_LENGTH} are shown.`,
      },
    };
  };
}

export function parseLang(raw: RawValue): Parsed<Lang | null> {
  const text = asText(raw);
  if (text === null) return { value: null };
  const lang = langOfTag(text);
  if (lang) return { value: lang };
  return {
    value: 'en',
    problem: {
      severity: 'warning',
      message: `lang="${text}" is not a language of this widget (${LANGS.join(', ')}); using English.`,
    },
  };
}

/**
 * What the clinic provides: any of the three levels and `detox` (medically supervised
 * withdrawal, which words the withdrawal step "we offer medical detox"). Default: the three
 * levels, no detox.
 */
export function parseOffers(raw: RawValue): Parsed<readonly Offer[]> {
  const words = (Array.isArray(raw) ? raw.join(' ') : (asText(raw) ?? '')).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { value: LEVELS };
  const known = OFFERS.filter((offer) => words.includes(offer));
  const unknown = words.filter((word) => !(OFFERS as readonly string[]).includes(word));
  if (unknown.length === 0) return { value: known };
  return {
    value: known.length > 0 ? known : LEVELS,
    problem: {
      severity: 'warning',
      message: `offers="${words.join(' ')}" has unknown ${unknown.length === 1 ? 'word' : 'words'} ${unknown
        .map((word) => `"${word}"`)
        .join(', ')}; use any of "${OFFERS.join(' ')}". ${
        known.length > 0 ? `Using "${known.join(' ')}".` : 'Using all three levels.'
      }`,
    },
  };
}

/** A value from a short list of words; anything else falls back to the first, with a warning. */
function parseChoice<T extends string>(attribute: string, allowed: readonly [T, ...T[]]) {
  return (raw: RawValue): Parsed<T> => {
    const text = asText(raw);
    const word = text?.toLowerCase();
    const found = allowed.find((candidate) => candidate === word);
    if (text === null) return { value: allowed[0] };
    if (found) return { value: found };
    return {
      value: allowed[0],
      problem: {
        severity: 'warning',
        message: `${attribute}="${text}" is not one of ${allowed.map((value) => `"${value}"`).join(', ')}; using "${allowed[0]}".`,
      },
    };
  };
}

/** Every option, the attribute that sets it and how it is read. */
export const OPTION_SPECS = {
  phone: { attribute: 'phone', parse: parsePhone },
  clinicName: { attribute: 'clinic-name', parse: parseText('clinic-name') },
  hours: { attribute: 'hours', parse: parseText('hours') },
  lang: { attribute: 'lang', parse: parseLang },
  offers: { attribute: 'offers', parse: parseOffers },
  mode: { attribute: 'mode', parse: parseChoice('mode', MODES) },
  persist: { attribute: 'persist', parse: parseChoice('persist', PERSIST_VALUES) },
} as const satisfies { readonly [K in keyof WidgetOptions]: OptionSpec<K> };

/** The element's attributes, as literal types: the builder's JSX and typings read this. */
export type OptionAttribute = (typeof OPTION_SPECS)[keyof typeof OPTION_SPECS]['attribute'];

/** The attributes the element reads, in the order of the table above. */
export const OPTION_ATTRIBUTES = Object.values(OPTION_SPECS).map((spec) => spec.attribute);

export function parseOptions(raw: MountOptions): ParsedOptions {
  const problems: OptionProblem[] = [];
  function read<K extends keyof WidgetOptions>(key: K): WidgetOptions[K] {
    // The table's own type is kept literal (for OptionAttribute); read through the spec's type.
    const specs: { readonly [Key in keyof WidgetOptions]: OptionSpec<Key> } = OPTION_SPECS;
    const spec = specs[key];
    const parsed = spec.parse(raw[key]);
    if (parsed.problem) problems.push({ attribute: spec.attribute, ...parsed.problem });
    return parsed.value;
  }
  const options: WidgetOptions = {
    phone: read('phone'),
    clinicName: read('clinicName'),
    hours: read('hours'),
    lang: read('lang'),
    offers: read('offers'),
    mode: read('mode'),
    persist: read('persist'),
  };
  return { options, problems };
}

/** Trimmed text with runs of whitespace collapsed, or null when there is nothing to show. */
function asText(raw: RawValue): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
