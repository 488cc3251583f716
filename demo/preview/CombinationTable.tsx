// "Every combination": all the combinations of the deciding answers with what decide() makes of
// each, filterable by outcome, and a "Try" button that opens the live widget at that row's result.

import { signal } from '@preact/signals';
import type { Copy } from '../../src/copy';
import { LEVELS, type Level } from '../../src/screening';
import { DECIDING_STEPS } from './combinations';
import { optionLabel } from './describe';
import { outcomeName, reasonOf } from './shared';
import { ROWS, tryRow } from './state';

/** The outcome the table is narrowed to. */
const outcomeFilter = signal<Level | 'all'>('all');

export function CombinationTable({ copy: words }: { readonly copy: Copy }) {
  const filter = outcomeFilter.value;
  const rows = ROWS.filter((row) => filter === 'all' || row.decision.outcome === filter);
  return (
    <section id="combinations" aria-labelledby="combinations-title">
      <h2 id="combinations-title">Every combination of the deciding answers</h2>
      <p>
        {ROWS.length} combinations of support, tried before, home, sober living, mental health and schedule, for a
        person asking for themselves with no danger sign and no withdrawal sign. Notes that depend on other answers
        (withdrawal, pregnancy, age, family) are in the notes table.
      </p>
      <label class="filter">
        Show outcome{' '}
        <select value={filter} onChange={(event) => (outcomeFilter.value = event.currentTarget.value as Level | 'all')}>
          <option value="all">All ({ROWS.length})</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {words.result.levels[level].name} ({ROWS.filter((row) => row.decision.outcome === level).length})
            </option>
          ))}
        </select>
      </label>
      <div class="table-scroll">
        <table class="combinations">
          <thead>
            <tr>
              {DECIDING_STEPS.map((step) => (
                <th key={step} scope="col">
                  <code>{step}</code>
                </th>
              ))}
              <th scope="col">Outcome</th>
              <th scope="col">Reason</th>
              <th scope="col">Notes</th>
              <th scope="col">
                <span class="screen-reader">Try it</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-combination={JSON.stringify(row.answers)}>
                {DECIDING_STEPS.map((step) => {
                  const option = row.answers[step]?.[0];
                  return (
                    <td key={step} data-step-answer={step} data-value={option ?? ''}>
                      {option ? optionLabel(words, step, option) : '—'}
                    </td>
                  );
                })}
                <td data-outcome-cell={row.decision.outcome}>{outcomeName(row.decision, words)}</td>
                <td data-reason-cell={reasonOf(row.decision)}>
                  <code>{reasonOf(row.decision)}</code>
                </td>
                <td data-notes-cell={'notes' in row.decision ? row.decision.notes.join(' ') : ''}>
                  {'notes' in row.decision ? row.decision.notes.join(', ') : ''}
                </td>
                <td>
                  <button type="button" onClick={() => tryRow(row)}>
                    Try
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
