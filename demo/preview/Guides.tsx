// "What to do while help comes": the guides on the emergency and crisis screens, each with when
// it is shown and its steps, read from GUIDE_RULES and the copy. Part of the Safety section.

import type { Copy } from '../../src/copy';
import { GUIDE_DESCRIPTIONS, GUIDE_RULES } from '../../src/screening';
import { describeCondition } from './describe';
import { ColumnHeads, IdCell, Voiced } from './shared';

export function Guides({ copy: words }: { readonly copy: Copy }) {
  return (
    <>
      <h3>What to do while help comes (guides on the emergency and crisis screens)</h3>
      <p>Shown after the 911 (or 988) action and before everything else, in this order.</p>
      <table class="rules">
        <ColumnHeads columns={['Guide id', 'When', 'Steps shown']} />
        <tbody>
          {GUIDE_RULES.map((guide) => (
            <tr key={guide.id} data-guide-rule={guide.id}>
              <IdCell id={guide.id} />
              <td>
                {GUIDE_DESCRIPTIONS[guide.id]}{' '}
                <span class="muted">
                  ({guide.outcome}, when {describeCondition(guide.when, words)})
                </span>
              </td>
              <td>
                <strong>
                  <Voiced text={words.guides[guide.id].title} />
                </strong>
                <ol>
                  {words.guides[guide.id].steps.map((step, index) => (
                    <li key={index}>
                      <Voiced text={step} />
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
