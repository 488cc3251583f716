// "Notes": every note that can come with a level, where it stands on the result, when it
// applies, and each of its wordings and extra paragraphs with the condition that brings it.

import type { Copy } from '../../src/copy';
import type { NoteCopy } from '../../src/copy/schema';
import { NOTE_DESCRIPTIONS, NOTE_RULES, type NoteRule } from '../../src/screening';
import { describeCondition } from './describe';
import { ColumnHeads, Voiced } from './shared';

export function Notes({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes shown with a level</h2>
      <p>
        Several may apply. A “first step” is shown above the level, as the screen's heading where focus lands, and the
        level is introduced as what comes after it. The other notes follow the level: the one marked “first among the
        others”, then the rest in this table's order. A note with several wordings shows the first wording whose
        condition holds, and every extra paragraph whose condition holds.
      </p>
      <table class="rules">
        <ColumnHeads columns={['Note id', 'When (plain language)', 'When (as the code checks it)', 'Text shown']} />
        <tbody>
          {NOTE_RULES.map((note) => (
            <tr key={note.id} data-note-rule={note.id}>
              <td>
                <code>{note.id}</code>
                <br />
                <span class="muted">{placement(note)}</span>
              </td>
              <td>{NOTE_DESCRIPTIONS[note.id]}</td>
              <td>{describeCondition(note.when, words)}</td>
              <td>
                <NoteText note={note} copy={words.notes[note.id]} words={words} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function placement(note: NoteRule): string {
  const where = note.firstStep
    ? 'first step, above the level'
    : note.leadsOthers
      ? 'first among the others'
      : 'with the others';
  return note.callFor === 'safe-withdrawal' ? `${where}; call button labelled for safe withdrawal` : where;
}

/** A note's title and text, then each wording and extra paragraph with the condition that brings it. */
function NoteText({ note, copy, words }: { readonly note: NoteRule; readonly copy: NoteCopy; readonly words: Copy }) {
  const wordings = [
    ...(note.variants ?? []).map((variant) => ({ kind: 'wording', rule: variant, said: copy.variants?.[variant.id] })),
    ...(note.parts ?? []).map((part) => ({ kind: 'adds', rule: part, said: copy.parts?.[part.id] })),
  ];
  return (
    <>
      <strong>
        <Voiced text={copy.title} />
      </strong>
      {copy.text ? (
        <>
          <br />
          <Voiced text={copy.text} />
        </>
      ) : null}
      {wordings.length > 0 ? (
        <ul class="wordings">
          {wordings.map(({ kind, rule, said }) => (
            <li key={`${kind}:${rule.id}`} data-wording={rule.id}>
              <code>{rule.id}</code> ({kind === 'wording' ? 'wording' : 'adds'}, when{' '}
              {describeCondition(rule.when, words)}):{' '}
              {said?.title ? (
                <strong>
                  <Voiced text={said.title} />{' '}
                </strong>
              ) : null}
              <Voiced text={said?.text} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
