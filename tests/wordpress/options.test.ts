// The plugin checks the widget's attributes in PHP (wordpress/includes/options.php) before it
// writes them into <care-level-finder>; the widget reads them with src/config/options.ts. Both
// run here on one table of samples, and on generated ones: they must agree on what is a
// problem, and whatever the plugin writes, the widget must read as it reads the value typed.
// Where the widget only warns (too long, unknown language, unknown words, unknown mode), the
// plugin refuses, so "a problem" is compared, not the widget's fallback.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLang, parseOffers, parseOptions, parsePhone } from '../../src/config';
import { whichPhp } from './php';

const PHP = whichPhp();
const OPTIONS_PHP = resolve(import.meta.dirname, '../../wordpress/includes/options.php');

type Key = 'phone' | 'clinic_name' | 'hours' | 'lang' | 'offers' | 'mode';
interface Checked {
  readonly value: string;
  readonly problem: string | null;
}

/** options.php outside WordPress: __() and _n() return the English text. */
const HARNESS = `<?php
define('CARE_LEVEL_FINDER_STANDALONE', true);
function __($text, $domain = null) { return $text; }
function _n($single, $plural, $number, $domain = null) { return $number === 1 ? $single : $plural; }
require ${JSON.stringify(OPTIONS_PHP)};
$samples = json_decode(stream_get_contents(STDIN), true);
$out = array();
foreach ($samples as $sample) { $out[] = CareLevelFinder\\check($sample[0], $sample[1]); }
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
`;

/** Every sample through options.php in one php run. */
function checkInPhp(samples: readonly (readonly [Key, string])[]): Checked[] {
  const output = execFileSync(PHP as string, ['-r', HARNESS.replace(/^<\?php\n/, '')], {
    input: JSON.stringify(samples),
    encoding: 'utf8',
  });
  return JSON.parse(output) as Checked[];
}

/** The widget's reading of one attribute: its problem (if any) and the value it runs with. */
function readInWidget(key: Key, raw: string): { problem: boolean; value: unknown } {
  switch (key) {
    case 'phone': {
      const parsed = parsePhone(raw);
      return { problem: parsed.problem !== undefined, value: parsed.value?.href ?? null };
    }
    case 'clinic_name':
    case 'hours': {
      const { options, problems } = parseOptions({ [key === 'clinic_name' ? 'clinicName' : 'hours']: raw });
      return {
        problem: problems.some((problem) => problem.attribute !== 'phone'),
        value: key === 'clinic_name' ? options.clinicName : options.hours,
      };
    }
    case 'lang': {
      const parsed = parseLang(raw);
      return { problem: parsed.problem !== undefined, value: parsed.value };
    }
    case 'offers': {
      const parsed = parseOffers(raw);
      return { problem: parsed.problem !== undefined, value: parsed.value };
    }
    case 'mode': {
      const { options, problems } = parseOptions({ mode: raw });
      return { problem: problems.some((problem) => problem.attribute === 'mode'), value: options.mode };
    }
  }
}

/**
 * `detox` is in the spec's second edition of `offers`; the plugin accepts it already. Until the
 * widget reads it too, samples with it are checked against the spec's list instead.
 */
const WIDGET_KNOWS_DETOX = parseOffers('detox').problem === undefined;

const SAMPLES: Readonly<Record<Key, readonly string[]>> = {
  phone: [
    '+1-844-959-4998',
    '1 (844) 959 4998',
    '844.959.4998',
    '8449594998',
    '(555) 010-4477',
    '  +1 555 010 4477  ',
    '\u00a0555\u2003010\u30004477\ufeff',
    '+1\t(555)\n010-4477',
    '844-959-499',
    '+44 20 7946 0958',
    '844-959-4998 ext 2',
    'call us',
    '+2-844-959-4998',
    '11-844-959-4998',
    '555_010_4477',
    '555\u0085010\u00854477',
    '\u0665\u0665\u0665\u0660\u0661\u0660\u0664\u0664\u0667\u0667',
    '1-800-FLOWERS',
    'javascript:alert(1)',
    '"><script>alert(1)</script>',
    '',
    '   ',
  ],
  clinic_name: [
    'Harbor  Light Recovery',
    '  Harbor\u00a0Light\u3000',
    '\ufeffHarbor',
    'a\u0085b',
    'a\u200bb',
    'x'.repeat(120),
    'x'.repeat(121),
    '\u{1F600}'.repeat(60),
    '\u{1F600}'.repeat(61),
    'é'.repeat(120),
    'é'.repeat(121),
    `${'x'.repeat(119)}  `,
    '"><script>alert(1)</script>',
    "O'Brien & Sons",
    '',
    '\n\t ',
  ],
  hours: ['Open 24/7', 'Mon–Fri, 8 am – 6 pm', ' ', 'y'.repeat(121), '<img src=x onerror=alert(1)>'],
  lang: [
    'en',
    'es',
    'ES',
    'es-MX',
    'en-US',
    'EN-gb',
    ' es ',
    'fr',
    'klingon',
    'es_MX',
    'e s',
    'español',
    '-es',
    'es-',
    '',
    '\u00a0',
  ],
  offers: [
    'residential iop outpatient',
    'iop',
    'OUTPATIENT  iop',
    'iop iop',
    ' outpatient\u00a0residential ',
    'residential,iop',
    'everything',
    'iop everything',
    'iop<script>',
    '\u0130op',
    'Iop',
    '',
    '  ',
  ],
  mode: ['inline', 'popup', 'POPUP', ' popup ', 'Inline', 'sideways', 'pop up', 'popup"', ''],
};

/** Samples with detox, and what the plugin writes for them (the spec's list, in its order). */
const DETOX_SAMPLES: readonly (readonly [string, string])[] = [
  ['detox', 'detox'],
  ['iop detox', 'iop detox'],
  ['Detox residential', 'residential detox'],
  ['detox detox outpatient', 'outpatient detox'],
];

const KEYS = Object.keys(SAMPLES) as Key[];

/** The value the plugin wrote, as the element's attribute: '' leaves the attribute out. */
function attributeValue(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function expectAgreement(key: Key, raw: string, php: Checked): void {
  const typed = readInWidget(key, raw);
  const label = `${key} ${JSON.stringify(raw)}: php ${JSON.stringify(php)}, widget ${JSON.stringify(typed)}`;
  expect(php.problem !== null, label).toBe(typed.problem);
  if (php.problem !== null) {
    // A message that names the field and, when there is one, the value.
    expect(php.problem, label).toMatch(/^(Phone|Clinic name|Hours|Language|Levels offered|Mode)\b/);
    return;
  }
  // What the plugin writes, the widget reads without a problem and as it reads what was typed.
  const written = readInWidget(key, attributeValue(php.value) ?? '');
  expect(written, label).toEqual({ problem: false, value: typed.value });
}

describe.skipIf(!PHP)('wordpress/includes/options.php agrees with src/config/options.ts', () => {
  it('on the table of samples', () => {
    const samples = KEYS.flatMap((key) => SAMPLES[key].map((raw) => [key, raw] as const));
    const results = checkInPhp(samples);
    for (const [index, [key, raw]] of samples.entries()) expectAgreement(key, raw, results[index] as Checked);
  });

  it('on generated text, whitespace and markup', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u200b', '\u2028'),
      fc.constantFrom('+1', '1', '(555)', '010', '-', '.', '4477', '555', '0104477'),
      fc.constantFrom('en', 'es', 'ES-mx', 'fr', '-'),
      fc.constantFrom('residential', 'iop', 'outpatient', 'IOP', 'inline', 'popup', 'Popup'),
      fc.constantFrom('<', '>', '"', "'", '&', '<script>', 'javascript:', '\u{1F600}'),
    );
    const text = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
    const samples = fc
      .sample(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 130 }))), {
        numRuns: 3000,
        seed: 15,
      })
      .filter(([, raw]) => !/detox/i.test(raw));
    const results = checkInPhp(samples);
    for (const [index, [key, raw]] of samples.entries()) expectAgreement(key, raw, results[index] as Checked);
  });

  it("on detox, which the spec's second edition adds to offers", () => {
    const results = checkInPhp(DETOX_SAMPLES.map(([raw]) => ['offers', raw] as const));
    DETOX_SAMPLES.forEach(([raw, written], index) => {
      expect(results[index]).toEqual({ value: written, problem: null });
      if (WIDGET_KNOWS_DETOX) expectAgreement('offers', raw, results[index] as Checked);
    });
  });

  it('names what is wrong', () => {
    const [phone, name, lang, offers, mode] = checkInPhp([
      ['phone', 'javascript:alert(1)'],
      ['clinic_name', 'x'.repeat(121)],
      ['lang', 'klingon'],
      ['offers', 'iop everything spa'],
      ['mode', 'sideways'],
    ]);
    expect(phone?.problem).toBe(
      'Phone "javascript:alert(1)" is not a US phone number: use 10 digits, optionally after +1, like +1-555-123-4567.',
    );
    expect(name?.problem).toBe('Clinic name is 121 characters long; the widget shows at most 120.');
    expect(lang?.problem).toBe('Language "klingon" is not a language of the widget (en, es).');
    expect(offers?.problem).toBe('Levels offered: "everything", "spa" are not among residential iop outpatient detox.');
    expect(mode?.problem).toBe('Mode "sideways" is not "inline" or "popup".');
  });
});

if (!PHP) {
  describe('wordpress/includes/options.php', () => {
    it.skip('is not compared with the widget: php-cli is not installed (apt-get install -y php-cli)', () => {});
  });
}
