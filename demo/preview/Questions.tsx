// "Questions": every question in the order a visitor meets it, with when it is asked, its
// wording in both forms and each option's words, read from QUESTIONS, SHOWN_WHEN and the copy.

import type { Copy, Text } from '../../src/copy';
import { QUESTIONS, SHOWN_WHEN, type StepId } from '../../src/screening';
import { describeCondition } from './describe';
import { ColumnHeads, IdCell, Voiced, VoicedRow } from './shared';

function shownWhen(step: StepId, words: Copy): string {
  const condition = SHOWN_WHEN[step];
  if (!condition) return 'Always asked.';
  const reading = describeCondition(condition, words);
  return reading ? `Asked only when ${reading}.` : 'Asked after the danger question when no danger sign was chosen.';
}

export function Questions({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="questions" aria-labelledby="questions-title">
      <h2 id="questions-title">Questions, in the order a visitor meets them</h2>
      <p>
        A danger sign ends the screening at once with the emergency or crisis screen: no question after “danger” is
        asked. Choosing an answer never moves on; Continue does.
      </p>
      {QUESTIONS.map((question, index) => {
        const text = words.questions[question.id];
        const exclusive = 'exclusive' in question ? question.exclusive : [];
        return (
          <article key={question.id} id={`q-${question.id}`} class="question" data-preview-step={question.id}>
            <h3>
              {index + 1}. <code>{question.id}</code>
            </h3>
            <p class="meta">
              {question.kind === 'one' ? 'One answer.' : 'Any number of answers.'}{' '}
              {exclusive.length > 0
                ? `${exclusive.map((id) => `“${id}”`).join(' and ')} cannot be combined with others. `
                : ''}
              {shownWhen(question.id, words)}
            </p>
            <table>
              <tbody>
                <VoicedRow head="Question" text={text.legend} />
                {'hint' in text ? <VoicedRow head="Hint" text={text.hint} /> : null}
              </tbody>
            </table>
            <table>
              <ColumnHeads columns={['Option id', 'Words shown']} />
              <tbody>
                {question.options.map((option) => (
                  <tr key={option}>
                    <IdCell id={option} />
                    <td>
                      <Voiced text={(text.options as Readonly<Record<string, Text>>)[option]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
    </section>
  );
}
