// The paste-in a clinic copies from the builder: the same two lines as the README, with the
// attributes the clinic chose (and a style line when it picked its own accent color).

import { LEVELS, type Offer } from '../../src/screening';

export const SCRIPT_URL = 'https://your-cdn.example/care-level-finder/widget.js';
export const DEFAULT_ACCENT = '#0f766e';

export interface BuilderFields {
  readonly phone: string;
  readonly clinicName: string;
  readonly hours: string;
  /** '' for "the page's language". */
  readonly lang: '' | 'en' | 'es';
  readonly offers: readonly Offer[];
  readonly mode: 'inline' | 'popup';
  readonly accent: string;
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

export function snippetOf(fields: BuilderFields): string {
  const attributes = attributesOf(fields)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const lines = [`<script src="${SCRIPT_URL}" async></script>`, `<care-level-finder${attributes}></care-level-finder>`];
  if (fields.accent.toLowerCase() !== DEFAULT_ACCENT) {
    lines.unshift(`<style>care-level-finder { --clf-accent: ${fields.accent}; }</style>`);
  }
  return lines.join('\n');
}
