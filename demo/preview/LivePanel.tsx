// The live widget beside the page: the real widget, opened at the chosen row's answers, and the
// control that picks the step it starts at (a question on that row's path, or the result).

import type { Copy } from '../../src/copy';
import { type Answers, plannedSteps, type StepId } from '../../src/screening';
import { type LiveStart, LiveWidget } from './LiveWidget';
import { outcomeName, reasonOf } from './shared';
import { copy, lang, liveRow, liveStep } from './state';

function liveStart(answers: Answers, step: StepId | 'result'): LiveStart {
  if (step === 'result') return { step, answers };
  // Only the answers given before that step: the widget checks the start could really happen.
  const before = plannedSteps(answers).slice(0, plannedSteps(answers).indexOf(step));
  return { step, answers: Object.fromEntries(before.map((id) => [id, answers[id] ?? []])) };
}

function LiveControls({ copy: words }: { readonly copy: Copy }) {
  const row = liveRow.value;
  const steps = plannedSteps(row.answers);
  return (
    <div class="live-controls">
      <p>
        Answers from the table row you chose ({outcomeName(row.decision, words)}, <code>{reasonOf(row.decision)}</code>
        ).
      </p>
      <label>
        Start at{' '}
        <select
          value={liveStep.value}
          onChange={(event) => (liveStep.value = event.currentTarget.value as StepId | 'result')}
        >
          {steps.map((step) => (
            <option key={step} value={step}>
              {step}
            </option>
          ))}
          <option value="result">the result</option>
        </select>
      </label>
    </div>
  );
}

export function LivePanel() {
  return (
    <aside id="live" class="live" aria-labelledby="live-title">
      <h2 id="live-title">Live widget</h2>
      <LiveControls copy={copy.value} />
      <LiveWidget lang={lang.value} start={liveStart(liveRow.value.answers, liveStep.value)} />
    </aside>
  );
}
