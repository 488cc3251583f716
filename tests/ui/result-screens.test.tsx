import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MountOptions } from '../../src/config';
import { cleanup, renderWidget } from '../support/render-widget';

afterEach(cleanup);

/** Answers each question by its visible option labels, then presses Continue. */
function answer(widget: ReturnType<typeof renderWidget>, ...rows: (string | RegExp)[][]) {
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  for (const labels of rows) {
    for (const label of labels) fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  }
  return widget;
}

const LOW_RISK_AFTER_DANGER = [['18 or older'], ['None of these'], ['No'], ['No'], ['Yes, it is safe and steady'], ['No']];

describe('a level result', () => {
  it('leads with the withdrawal warning, then the level, why, the notes, the call and "not a diagnosis"', () => {
    const widget = answer(
      renderWidget({ phone: '+1-555-010-4477', clinicName: 'Harbor Light', hours: 'Open every day' }),
      ['Myself'],
      ['None of these'],
      ['Under 18'],
      [/I drink alcohol every day/, /shaky, sweaty/],
      ['Not sure'],
      ['Yes'],
      ['Yes, it is safe and steady'],
      ['No'],
      ['About 1 to 2 hours a week'],
    );
    expect(widget.step()).toBe('result');
    expect(widget.root()).toHaveAttribute('data-outcome', 'residential');

    const warning = document.querySelector('[data-note="withdrawal-high"]');
    const level = screen.getByRole('heading', { level: 2, name: 'Residential treatment' });
    expect(warning).not.toBeNull();
    expect(warning?.compareDocumentPosition(level)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /do not stop suddenly/i }));
    expect(screen.getByText('A kind of care that may be needed')).toBeInTheDocument();

    const why = document.querySelectorAll('[data-reason]');
    expect(why).toHaveLength(1);
    expect(why[0]).toHaveAttribute('data-reason', 'unsure-with-risk');
    expect(within(why[0] as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'You were not sure if you need someone with you day and night.',
      'You said you tried counseling or treatment before and kept using.',
    ]);
    expect([...document.querySelectorAll('[data-note]')].map((note) => note.getAttribute('data-note'))).toEqual([
      'withdrawal-high',
      'teen',
      'schedule-step-away-hard',
    ]);

    const call = screen.getByRole('link', { name: /Call Harbor Light about safe withdrawal/ });
    expect(call).toHaveAttribute('href', 'tel:+15550104477');
    expect(call).toHaveAttribute('data-action', 'call');
    expect(call).toHaveTextContent('(555) 010-4477');
    expect(screen.getByText('Open every day')).toBeInTheDocument();
    expect(screen.getByText(/This is not a diagnosis/)).toBeInTheDocument();
  });

  it('reports a press of the call button to the host, and only that one', () => {
    const widget = answer(renderWidget(), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, ['About 1 to 2 hours a week']);
    expect(widget.root()).toHaveAttribute('data-outcome', 'outpatient');
    expect(widget.effects.started).toHaveBeenCalledTimes(1);
    expect(widget.effects.completed).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('link', { name: /Call Harbor Light/ }));
    expect(widget.effects.callPressed).toHaveBeenCalledTimes(1);
  });

  it('shows sober living in what IOP means when that is the reason', () => {
    answer(
      renderWidget(),
      ['Someone I care about'],
      ['None of these'],
      ['18 or older'],
      ['None of these'],
      ['No'],
      ['No'],
      [/No: it is not safe/],
      ['Yes'],
      ['No'],
      ['A few hours a day, 3 to 5 days a week'],
      ['Not sure'],
    );
    expect(screen.getByRole('heading', { name: 'Intensive outpatient program (IOP)' })).toBeInTheDocument();
    expect(screen.getByText(/They would go to a program .* and live in a sober living home/)).toBeInTheDocument();
    expect(document.querySelector('[data-reason]')).toHaveAttribute('data-reason', 'home-unsafe-sober-living');
    expect([...document.querySelectorAll('[data-note]')].map((note) => note.getAttribute('data-note'))).toEqual(['family-support']);
  });

  it('offers the SAMHSA helpline, not a broken link, when the clinic number is invalid', () => {
    const options: MountOptions = { phone: 'call us', clinicName: 'Harbor Light' };
    answer(renderWidget(options), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, ['About 1 to 2 hours a week']);
    expect(document.querySelector('[data-action="call"]')).toBeNull();
    expect(screen.getByRole('link', { name: /SAMHSA National Helpline/ })).toHaveAttribute('href', 'tel:+18006624357');
  });

  it('goes Back to the last question with its answer, and Start over clears everything', () => {
    const widget = answer(renderWidget(), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, ['About 1 to 2 hours a week']);
    fireEvent.click(screen.getByRole('button', { name: 'Change my answers' }));
    expect(widget.step()).toBe('schedule');
    expect(screen.getByLabelText('About 1 to 2 hours a week')).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(widget.step()).toBe('intro');
    // Focus lands on the intro's heading, not on the page body.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Find the kind of care that fits' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByLabelText('Myself')).not.toBeChecked();
    expect(widget.effects.started).toHaveBeenCalledTimes(2);
  });
});

describe('the emergency screen', () => {
  it('puts 911 first, then naloxone, Poison Help, 988, and the clinic last', () => {
    const widget = answer(renderWidget(), ['Myself'], [/A possible overdose/]);
    expect(widget.root()).toHaveAttribute('data-outcome', 'emergency');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Call 911 now' }));
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:911', 'tel:+18002221222', 'tel:988', 'sms:988', 'tel:+15550104477']);
    expect(screen.getByText(/naloxone \(Narcan\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /When everyone is safe, call Harbor Light/ })).toHaveAttribute('data-action', 'call');
    expect(document.querySelector('[data-reason], [data-note]')).toBeNull();
  });

  it('goes Back to the danger question with the sign still checked', () => {
    const widget = answer(renderWidget(), ['Myself'], [/A possible overdose/]);
    fireEvent.click(screen.getByRole('button', { name: 'Change my answers' }));
    expect(widget.step()).toBe('danger');
    expect(screen.getByLabelText(/A possible overdose/)).toBeChecked();
  });
});

describe('the crisis screen', () => {
  it('puts 988 (call, text, chat) first, 911 if in danger, then the clinic', () => {
    const widget = answer(renderWidget(), ['Someone I care about'], [/They are thinking about suicide/]);
    expect(widget.root()).toHaveAttribute('data-outcome', 'crisis');
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:911', 'tel:+15550104477']);
    expect(screen.getByText(/If anyone is in danger right now, call 911/)).toBeInTheDocument();
    expect(document.querySelector('[data-reason], [data-note]')).toBeNull();
  });
});

describe('the crisis panel', () => {
  it('opens from any screen over it, lists the crisis lines, and closes back to the same place', () => {
    const widget = answer(renderWidget(), ['Myself']);
    fireEvent.click(screen.getByLabelText('None of these'));
    const helpNow = screen.getByRole('button', { name: 'Need help now?' });
    expect(helpNow).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(helpNow);

    const panel = screen.getByRole('region', { name: 'Help right now' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Help right now' }));
    const hrefs = within(panel).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      'tel:911',
      'tel:988',
      'sms:988',
      'https://988lifeline.org/chat/',
      'sms:741741?&body=HOME',
      'tel:+18006624357',
      'tel:+18004874889',
      'tel:+18002221222',
      // The same lines for Spanish speakers, marked as Spanish.
      'tel:988',
      'sms:988?&body=AYUDA',
      'sms:741741?&body=AYUDA',
    ]);
    expect(within(panel).getByRole('link', { name: 'Envíe AYUDA al 741741' }).closest('[lang]')).toHaveAttribute('lang', 'es');
    expect(panel).not.toHaveTextContent(/press 3|273/);
    expect(widget.step()).toBe('danger');
    expect(document.querySelector('[data-reason], [data-note]')).toBeNull();

    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Help right now' })).toBeNull();
    expect(document.activeElement).toBe(helpNow);
    expect(screen.getByLabelText('None of these')).toBeChecked();

    fireEvent.click(helpNow);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(helpNow);
  });

  it('is on the intro and on every outcome too', () => {
    answer(renderWidget(), ['Myself'], [/A possible overdose/]);
    expect(screen.getByRole('button', { name: 'Need help now?' })).toHaveAttribute('data-action', 'help-now');
    cleanup();
    renderWidget();
    expect(screen.getByRole('button', { name: 'Need help now?' })).toBeInTheDocument();
  });
});
