// "Outcomes and rules": the danger and level rules in the order decide() checks them, each with
// its plain-language and checked condition, its outcome and its "why" text; then each level's meaning.

import type { Copy } from '../../src/copy';
import { DANGER_DESCRIPTIONS, DANGER_RULES, LEVEL_DESCRIPTIONS, LEVEL_RULES, LEVELS } from '../../src/screening';
import { describeCondition } from './describe';
import { ColumnHeads, IdCell, Voiced } from './shared';

export function Outcomes({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes and the rules that choose them</h2>
      <p>Checked in this order; the first rule that matches decides. Its id is the reason shown to the visitor.</p>
      <table class="rules">
        <ColumnHeads
          columns={['Rule id', 'When (plain language)', 'When (as the code checks it)', 'Outcome', '“Why” text shown']}
        />
        <tbody>
          {DANGER_RULES.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <IdCell id={rule.id} />
              <td>{DANGER_DESCRIPTIONS[rule.id]}</td>
              <td>{describeCondition(rule.when, words)}</td>
              <td>{rule.id === 'emergency' ? words.emergency.heading : words.crisis.heading}</td>
              <td class="muted">No level; see below.</td>
            </tr>
          ))}
          {LEVEL_RULES.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <IdCell id={rule.id} />
              <td>{LEVEL_DESCRIPTIONS[rule.id]}</td>
              <td>{describeCondition(rule.when, words)}</td>
              <td>
                {words.result.levels[rule.level].name}
                {rule.tentative ? <span class="muted"> (introduced as “{words.result.maybeEyebrow}”)</span> : null}
              </td>
              <td>
                <Voiced text={words.reasons[rule.id]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        The level is introduced as “{words.result.eyebrow}”, or as “{words.result.afterEyebrow}” when a first step leads
        the screen (see the notes below).
      </p>
      <h3>What each level means</h3>
      <dl>
        {LEVELS.map((level) => (
          <div key={level}>
            <dt>
              {words.result.levels[level].name} (<code>{level}</code>)
            </dt>
            <dd>
              <Voiced text={words.result.levels[level].meaning} />
            </dd>
          </div>
        ))}
        {LEVEL_RULES.filter((rule) => rule.meaning === 'sober-living').map((rule) => (
          <div key={rule.id}>
            <dt>
              {words.result.levels[rule.level].name}, reason <code>{rule.id}</code>
            </dt>
            <dd>
              <Voiced text={words.result.soberLivingMeaning} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
