import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTION_SPECS, parseOptions, parsePhone, type MountOptions, type WidgetOptions } from '../../src/config';
import { LEVELS, OFFERS } from '../../src/screening';

describe('phone', () => {
  it.each([
    ['+1-844-959-4998', 'tel:+18449594998', '(844) 959-4998'],
    ['1 (844) 959 4998', 'tel:+18449594998', '(844) 959-4998'],
    ['844.959.4998', 'tel:+18449594998', '(844) 959-4998'],
    ['8449594998', 'tel:+18449594998', '(844) 959-4998'],
    ['(555) 010-4477', 'tel:+15550104477', '(555) 010-4477'],
    ['  +1 555 010 4477  ', 'tel:+15550104477', '(555) 010-4477'],
  ])('reads %j', (raw, href, shown) => {
    expect(parsePhone(raw)).toEqual({ value: { href, shown } });
  });

  it.each(['844-959-499', '+44 20 7946 0958', '844-959-4998 ext 2', 'call us', '+2-844-959-4998', '11-844-959-4998'])(
    'refuses %j and names it',
    (raw) => {
      const parsed = parsePhone(raw);
      expect(parsed.value).toBeNull();
      expect(parsed.problem?.severity).toBe('error');
      expect(parsed.problem?.message).toContain(`phone="${raw.trim()}"`);
    },
  );

  it('says when it is missing', () => {
    expect(parsePhone(null).problem?.message).toMatch(/^phone is missing/);
    expect(parsePhone('   ').problem?.message).toMatch(/^phone is missing/);
  });
});

describe('parseOptions', () => {
  it('reads a complete configuration without a problem', () => {
    expect(
      parseOptions({
        phone: '555-010-4477',
        clinicName: ' Harbor  Light ',
        hours: 'Open 24/7',
        lang: 'EN',
        offers: 'iop outpatient',
      }),
    ).toEqual({
      options: {
        phone: { href: 'tel:+15550104477', shown: '(555) 010-4477' },
        clinicName: 'Harbor Light',
        hours: 'Open 24/7',
        lang: 'en',
        offers: ['iop', 'outpatient'],
        mode: 'inline',
        persist: 'session',
      },
      problems: [],
    });
  });

  it('falls back to English for an unknown language, with a warning naming it', () => {
    const { options, problems } = parseOptions({ phone: '5550104477', lang: 'klingon' });
    expect(options.lang).toBe('en');
    expect(problems).toEqual([
      { attribute: 'lang', severity: 'warning', message: expect.stringContaining('lang="klingon"') },
    ]);
  });

  it.each([
    ['es', 'es'],
    ['ES-mx', 'es'],
    ['en-US', 'en'],
  ])('reads lang=%j as %s', (raw, lang) => {
    expect(parseOptions({ phone: '5550104477', lang: raw })).toMatchObject({ options: { lang }, problems: [] });
  });

  it('leaves the language to the page when none is given', () => {
    expect(parseOptions({ phone: '5550104477' }).options.lang).toBeNull();
  });

  it('reads detox as an offer beside the levels (second edition)', () => {
    const withDetox = parseOptions({ phone: '5550104477', offers: 'iop DETOX' });
    expect(withDetox).toMatchObject({ options: { offers: ['iop', 'detox'] }, problems: [] });
    expect(parseOptions({ phone: '5550104477' }).options.offers).toEqual(LEVELS);
  });

  it('ignores unknown offers with a warning, and offers everything when nothing is known', () => {
    const some = parseOptions({ phone: '5550104477', offers: 'iop rehab' });
    expect(some.options.offers).toEqual(['iop']);
    expect(some.problems[0]?.message).toContain('"rehab"');
    expect(some.problems[0]?.message).toContain('residential iop outpatient detox');
    const none = parseOptions({ phone: '5550104477', offers: 'rehab' });
    expect(none.options.offers).toEqual(LEVELS);
    expect(none.problems[0]?.message).toContain('Using all three');
    expect(parseOptions({ phone: '5550104477', offers: ['outpatient'] }).options.offers).toEqual(['outpatient']);
  });

  it.each([
    ['mode', { mode: 'sideways' }, 'mode="sideways"', 'inline'],
    ['persist', { persist: 'forever' }, 'persist="forever"', 'session'],
  ] as const)('falls back on an unknown %s with a warning naming the value', (key, raw, named, fallback) => {
    const { options, problems } = parseOptions({ phone: '5550104477', ...raw });
    expect(options[key]).toBe(fallback);
    expect(problems).toEqual([{ attribute: key, severity: 'warning', message: expect.stringContaining(named) }]);
  });

  it('shortens very long clinic text with a warning', () => {
    const { options, problems } = parseOptions({ phone: '5550104477', clinicName: 'x'.repeat(500) });
    expect(options.clinicName).toHaveLength(120);
    expect(problems[0]?.attribute).toBe('clinic-name');
  });

  it('never throws and always yields usable options, whatever the strings', () => {
    // Every attribute the element reads, each given any string, or nothing at all.
    const keys = Object.keys(OPTION_SPECS) as (keyof WidgetOptions)[];
    const anyValue = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constant(null), fc.constant(undefined));
    const anyAttributes = fc.record(
      Object.fromEntries(keys.map((key) => [key, anyValue])) as Record<
        keyof WidgetOptions,
        fc.Arbitrary<string | null | undefined>
      >,
    );
    fc.assert(
      fc.property(anyAttributes, (raw) => {
        const { options, problems } = parseOptions(raw as MountOptions);
        expect(options.phone === null || /^tel:\+1\d{10}$/.test(options.phone.href)).toBe(true);
        expect(options.offers.length).toBeGreaterThan(0);
        expect(options.offers.every((level) => OFFERS.includes(level))).toBe(true);
        expect([null, 'en', 'es']).toContain(options.lang);
        for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
      }),
    );
  });
});
