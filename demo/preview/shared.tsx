// What several sections of the preview show the same way: a text in both of the visitor's
// forms, an outcome's name, a decision's reason, and a table's headings, id cells and rows.

import type { ComponentChildren } from 'preact';
import { say, type Copy, type Text } from '../../src/copy';
import type { Decision } from '../../src/screening';

/** A text in the "you" form and the "they" form, or null where there is none. */
export function both(text: Text | undefined): { you: string; they: string } | null {
  if (text === undefined) return null;
  return { you: say(text, 'self'), they: say(text, 'loved-one') };
}

/** A text as the visitor reads it: once when both forms agree, else each form marked. */
export function Voiced({ text }: { readonly text: Text | undefined }) {
  const forms = both(text);
  if (!forms) return <span class="muted">—</span>;
  if (forms.you === forms.they) return <>{forms.you}</>;
  return (
    <>
      <span class="form">you:</span> {forms.you}
      <br />
      <span class="form">they:</span> {forms.they}
    </>
  );
}

/** A level by its visitor name; an emergency or a crisis by its id. */
export function outcomeName(decision: Decision, words: Copy): string {
  return 'reason' in decision ? words.result.levels[decision.outcome].name : decision.outcome;
}

/** The id of the rule that chose a level, or '' for an emergency or a crisis. */
export function reasonOf(decision: Decision): string {
  return 'reason' in decision ? decision.reason : '';
}

/** A table's heading row, one column heading each. */
export function ColumnHeads({ columns }: { readonly columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table cell that shows an id as code. */
export function IdCell({ id }: { readonly id: string }) {
  return (
    <td>
      <code>{id}</code>
    </td>
  );
}

/** A table row: a heading, then a text as the visitor reads it. */
export function VoicedRow({ head, text }: { readonly head: ComponentChildren; readonly text: Text | undefined }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      <td>
        <Voiced text={text} />
      </td>
    </tr>
  );
}
