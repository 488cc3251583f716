import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderWidget } from '../support/render-widget';

afterEach(cleanup);

function start() {
  const widget = renderWidget();
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  return widget;
}

describe('a question screen', () => {
  it('asks the question as the legend of a fieldset with native radios', () => {
    start();
    const group = screen.getByRole('group', { name: 'Who are you looking for help for?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByRole('radio', { name: 'Myself' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Someone I care about' })).toHaveAttribute('data-option', 'loved-one');
    expect(screen.getByText('Question 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute('data-action', 'continue');
  });

  it('moves focus to the new question heading', () => {
    start();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Who are you looking for help for?' }));
  });

  it('does not advance on a choice, only on Continue', () => {
    const widget = start();
    fireEvent.click(screen.getByRole('radio', { name: 'Myself' }));
    expect(screen.getByRole('radio', { name: 'Myself' })).toBeChecked();
    expect(widget.step()).toBe('who');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(widget.step()).toBe('danger');
    expect(screen.getByRole('group', { name: 'Is any of this happening to you right now?' })).toBeInTheDocument();
    expect(screen.getByText('Question 2 of 9')).toBeInTheDocument();
  });

  it('shows an error tied to the fieldset when nothing is chosen, and stays', () => {
    const widget = start();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(widget.step()).toBe('who');
    const error = screen.getByText('Please choose an answer, then press Continue.');
    const group = screen.getByRole('group');
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(document.activeElement).toBe(error);
    fireEvent.click(screen.getByRole('radio', { name: 'Myself' }));
    expect(screen.queryByText('Please choose an answer, then press Continue.')).toBeNull();
  });

  it('clears the other options when an exclusive one is checked, and the reverse', () => {
    start();
    fireEvent.click(screen.getByRole('radio', { name: 'Myself' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chest pain or another medical emergency' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /A possible overdose/ }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(screen.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('data-option'))).toEqual([
      'none',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /thinking about suicide/ }));
    expect(screen.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('data-option'))).toEqual([
      'suicidal-thoughts',
    ]);
  });

  it('treats Enter on the focused question heading as Continue, but not Enter held down', () => {
    const widget = start();
    fireEvent.click(screen.getByRole('radio', { name: 'Myself' }));
    const heading = screen.getByRole('heading', { name: 'Who are you looking for help for?' });
    fireEvent.keyDown(heading, { key: 'Enter', repeat: true });
    expect(widget.step()).toBe('who');
    fireEvent.keyDown(heading, { key: 'Enter' });
    expect(widget.step()).toBe('danger');
  });

  it('treats Enter on a focused option as Continue', () => {
    const widget = start();
    const myself = screen.getByRole('radio', { name: 'Myself' });
    fireEvent.click(myself);
    fireEvent.keyDown(myself, { key: 'Enter' });
    expect(widget.step()).toBe('danger');
  });

  it('goes Back to the previous step with its answer still chosen', () => {
    const widget = start();
    fireEvent.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('group', { name: 'Is any of this happening to them right now?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(widget.step()).toBe('age');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(widget.step()).toBe('danger');
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Is any of this happening to them right now?' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Someone I care about' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });
});
