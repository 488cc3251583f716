import { cleanup as cleanupPreview, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_QUESTION_FOR_NOTE, FIRST_QUESTION_FOR_OUTCOME } from '../../demo/preview/phone-team';
import { PreviewPage } from '../../demo/preview/PreviewPage';
import { COPY } from '../../src/copy';
import { NOTE_RULES, OUTCOMES, plannedSteps, type Answers } from '../../src/screening';
import { cleanup as cleanupWidget, renderWidget } from '../support/render-widget';

afterEach(() => {
  cleanupPreview();
  cleanupWidget();
});

/** The widget's own summary for these answers, opened as a visitor opens it. */
function widgetSummary(answers: Answers, lang: 'en' | 'es'): string {
  const widget = renderWidget({ phone: '555-010-4477', lang });
  widget.model.send({ type: 'flow.start' });
  for (const step of plannedSteps(answers)) {
    for (const option of answers[step] ?? []) widget.model.send({ type: 'answer.select', option });
    widget.model.send({ type: 'step.continue' });
  }
  expect(widget.step()).toBe('result');
  fireEvent.click(screen.getByRole('button', { name: COPY[lang].summary.open }));
  return document.querySelector('.summary__text')?.textContent ?? '';
}

describe('the preview\'s "For your phone team"', { timeout: 30_000 }, () => {
  it('has what the visitor read in both languages and a first question, for every outcome and every note', () => {
    render(<PreviewPage />);
    for (const outcome of OUTCOMES) {
      const row = document.querySelector(`[data-phone-team="outcomes"] [data-phone-team-row="${outcome}"]`);
      expect(row, outcome).not.toBeNull();
      expect(row?.querySelector('[lang="en"]')?.textContent?.length).toBeGreaterThan(10);
      expect(row?.querySelector('[lang="es"]')?.textContent?.length).toBeGreaterThan(10);
      expect(row?.textContent).toContain(FIRST_QUESTION_FOR_OUTCOME[outcome]);
    }
    for (const note of NOTE_RULES) {
      const row = document.querySelector(`[data-phone-team="notes"] [data-phone-team-row="${note.id}"]`);
      expect(row, note.id).not.toBeNull();
      expect(row?.textContent).toContain(FIRST_QUESTION_FOR_NOTE[note.id]);
    }
    const withdrawal = document.querySelector('[data-phone-team="notes"] [data-phone-team-row="withdrawal-high"]');
    expect(withdrawal?.querySelector('[lang="en"]')?.textContent).toContain('First: do not stop or cut down suddenly');
    expect(withdrawal?.querySelector('[lang="es"]')?.textContent).toContain('Primero: no lo deje ni lo baje de golpe');
  });

  it('shows, for a row of the combinations table, the very summary the widget gives for the same answers', () => {
    render(<PreviewPage />);
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-combination]')];
    // A row with a reason other than the first one, so the example really follows the choice.
    const row = rows.find((candidate) => candidate.querySelector('[data-reason-cell="home-unsafe-sober-living"]'));
    expect(row).toBeDefined();
    const answers = JSON.parse(row?.dataset.combination ?? '{}') as Answers;
    fireEvent.click(row?.querySelector('button') as HTMLButtonElement);
    const examples = {
      en: document.querySelector('[data-summary-example="en"]')?.textContent ?? '',
      es: document.querySelector('[data-summary-example="es"]')?.textContent ?? '',
    };
    expect(examples.en).toContain(COPY.en.result.levels.iop.name);
    cleanupPreview();
    expect(widgetSummary(answers, 'en')).toBe(examples.en);
    cleanupWidget();
    expect(widgetSummary(answers, 'es')).toBe(examples.es);
  });
});
