import { describe, expect, it } from 'vitest';
import { becauseText, COPY } from '../../src/copy';
import { decide, optionsOf, type Answers } from '../../src/screening';
import { answersWith } from '../support/answers';

/** Every string of a language's copy, with the functions called on sample values. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [...allStrings(value(3, 9)), ...allStrings(value(null)), ...allStrings(value('Clinic'))];
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
