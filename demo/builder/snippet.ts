// The paste-in a clinic copies from the builder: the same three lines as the README, with the
// attributes the clinic chose: the script, the rule that reserves the first screen's height
// (inline mode; with the clinic's own accent color when it picked one), and the element.

import { LEVELS, type Offer } from '../../src/screening';

const SCRIPT_URL = 'https://your-cdn.example/care-level-finder/widget.js';
export const DEFAULT_ACCENT = '#0f766e';
/**
 * Reserves the widget's first screen (700 px at every width, see src/ui/styles.css) until the
 * script arrives, so that the page does not jump (README, "Put it on your site").
 */
export const RESERVE_RULE =
  'care-level-finder:not(:defined):not([mode="popup" i]) { display: block; min-height: 700px }';

export interface BuilderFields {
  readonly phone: string;
  readonly clinicName: string;
  readonly hours: string;
  /** '' for "the page's language". */
  readonly lang: '' | 'en' | 'es';
  readonly offers: readonly Offer[];
  readonly mode: 'inline' | 'popup';
  readonly accent: string;
  /** Pin the script to this exact file with Subresource Integrity (for a versioned URL). */
  readonly pinned: boolean;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's attributes, in the order of the README's table; defaults are left out. */
export function attributesOf(fields: BuilderFields): [string, string][] {
  const attributes: [string, string][] = [['phone', fields.phone.trim()]];
  if (fields.clinicName.trim()) attributes.push(['clinic-name', fields.clinicName.trim()]);
  if (fields.hours.trim()) attributes.push(['hours', fields.hours.trim()]);
  if (fields.lang) attributes.push(['lang', fields.lang]);
  // The default is the three levels without detox; with no level chosen the widget assumes that
  // default, so the builder writes `offers` only when it says something else.
  const levels = fields.offers.filter((offer) => (LEVELS as readonly string[]).includes(offer));
  const isDefault = levels.length === LEVELS.length && !fields.offers.includes('detox');
  if (levels.length > 0 && !isDefault) attributes.push(['offers', fields.offers.join(' ')]);
  if (fields.mode !== 'inline') attributes.push(['mode', fields.mode]);
  return attributes;
}

/**
 * The paste-in. `integrity` is the Subresource Integrity value of the widget.js the builder
 * serves (`sha384-...`); with `pinned`, the script tag carries it, and the browser refuses any
 * other file at that URL (a CDN that was taken over cannot swap in a script that sees every
 * answer). Without the value yet (still computing), the tag is written without it.
 */
export function snippetOf(fields: BuilderFields, integrity: string | null = null): string {
  const attributes = attributesOf(fields)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const rules = [
    ...(fields.accent.toLowerCase() !== DEFAULT_ACCENT
      ? [`care-level-finder { --clf-accent: ${fields.accent}; }`]
      : []),
    ...(fields.mode === 'inline' ? [RESERVE_RULE] : []),
  ];
  return [
    `<script src="${SCRIPT_URL}"${fields.pinned && integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''} async></script>`,
    ...(rules.length > 0 ? [`<style>${rules.join(' ')}</style>`] : []),
    `<care-level-finder${attributes}></care-level-finder>`,
  ].join('\n');
}
