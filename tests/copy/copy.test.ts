import { describe, expect, it } from 'vitest';
import { becauseText, COPY, type Contact } from '../../src/copy';
import { LINES } from '../../src/copy/contacts';
import type { NoteCopy } from '../../src/copy/schema';
import { decide, NOTE_RULES, optionsOf, type Answers } from '../../src/screening';
import { answersWith } from '../support/answers';

/** Every string of a language's copy, with the functions called on sample values. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [...allStrings(value(3, 9)), ...allStrings(value(null)), ...allStrings(value('Clinic'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const NOT_A_DIAGNOSIS = { en: /not a diagnosis/i, es: /no es un diagnóstico/i } as const;

describe.each(Object.entries(COPY))('copy (%s)', (lang, copy) => {
  const strings = allStrings(copy);

  it('never calls the result a diagnosis, except to say it is not one', () => {
    const mentions = strings.filter((candidate) => /diagn/i.test(candidate));
    expect(mentions.length).toBeGreaterThan(0);
    for (const text of mentions) expect(text).toMatch(NOT_A_DIAGNOSIS[lang as keyof typeof NOT_A_DIAGNOSIS]);
  });

  it('uses person-first words, no scores, no level numbers and no criteria names', () => {
    const forbidden =
      /\b(addicts?|alcoholics?|abusers?|junkies|drunks?|score|level \d|ASAM|DSM|adictos?|drogadictos?|alcohólicos?|borrachos?|puntaje|nivel \d)\b|%/i;
    expect(strings.filter((text) => forbidden.test(text))).toEqual([]);
  });

  it('never shows the retired 988 "press 3" option or the old 1-800-273 number', () => {
    expect(strings.filter((text) => /press 3|273-?8255|1-800-273/i.test(text))).toEqual([]);
  });

  it('has a "why this suggestion" bullet for every answer that can make a level rule fire', () => {
    let checked = 0;
    for (const support of optionsOf('support'))
      for (const tried of optionsOf('tried-before'))
        for (const home of optionsOf('home'))
          for (const sober of home === 'unsafe' ? optionsOf('sober-living') : [undefined])
            for (const mental of optionsOf('mental-health')) {
              const answers: Answers = answersWith({
                support: [support],
                'tried-before': [tried],
                home: [home],
                'mental-health': [mental],
                ...(sober ? { 'sober-living': [sober] } : {}),
              });
              const decision = decide(answers);
              const because = 'because' in decision ? decision.because : [];
              expect(because.length, JSON.stringify(answers)).toBeGreaterThan(0);
              for (const fact of because) expect(becauseText(copy, fact), `${fact.step}=${fact.option}`).toBeDefined();
              checked += 1;
            }
    expect(checked).toBe(3 * 3 * (2 + 3) * 3);
  });
});

describe.each(Object.entries(COPY))('second-edition copy (%s)', (_lang, copy) => {
  it('has words for every wording and part of every note, and none that no rule uses', () => {
    for (const rule of NOTE_RULES) {
      const note: NoteCopy = copy.notes[rule.id];
      // No words for a wording that no rule has (a typo would never be shown).
      for (const id of Object.keys(note.variants ?? {}))
        expect(
          rule.variants?.map((v) => v.id),
          `${rule.id}/${id}`,
        ).toContain(id);
      for (const variant of rule.variants ?? []) {
        // A variant may leave the title or the text to the note, but an unworded fallback
        // variant must leave the note with words of its own.
        const said = note.variants?.[variant.id];
        expect(said ?? (note.text !== undefined ? {} : undefined), `${rule.id}/${variant.id}`).toBeDefined();
      }
      expect(Object.keys(note.parts ?? {}).sort(), rule.id).toEqual((rule.parts ?? []).map((part) => part.id).sort());
      for (const part of rule.parts ?? []) expect(note.parts?.[part.id]?.text, `${rule.id}/${part.id}`).toBeTruthy();
    }
  });

  it('links every phone number and text line, each from the one list in contacts.ts', () => {
    const known = Object.values(LINES).map((line) => line.href);
    const contacts: Contact[] = [];
    const walk = (value: unknown) => {
      if (value && typeof value === 'object' && 'href' in value && 'label' in value) contacts.push(value as Contact);
      else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
    };
    walk(copy);
    expect(contacts.length).toBeGreaterThan(20);
    for (const contact of contacts) {
      expect(contact.href).toMatch(/^(tel:|sms:|https:)/);
      expect(known, contact.href).toContain(contact.href.replace(/\?.*$/, ''));
    }
  });
});

describe('Spanish, as the clinical review asked', () => {
  const strings = allStrings(COPY.es).join('\n');

  it.each([
    ['dejar de usar', /dejar de usar|dejé de usar|dejó de usar/i],
    ['siguió usando', /siguió usando/i],
    ['a bare "abstinencia"', /(?<!síndrome de )abstinencia/i],
    ['chequeo médico', /chequeo/i],
    ['la madre', /\bla madre\b/i],
    ['a gendered "un consejero" alone', /\bun consejero\b(?! o consejera)/i],
    ['veteranos', /\bveteranos\b/i],
    ['aparato', /\baparato\b/i],
  ])('avoids %s', (_what, pattern) => {
    expect(strings).not.toMatch(pattern);
  });

  it('uses the wording the review asked for', () => {
    for (const phrase of [
      '¿Le pasa alguna de estas cosas?',
      'síndrome de abstinencia',
      'siguió consumiendo',
      'consejero o consejera',
      'personal médico',
      'Personas veteranas',
      'la persona embarazada y el bebé',
      'su ser querido',
      'dispositivo',
      'evaluación médica',
    ]) {
      expect(strings, phrase).toContain(phrase);
    }
  });
});
