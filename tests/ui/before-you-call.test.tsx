import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY } from '../../src/copy';
import { summaryText } from '../../src/copy/summary';
import { decide, type LevelDecision } from '../../src/screening';
import type { DeviceActions } from '../../src/ui/settings';
import { answersWith } from '../support/answers';
import { cleanup, renderWidget } from '../support/render-widget';

afterEach(cleanup);

type Lang = 'en' | 'es';
const START = { en: 'Start', es: 'Empezar' } as const;
const CONTINUE = { en: 'Continue', es: 'Continuar' } as const;

/** Walks by option ids, as the DOM hooks name them, so one walk serves both languages. */
function walkTo(lang: Lang, options: string[][], device?: DeviceActions) {
  const widget = renderWidget({ phone: '555-010-4477', clinicName: 'Harbor Light', lang }, device);
  fireEvent.click(screen.getByRole('button', { name: START[lang] }));
  for (const row of options) {
    for (const option of row)
      fireEvent.click(document.querySelector(`input[data-option="${option}"]`) as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: CONTINUE[lang] }));
  }
  expect(widget.step()).toBe('result');
  return widget;
}

const SELF_WITHDRAWAL = [
  ['self'],
  ['none'],
  ['adult'],
  ['daily-alcohol', 'withdrawal-symptoms'],
  ['no'],
  ['no'],
  ['stable'],
  ['no'],
  ['one-two-hours-week'],
];
const LOVED_ONE_OUTPATIENT = [
  ['loved-one'],
  ['none'],
  ['adult'],
  ['none'],
  ['no'],
  ['no'],
  ['stable'],
  ['no'],
  ['one-two-hours-week'],
  ['yes'],
];
const SELF_RESIDENTIAL = [
  ['self'],
  ['none'],
  ['under-18'],
  ['opioids'],
  ['yes'],
  ['no'],
  ['stable'],
  ['no'],
  ['step-away'],
];
const LOVED_ONE_IOP = [
  ['loved-one'],
  ['none'],
  ['adult'],
  ['none'],
  ['no'],
  ['yes'],
  ['stable'],
  ['most-days'],
  ['few-hours-most-days'],
  ['no'],
];

/** The decision the result screen shows. */
function decisionOf(widget: ReturnType<typeof renderWidget>): LevelDecision {
  const screen = widget.model.view.value.screen;
  if (screen.kind !== 'result' || !('reason' in screen.decision)) throw new Error('expected a level');
  return screen.decision;
}

describe('"Before you call" on a level result', () => {
  it.each([
    ['en', 'outpatient, "they", no first step', LOVED_ONE_OUTPATIENT, 'outpatient', 'loved-one'],
    ['en', 'outpatient, "you", withdrawal first', SELF_WITHDRAWAL, 'outpatient', 'self'],
    ['en', 'residential, "you", teen and opioids', SELF_RESIDENTIAL, 'residential', 'self'],
    ['en', 'IOP, "they", mental health', LOVED_ONE_IOP, 'iop', 'loved-one'],
    ['es', 'outpatient, "they", no first step', LOVED_ONE_OUTPATIENT, 'outpatient', 'loved-one'],
    ['es', 'outpatient, "you", withdrawal first', SELF_WITHDRAWAL, 'outpatient', 'self'],
    ['es', 'residential, "you", teen and opioids', SELF_RESIDENTIAL, 'residential', 'self'],
    ['es', 'IOP, "they", mental health', LOVED_ONE_IOP, 'iop', 'loved-one'],
  ] as const)(
    '%s, %s: closed and absent until opened, then the lines of summaryText()',
    (lang, _name, walk, level, voice) => {
      const widget = walkTo(
        lang,
        walk.map((row) => [...row]),
      );
      const copy = COPY[lang];
      expect(widget.root()).toHaveAttribute('data-outcome', level);
      const toggle = screen.getByRole('button', { name: copy.summary.open });
      expect(toggle).toHaveAttribute('data-action', 'summary');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      // Nothing of it is in the DOM before it is opened.
      const expected = summaryText(copy, decisionOf(widget), voice);
      expect(document.querySelector('.summary__text')).toBeNull();
      expect(document.body.textContent).not.toContain(copy.summary.ask);
      // Below the call button.
      const call = document.querySelector('[data-action="call"]') as HTMLElement;
      expect(call.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

      fireEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const text = document.querySelector('.summary__text');
      expect(text?.textContent).toBe(expected);
      // Plain words: the level's name, the voice, never an id.
      expect(expected).toContain(copy.result.levels[level].name);
      expect(expected).toContain(voice === 'self' ? copy.summary.forWhom.self : copy.summary.forWhom['loved-one']);
      expect(expected).not.toMatch(/data-|withdrawal-high|needs-24-7|medications-|\bscore\b|nivel \d|level \d/);
      expect(expected.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThan(1);
      expect(expected).toContain(copy.summary.cost);

      fireEvent.click(toggle);
      expect(document.querySelector('.summary__text')).toBeNull();
    },
  );

  it('names the first step and asks about detox, then the medicines, then cost', () => {
    const widget = walkTo('en', SELF_WITHDRAWAL);
    const text = summaryText(COPY.en, decisionOf(widget), 'self').split('\n');
    expect(text).toEqual([
      'I am looking for help for myself.',
      'The screening suggested: Outpatient care.',
      '',
      'What I told the screening:',
      '- First: get medical care for withdrawal today',
      '- You said you do not need someone with you day and night.',
      '- You said your home is a safe, steady place.',
      '',
      'Questions I want to ask:',
      '- Do you offer medical detox, or can you help me find it today?',
      '- Do you offer medicines for alcohol use?',
      '- What will it cost, and do you take my insurance?',
      '',
      COPY.en.result.notADiagnosis,
    ]);
  });

  it('copies the text with the device, and says where it goes', async () => {
    const copied = walkTo('en', LOVED_ONE_OUTPATIENT);
    fireEvent.click(screen.getByRole('button', { name: 'Before you call' }));
    fireEvent.click(screen.getByRole('button', { name: /Copy the text \(it goes only where you paste it\)/ }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Copied. It goes only where you paste it.'),
    );
    expect(copied.device.copyText).toHaveBeenCalledWith(summaryText(COPY.en, decisionOf(copied), 'loved-one'));
    expect(copied.effects.callPressed).not.toHaveBeenCalled();
  });

  it('selects the text for a manual copy when the browser refuses', async () => {
    const refused = { copyText: vi.fn(async () => false), saveText: vi.fn(), selectText: vi.fn() };
    walkTo('en', LOVED_ONE_OUTPATIENT, refused);
    fireEvent.click(screen.getByRole('button', { name: 'Before you call' }));
    fireEvent.click(screen.getByRole('button', { name: /Copy the text/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/did not allow copying/));
    expect(refused.selectText).toHaveBeenCalledWith(document.querySelector('.summary__text'));
  });

  it("saves the same text as a file named in the visitor's language", () => {
    const widget = walkTo('es', SELF_RESIDENTIAL);
    fireEvent.click(screen.getByRole('button', { name: 'Antes de llamar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Guardar como archivo de texto en este dispositivo' }));
    expect(widget.device.saveText).toHaveBeenCalledWith(
      'antes-de-llamar.txt',
      summaryText(COPY.es, decisionOf(widget), 'self'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Guardado como archivo de texto en este dispositivo.');
  });

  it('is not on the emergency and crisis screens', () => {
    walkTo('en', [['self'], ['overdose']]);
    expect(document.querySelector('[data-action="summary"]')).toBeNull();
    cleanup();
    walkTo('en', [['self'], ['suicidal-thoughts']]);
    expect(document.querySelector('[data-action="summary"]')).toBeNull();
  });

  it('gives the same lines for the same answers wherever it is built', () => {
    const decision = decide(answersWith({ withdrawal: ['pregnant', 'opioids'], age: ['under-18'] }));
    if (!('reason' in decision)) throw new Error('expected a level');
    const lines = summaryText(COPY.en, decision, 'self').split('\n');
    expect(lines).toContain('- First: do not stop opioids suddenly while pregnant');
    // Two questions from the notes (pregnancy with opioids, then teen), then cost.
    expect(lines.filter((line) => line.endsWith('?'))).toEqual([
      '- Can you help me get buprenorphine or methadone during pregnancy?',
      '- Do you have a program for teens?',
      '- What will it cost, and do you take my insurance?',
    ]);
  });
});
