import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MountOptions } from '../../src/config';
import { cleanup, renderWidget } from '../support/render-widget';

afterEach(cleanup);

/** Answers each question by its visible option labels, then presses Continue. */
function answer(widget: ReturnType<typeof renderWidget>, ...rows: (string | RegExp)[][]) {
  fireEvent.click(screen.getByRole('button', { name: /^(Start|Empezar)$/ }));
  for (const labels of rows) {
    for (const label of labels) fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByRole('button', { name: /^(Continue|Continuar)$/ }));
  }
  return widget;
}

const LOW_RISK_AFTER_DANGER = [
  ['18 or older'],
  ['None of these'],
  ['No'],
  ['No'],
  ['Yes, it is safe and steady'],
  ['No'],
];

describe('a level result', () => {
  it('leads with the withdrawal step, then the level as what comes after, why, the notes, the call and "not a diagnosis"', () => {
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
    // The first step is the screen's heading, and takes the focus.
    const firstStep = screen.getByRole('heading', { level: 2, name: 'First: get medical care for withdrawal today' });
    expect(document.activeElement).toBe(firstStep);
    expect(warning).toContainElement(firstStep);
    expect(warning).toHaveTextContent('Do not stop all at once on your own.');
    expect(warning).toHaveTextContent('We can help you find medical detox.');
    expect(warning).toHaveTextContent('Go to an emergency room today.');
    expect(screen.getByText('After that, a kind of care that may be needed')).toBeInTheDocument();
    // Principle 7: nothing on this screen calls the level enough, or a good start, on its own.
    expect(widget.root()).not.toHaveTextContent(/enough|good start/i);

    const why = document.querySelectorAll('[data-reason]');
    expect(why).toHaveLength(1);
    expect(why[0]).toHaveAttribute('data-reason', 'unsure-with-risk');
    expect(
      within(why[0] as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'You were not sure if you need someone with you day and night.',
      'You said you tried counseling or treatment before and kept using.',
    ]);
    expect([...document.querySelectorAll('[data-note]')].map((note) => note.getAttribute('data-note'))).toEqual([
      'withdrawal-high',
      'teen',
      'medications-alcohol',
      'schedule-step-away-hard',
    ]);
    expect(screen.getByText(/naltrexone and acamprosate/)).toBeInTheDocument();

    const call = screen.getByRole('link', { name: /Call Harbor Light about safe withdrawal/ });
    expect(call).toHaveAttribute('href', 'tel:+15550104477');
    expect(call).toHaveAttribute('data-action', 'call');
    expect(call).toHaveTextContent('(555) 010-4477');
    expect(screen.getByText('Open every day')).toBeInTheDocument();
    expect(screen.getByText(/This is not a diagnosis/)).toBeInTheDocument();
    // Never promises a live answer at every hour: a message, the helpline, 988.
    expect(screen.getByText(/If no one answers, leave a message/)).toBeInTheDocument();
    expect(screen.getByText(/It gives referrals, not counseling/)).toBeInTheDocument();
    expect(widget.root()).not.toHaveTextContent(/A real person will answer/);
  });

  it("offers the clinic's own detox when offers lists it", () => {
    answer(
      renderWidget({ phone: '555-010-4477', offers: 'residential iop outpatient detox' }),
      ['Myself'],
      ['None of these'],
      ['18 or older'],
      [/When I stopped before/],
      ['No'],
      ['No'],
      ['Yes, it is safe and steady'],
      ['No'],
      ['About 1 to 2 hours a week'],
    );
    const note = document.querySelector('[data-note="withdrawal-high"]');
    expect(note).toHaveTextContent('We offer medical detox. Call us today.');
    expect(note).not.toHaveTextContent('help you find medical detox');
    expect(document.querySelector('[data-note="not-offered"]')).toBeNull();
  });

  it('words the first step for benzodiazepines as a taper, and for opioids names buprenorphine and methadone', () => {
    answer(
      renderWidget(),
      ['Someone I care about'],
      ['None of these'],
      ['18 or older'],
      [/They take benzodiazepines/, /They use opioids/],
      ['No'],
      ['No'],
      ['Yes, it is safe and steady'],
      ['No'],
      ['About 1 to 2 hours a week'],
      ['Yes'],
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'First: do not stop or cut down suddenly' });
    expect(document.activeElement).toBe(heading);
    const note = document.querySelector('[data-note="withdrawal-high"]');
    expect(note).toHaveTextContent('If they have run out or already stopped, call today.');
    expect(note).toHaveTextContent('Ask there about buprenorphine or methadone.');
    expect(note).not.toHaveTextContent('medical detox');
    expect([...document.querySelectorAll('[data-note]')].map((element) => element.getAttribute('data-note'))).toEqual([
      'withdrawal-high',
      'naloxone',
      'medications-opioids',
    ]);
  });

  it('leads with pregnancy and opioids as the first step, and focuses it, when there is no withdrawal step', () => {
    answer(
      renderWidget(),
      ['Myself'],
      ['None of these'],
      ['18 or older'],
      [/I am or might be pregnant/, /I use opioids/],
      ['No'],
      ['No'],
      ['Yes, it is safe and steady'],
      ['No'],
      ['About 1 to 2 hours a week'],
    );
    const heading = screen.getByRole('heading', {
      level: 2,
      name: 'First: do not stop opioids suddenly while pregnant',
    });
    expect(document.activeElement).toBe(heading);
    expect(document.querySelector('[data-note="pregnancy-opioids"]')).toContainElement(heading);
    expect(screen.getByText('After that, a kind of care that may fit')).toBeInTheDocument();
    // The label stays the plain one: pregnancy does not relabel the call button.
    expect(screen.getByRole('link', { name: /^Call Harbor Light/ })).not.toHaveTextContent('safe withdrawal');
  });

  it('shows both first steps, withdrawal then pregnancy, with focus on the first', () => {
    answer(
      renderWidget(),
      ['Myself'],
      ['None of these'],
      ['18 or older'],
      [/I drink alcohol every day/, /I am or might be pregnant/, /I use opioids/],
      ['No'],
      ['No'],
      ['Yes, it is safe and steady'],
      ['No'],
      ['About 1 to 2 hours a week'],
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual([
      'First: get medical care for withdrawal today',
      'Also today: do not stop opioids suddenly while pregnant',
      'Outpatient care',
    ]);
    expect(document.activeElement).toHaveTextContent('First: get medical care for withdrawal today');
    // With opioids or a pregnancy, no alcohol medicine is named.
    expect(document.querySelector('[data-note="medications-alcohol"]')).toHaveTextContent(
      'A doctor will check which medicine is safe.',
    );
    expect(document.querySelector('[data-note="medications-alcohol"]')).not.toHaveTextContent(/naltrexone/);
  });

  it('speaks Spanish on the first-step screen, in the "they" form', () => {
    answer(
      renderWidget({ phone: '555-010-4477', lang: 'es' }),
      ['Para un ser querido'],
      ['Ninguna de estas'],
      ['18 años o más'],
      [/Cuando lo dejó antes/],
      ['No'],
      ['No'],
      ['Sí, es segura y estable'],
      ['No'],
      ['Más o menos 1 o 2 horas por semana'],
      ['Sí'],
    );
    expect(document.activeElement).toHaveTextContent(
      'Primero: busque hoy atención médica para los síntomas al dejarlo',
    );
    expect(screen.getByText('Después, un tipo de atención que puede servir')).toBeInTheDocument();
    expect(document.querySelector('[data-note="withdrawal-high"]')).toHaveTextContent(
      'Su ser querido no debe dejarlo de golpe sin ayuda.',
    );
  });

  it('reports a press of the call button to the host, and only that one', () => {
    const widget = answer(renderWidget(), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, [
      'About 1 to 2 hours a week',
    ]);
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
    expect([...document.querySelectorAll('[data-note]')].map((note) => note.getAttribute('data-note'))).toEqual([
      'home-safety',
      'family-support',
    ]);
    // An unsafe home: the domestic violence hotline (call, TTY, text) and 211 for tonight.
    const homeSafety = document.querySelector<HTMLElement>('[data-note="home-safety"]');
    expect(
      within(homeSafety as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['tel:+18007997233', 'tel:+18007873224', 'sms:88788?&body=START', 'tel:211']);
  });

  it('offers the SAMHSA helpline, not a broken link, when the clinic number is invalid', () => {
    const options: MountOptions = { phone: 'call us', clinicName: 'Harbor Light' };
    answer(renderWidget(options), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, [
      'About 1 to 2 hours a week',
    ]);
    expect(document.querySelector('[data-action="call"]')).toBeNull();
    expect(screen.getByRole('link', { name: /SAMHSA National Helpline/ })).toHaveAttribute('href', 'tel:+18006624357');
  });

  it('goes Back to the last question with its answer, and Start over clears everything', () => {
    const widget = answer(renderWidget(), ['Myself'], ['None of these'], ...LOW_RISK_AFTER_DANGER, [
      'About 1 to 2 hours a week',
    ]);
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
  it.each([
    [/A seizure, or bad confusion/, ['seizure-first-aid', 'wait-for-help']],
    [/I just hurt myself or someone else/, ['get-safe', 'wait-for-help']],
    [/Chest pain/, ['wait-for-help']],
  ])('shows the guides for %s', (sign, guides) => {
    answer(renderWidget(), ['Myself'], [sign]);
    expect([...document.querySelectorAll<HTMLElement>('[data-guide]')].map((guide) => guide.dataset.guide)).toEqual(
      guides,
    );
  });

  it('puts 911 first, then what to do while help comes, Poison Help, 988, and the clinic last', () => {
    const widget = answer(renderWidget(), ['Myself'], [/A possible overdose/]);
    expect(widget.root()).toHaveAttribute('data-outcome', 'emergency');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Call 911 now' }));
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:911', 'tel:+18002221222', 'tel:988', 'sms:988', 'tel:+15550104477']);
    const guides = [...document.querySelectorAll<HTMLElement>('[data-guide]')];
    expect(guides.map((guide) => guide.dataset.guide)).toEqual(['overdose-first-aid', 'wait-for-help']);
    // After the 911 link and before Poison Help.
    expect(screen.getByRole('link', { name: /Call 911/ }).compareDocumentPosition(guides[0] as HTMLElement)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(guides[0] as HTMLElement).getAllByRole('listitem')[1]).toHaveTextContent(/naloxone \(Narcan\)/);
    expect(guides[0]).toHaveTextContent('lay them on their side');
    expect(guides[0]).toHaveTextContent('Stay with them.');
    expect(screen.getByRole('link', { name: /When everyone is safe, call Harbor Light/ })).toHaveAttribute(
      'data-action',
      'call',
    );
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
    expect([...document.querySelectorAll<HTMLElement>('[data-guide]')].map((guide) => guide.dataset.guide)).toEqual([
      'crisis-safety',
    ]);
    expect(screen.getByText('Stay with them, or with someone you trust, if it is safe.')).toBeInTheDocument();
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
    const hrefs = within(panel)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      'tel:911',
      'tel:988',
      'sms:988',
      'https://988lifeline.org/chat/',
      'sms:838255',
      'https://988lifeline.org/',
      'sms:741741?&body=HOME',
      'tel:+18006624357',
      'tel:+18004874889',
      'tel:+18002221222',
      'tel:+18007997233',
      'tel:+18007873224',
      'sms:88788?&body=START',
      'tel:211',
      // The same lines for Spanish speakers, marked as Spanish.
      'tel:988',
      'sms:988?&body=AYUDA',
      'sms:741741?&body=AYUDA',
    ]);
    expect(within(panel).getByRole('link', { name: 'Envíe AYUDA al 741741' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'es',
    );
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
