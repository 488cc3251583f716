// The clinician preview: every question, rule, note and outcome, read from the code that runs
// in the widget (questions, rule data, copy), never from a second hand-written copy.

import { computed, signal } from '@preact/signals';
import { COPY, say, type Copy, type Lang, type Text } from '../../src/copy';
import type { NoteCopy } from '../../src/copy/schema';
import {
  DANGER_DESCRIPTIONS,
  DANGER_RULES,
  GUIDE_DESCRIPTIONS,
  GUIDE_RULES,
  LEVEL_DESCRIPTIONS,
  NOTE_DESCRIPTIONS,
  LEVEL_RULES,
  NOTE_RULES,
  LEVELS,
  plannedSteps,
  QUESTIONS,
  SHOWN_WHEN,
  type Answers,
  type Decision,
  type Level,
  type NoteRule,
  type StepId,
} from '../../src/screening';
import { combinations, DECIDING_STEPS, type Combination } from './combinations';
import { describeCondition, optionLabel } from './describe';
import { LiveWidget, type LiveStart } from './LiveWidget';
import { PhoneTeam } from './PhoneTeam';

const lang = signal<Lang>('en');
const copy = computed(() => COPY[lang.value]);
const outcomeFilter = signal<Level | 'all'>('all');
const ROWS = combinations();
const liveRow = signal<Combination>(ROWS[0] as Combination);
const liveStep = signal<StepId | 'result'>('result');

export function PreviewPage() {
  const words = copy.value;
  return (
    <>
      <header class="preview-header">
        <div>
          <p class="eyebrow">Care Level Finder · clinician preview</p>
          <h1>Every question, rule and outcome</h1>
          <p class="lead">
            Everything on this page is read from the widget's own code: the questions, the rules, the notes and the
            words a visitor sees. Review it before the widget goes live.
          </p>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: two page controls side by side, not a form's fieldset */}
        <div class="controls" role="group" aria-label="Preview controls">
          <label>
            Language{' '}
            <select value={lang.value} onChange={(event) => (lang.value = event.currentTarget.value as Lang)}>
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>
          </label>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <nav class="toc" aria-label="On this page">
        <a href="#questions">Questions</a> <a href="#outcomes">Outcomes and rules</a> <a href="#notes">Notes</a>{' '}
        <a href="#combinations">Every combination</a> <a href="#safety">Emergency, crisis and help</a>{' '}
        <a href="#phone-team">For your phone team</a> <a href="#live">Live widget</a>
      </nav>
      <div class="layout">
        <main class="content">
          <Questions copy={words} />
          <Outcomes copy={words} />
          <Notes copy={words} />
          <Combinations copy={words} />
          <Safety copy={words} />
          <PhoneTeam row={liveRow.value} />
        </main>
        <aside id="live" class="live" aria-labelledby="live-title">
          <h2 id="live-title">Live widget</h2>
          <LiveControls copy={words} />
          <LiveWidget lang={lang.value} start={liveStart(liveRow.value.answers, liveStep.value)} />
        </aside>
      </div>
    </>
  );
}

function both(text: Text | undefined): { you: string; they: string } | null {
  if (text === undefined) return null;
  return { you: say(text, 'self'), they: say(text, 'loved-one') };
}

function Voiced({ text }: { readonly text: Text | undefined }) {
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

function shownWhen(step: StepId, words: Copy): string {
  const condition = SHOWN_WHEN[step];
  if (!condition) return 'Always asked.';
  const reading = describeCondition(condition, words);
  return reading ? `Asked only when ${reading}.` : 'Asked after the danger question when no danger sign was chosen.';
}

function Questions({ copy: words }: { readonly copy: Copy }) {
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
                <tr>
                  <th scope="row">Question</th>
                  <td>
                    <Voiced text={text.legend} />
                  </td>
                </tr>
                {'hint' in text ? (
                  <tr>
                    <th scope="row">Hint</th>
                    <td>
                      <Voiced text={text.hint} />
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            <table>
              <thead>
                <tr>
                  <th scope="col">Option id</th>
                  <th scope="col">Words shown</th>
                </tr>
              </thead>
              <tbody>
                {question.options.map((option) => (
                  <tr key={option}>
                    <td>
                      <code>{option}</code>
                    </td>
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

function Outcomes({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes and the rules that choose them</h2>
      <p>Checked in this order; the first rule that matches decides. Its id is the reason shown to the visitor.</p>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">Rule id</th>
            <th scope="col">When (plain language)</th>
            <th scope="col">When (as the code checks it)</th>
            <th scope="col">Outcome</th>
            <th scope="col">“Why” text shown</th>
          </tr>
        </thead>
        <tbody>
          {DANGER_RULES.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>{DANGER_DESCRIPTIONS[rule.id]}</td>
              <td>{describeCondition(rule.when, words)}</td>
              <td>{rule.id === 'emergency' ? words.emergency.heading : words.crisis.heading}</td>
              <td class="muted">No level; see below.</td>
            </tr>
          ))}
          {LEVEL_RULES.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
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

function Notes({ copy: words }: { readonly copy: Copy }) {
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
        <thead>
          <tr>
            <th scope="col">Note id</th>
            <th scope="col">When (plain language)</th>
            <th scope="col">When (as the code checks it)</th>
            <th scope="col">Text shown</th>
          </tr>
        </thead>
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

function Guides({ copy: words }: { readonly copy: Copy }) {
  return (
    <>
      <h3>What to do while help comes (guides on the emergency and crisis screens)</h3>
      <p>Shown after the 911 (or 988) action and before everything else, in this order.</p>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">Guide id</th>
            <th scope="col">When</th>
            <th scope="col">Steps shown</th>
          </tr>
        </thead>
        <tbody>
          {GUIDE_RULES.map((guide) => (
            <tr key={guide.id} data-guide-rule={guide.id}>
              <td>
                <code>{guide.id}</code>
              </td>
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

function outcomeName(decision: Decision, words: Copy): string {
  return 'reason' in decision ? words.result.levels[decision.outcome].name : decision.outcome;
}

function Combinations({ copy: words }: { readonly copy: Copy }) {
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
                <td data-reason-cell={'reason' in row.decision ? row.decision.reason : ''}>
                  <code>{'reason' in row.decision ? row.decision.reason : ''}</code>
                </td>
                <td data-notes-cell={'notes' in row.decision ? row.decision.notes.join(' ') : ''}>
                  {'notes' in row.decision ? row.decision.notes.join(', ') : ''}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      liveRow.value = row;
                      liveStep.value = 'result';
                      document.getElementById('live')?.scrollIntoView({ block: 'start' });
                    }}
                  >
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

/** Every string of a copy section, with its key, the functions shown for "Harbor Light". */
function CopyTable({ section }: { readonly section: object }) {
  const rows: [string, Text][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') rows.push([path, value]);
    else if (typeof value === 'function') {
      rows.push(
        [`${path} (with a clinic name)`, String(value('Harbor Light'))],
        [`${path} (without)`, String(value(null))],
      );
    } else if (value && typeof value === 'object' && 'self' in value && 'loved-one' in value)
      rows.push([path, value as Text]);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(section, '');
  return (
    <table class="copy">
      <tbody>
        {rows.map(([key, text]) => (
          <tr key={key}>
            <th scope="row">
              <code>{key}</code>
            </th>
            <td>
              <Voiced text={text} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Safety({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="safety" aria-labelledby="safety-title">
      <h2 id="safety-title">Emergency, crisis, “Need help now?” and the call</h2>
      <h3>Emergency screen (a danger sign other than suicidal thoughts)</h3>
      <CopyTable section={words.emergency} />
      <Guides copy={words} />
      <h3>Crisis screen (thoughts of suicide or of hurting someone)</h3>
      <CopyTable section={words.crisis} />
      <h3>“Need help now?” panel (on every screen)</h3>
      <CopyTable section={words.helpPanel} />
      <h3>The clinic's call button</h3>
      <CopyTable section={words.call} />
      <h3>If the widget fails</h3>
      <CopyTable section={words.fallback} />
    </section>
  );
}

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
        Answers from the table row you chose ({outcomeName(row.decision, words)},{' '}
        <code>{'reason' in row.decision ? row.decision.reason : ''}</code>).
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
