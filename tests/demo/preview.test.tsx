import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCondition } from '../../demo/preview/describe';
import { PreviewPage } from '../../demo/preview/PreviewPage';
import { COPY } from '../../src/copy';
import {
  DANGER_DESCRIPTIONS,
  DANGER_RULES,
  decide,
  GUIDE_DESCRIPTIONS,
  GUIDE_RULES,
  LEVEL_DESCRIPTIONS,
  LEVEL_RULES,
  NOTE_DESCRIPTIONS,
  NOTE_RULES,
  QUESTIONS,
  type Answers,
} from '../../src/screening';

afterEach(cleanup);

/** The combination table as a reader sees it: each row's answers and what it says happens. */
function tableRows() {
  return [...document.querySelectorAll<HTMLTableRowElement>('tr[data-combination]')].map((row) => {
    const answers: Record<string, string[]> = JSON.parse(row.dataset.combination ?? '{}');
    // The visible cells must show the same answers as the row's data.
    for (const cell of row.querySelectorAll<HTMLElement>('[data-step-answer]')) {
      expect(cell.dataset.value ?? '').toBe(answers[cell.dataset.stepAnswer ?? '']?.[0] ?? '');
    }
    return {
      answers: answers as Answers,
      outcome: row.querySelector<HTMLElement>('[data-outcome-cell]')?.dataset.outcomeCell,
      reason: row.querySelector<HTMLElement>('[data-reason-cell]')?.dataset.reasonCell,
      notes: row.querySelector<HTMLElement>('[data-notes-cell]')?.dataset.notesCell,
      text: row.textContent ?? '',
    };
  });
}

// The preview renders 540 table rows in happy-dom: seconds each on a busy 2-core machine.
describe('the clinician preview', { timeout: 30_000 }, () => {
  it('shows every combination of the deciding answers, each as decide() decides it', () => {
    render(<PreviewPage />);
    const rows = tableRows();
    // support 3 x tried-before 3 x (home 2 + unsafe home with sober living 3) x mental health 3 x schedule 4
    expect(rows).toHaveLength(3 * 3 * (2 + 3) * 3 * 4);
    expect(new Set(rows.map((row) => JSON.stringify(row.answers))).size).toBe(rows.length);
    for (const row of rows) {
      const decision = decide(row.answers);
      expect(row.outcome).toBe(decision.outcome);
      expect(row.reason).toBe('reason' in decision ? decision.reason : '');
      expect(row.notes).toBe('notes' in decision ? decision.notes.join(' ') : '');
    }
  });

  it('filters the combinations by outcome', () => {
    render(<PreviewPage />);
    fireEvent.change(screen.getByLabelText(/Show outcome/), { target: { value: 'residential' } });
    const rows = tableRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.outcome === 'residential')).toBe(true);
    fireEvent.change(screen.getByLabelText(/Show outcome/), { target: { value: 'all' } });
  });

  it('names every question, rule and note of the screening', () => {
    render(<PreviewPage />);
    const text = document.body.textContent ?? '';
    for (const question of QUESTIONS) {
      expect(document.querySelector(`[data-preview-step="${question.id}"]`), question.id).not.toBeNull();
      for (const option of question.options)
        expect(document.querySelector(`[data-preview-step="${question.id}"]`)?.textContent).toContain(option);
    }
    for (const rule of DANGER_RULES) {
      expect(document.querySelector(`[data-rule="${rule.id}"]`), rule.id).not.toBeNull();
      expect(text).toContain(DANGER_DESCRIPTIONS[rule.id]);
    }
    for (const rule of LEVEL_RULES) {
      expect(document.querySelector(`[data-rule="${rule.id}"]`), rule.id).not.toBeNull();
      expect(text).toContain(LEVEL_DESCRIPTIONS[rule.id]);
    }
    for (const note of NOTE_RULES) {
      const row = document.querySelector(`[data-note-rule="${note.id}"]`);
      expect(row, note.id).not.toBeNull();
      expect(text).toContain(NOTE_DESCRIPTIONS[note.id]);
      // Each wording of the note, with its condition and its words.
      for (const wording of [...(note.variants ?? []), ...(note.parts ?? [])]) {
        const item = row?.querySelector(`[data-wording="${wording.id}"]`);
        expect(item, `${note.id}/${wording.id}`).not.toBeNull();
        expect(item?.textContent).toContain(`when ${describeCondition(wording.when, COPY.en)}`);
      }
    }
    for (const guide of GUIDE_RULES) {
      const row = document.querySelector(`[data-guide-rule="${guide.id}"]`);
      expect(row, guide.id).not.toBeNull();
      expect(row?.textContent).toContain(GUIDE_DESCRIPTIONS[guide.id]);
      expect(row?.querySelectorAll('li')).toHaveLength(COPY.en.guides[guide.id].steps.length);
    }
    const withdrawal = document.querySelector('[data-note-rule="withdrawal-high"]')?.textContent ?? '';
    expect(withdrawal).toContain('first step, above the level; call button labelled for safe withdrawal');
    expect(withdrawal).toContain('We offer medical detox. Call us today.');
    expect(withdrawal).toContain('when (withdrawal is');
    expect(document.querySelector('[data-wording="detox-here"]')?.textContent).toContain('the clinic offers detox');
  });

  it('shows the visitor wording in English and in Spanish, both forms, and the crisis text', () => {
    render(<PreviewPage />);
    const danger = () => document.querySelector('[data-preview-step="danger"]')?.textContent ?? '';
    expect(danger()).toContain('you: Is any of this happening to you right now?');
    expect(danger()).toContain('they: Is any of this happening to them right now?');
    expect(document.querySelector('[data-preview-step="sober-living"] .meta')?.textContent).toBe(
      'One answer. Asked only when home is “No: it is not safe, or there is no steady place to live”.',
    );
    expect(screen.getAllByText('Text HOME to 741741').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    expect(danger()).toContain('you: ¿Le pasa alguna de estas cosas ahora mismo?');
    expect(screen.getAllByText('Envíe AYUDA al 741741').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
  });
});
