// "For your phone team": what the visitor read on each outcome and in each note, in both
// languages, with a suggested first question for the call, and the visitor's own "Before you
// call" summary for a row of the combinations table. Printable on its own.

import { COPY, type Copy, LANGS, type Text } from '../../src/copy';
import type { NoteCopy } from '../../src/copy/schema';
import { summaryText } from '../../src/copy/summary';
import { LEVELS, NOTE_RULES, OUTCOMES, type NoteRule } from '../../src/screening';
import { LANG_NAMES } from '../lang-names';
import type { Combination } from './combinations';
import { FIRST_QUESTION_FOR_NOTE, FIRST_QUESTION_FOR_OUTCOME } from './phone-team';
import { both } from './shared';

/** Each language with its own name, in the copy's order. */
const LANG_COLUMNS = LANGS.map((lang) => [lang, LANG_NAMES[lang]] as const);

/** A text in the "you" form, with the "they" form after it when it differs. */
function forms(text: Text | undefined): string {
  const voiced = both(text);
  if (!voiced) return '';
  return voiced.you === voiced.they ? voiced.you : `${voiced.you} / ${voiced.they}`;
}

/** Every wording of a note, each as the heading and the paragraphs a visitor can read. */
function noteRead(rule: NoteRule, note: NoteCopy): string[] {
  const variants = (rule.variants ?? []).map((variant) => note.variants?.[variant.id]);
  const heads = variants.length > 0 ? variants : [undefined];
  return [
    ...heads.map((variant) =>
      [forms(variant?.title ?? note.title), forms(variant?.text ?? note.text)].filter(Boolean).join(': '),
    ),
    ...(rule.parts ?? []).map((part) => forms(note.parts?.[part.id]?.text)),
  ];
}

function outcomeRead(copy: Copy): Readonly<Record<string, readonly string[]>> {
  return {
    emergency: [copy.emergency.heading, forms(copy.emergency.text)],
    crisis: [copy.crisis.heading, forms(copy.crisis.text)],
    ...Object.fromEntries(
      LEVELS.map((level) => [level, [copy.result.levels[level].name, forms(copy.result.levels[level].meaning)]]),
    ),
  };
}

function print(): void {
  document.body.classList.add('print-phone-team');
  addEventListener('afterprint', () => document.body.classList.remove('print-phone-team'), { once: true });
  window.print();
}

interface ReadRow {
  readonly id: string;
  /** What the visitor read, as lines, in one language. */
  readonly read: (copy: Copy) => readonly string[];
  readonly question: string;
}

/** One row per outcome or note: what the visitor read in each language, and a first question. */
function ReadTable({ title, rows }: { readonly title: 'Outcomes' | 'Notes'; readonly rows: readonly ReadRow[] }) {
  return (
    <>
      <h3>{title}</h3>
      <table class="rules" data-phone-team={title.toLowerCase()}>
        <thead>
          <tr>
            <th scope="col">{title === 'Outcomes' ? 'Outcome' : 'Note'}</th>
            {LANG_COLUMNS.map(([lang, name]) => (
              <th key={lang} scope="col">
                What the visitor read ({name})
              </th>
            ))}
            <th scope="col">A first question for the call</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-phone-team-row={row.id}>
              <td>
                <code>{row.id}</code>
              </td>
              {LANG_COLUMNS.map(([lang]) => (
                <td key={lang} lang={lang}>
                  {row.read(COPY[lang]).map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </td>
              ))}
              <td>{row.question}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function PhoneTeam({ row }: { readonly row: Combination }) {
  const decision = row.decision;
  return (
    <section id="phone-team" aria-labelledby="phone-team-title">
      <h2 id="phone-team-title">For your phone team</h2>
      <p>
        What a caller has just read, in both languages, and a first question that meets them there. Callers may read out
        or paste a “Before you call” summary (below): it is what the widget showed them, nothing more.
      </p>
      <p>
        <button type="button" onClick={print}>
          Print this section
        </button>
      </p>
      <ReadTable
        title="Outcomes"
        rows={OUTCOMES.map((outcome) => ({
          id: outcome,
          read: (copy) => outcomeRead(copy)[outcome] ?? [],
          question: FIRST_QUESTION_FOR_OUTCOME[outcome],
        }))}
      />
      <ReadTable
        title="Notes"
        rows={NOTE_RULES.map((rule) => ({
          id: rule.id,
          read: (copy) => noteRead(rule, copy.notes[rule.id]),
          question: FIRST_QUESTION_FOR_NOTE[rule.id],
        }))}
      />
      <h3>A caller's “Before you call” summary</h3>
      <p>
        For the row of the combinations table last tried (“Try”), as the widget gives it to someone asking for
        themselves.
      </p>
      {'reason' in decision ? (
        <div class="summary-examples">
          {LANG_COLUMNS.map(([lang, name]) => (
            <figure key={lang} lang={lang}>
              <figcaption>{name}</figcaption>
              <pre data-summary-example={lang}>{summaryText(COPY[lang], decision, 'self')}</pre>
            </figure>
          ))}
        </div>
      ) : null}
    </section>
  );
}
