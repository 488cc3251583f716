import { becauseText, say, type Copy, type Voice } from '../copy';
import type { ResultScreen as ResultView, ScreeningEvent } from '../machine';
import type { LevelDecision, NoteId } from '../screening';
import { CallClinic } from './CallClinic';
import { ContactLink } from './ContactLink';
import { FocusHeading } from './FocusHeading';
import type { UiSettings } from './settings';

export interface ResultScreenProps {
  readonly screen: ResultView;
  readonly copy: Copy;
  readonly clinic: UiSettings['clinic'];
  readonly voice: Voice;
  readonly focusOnMount: boolean;
  readonly send: (event: ScreeningEvent) => void;
}

/** Every outcome: the emergency and crisis screens, or a suggested level of care. */
export function ResultScreen(props: ResultScreenProps) {
  const { decision } = props.screen;
  return (
    <div class={`result result--${decision.outcome}`}>
      {'reason' in decision ? (
        <LevelResult {...props} decision={decision} />
      ) : decision.outcome === 'emergency' ? (
        <EmergencyResult {...props} />
      ) : (
        <CrisisResult {...props} />
      )}
      <div class="actions actions--result">
        <button type="button" class="button button--quiet" data-action="back" onClick={() => props.send({ type: 'step.back' })}>
          {props.copy.result.changeAnswers}
        </button>
        <button type="button" class="button button--quiet" data-action="restart" onClick={() => props.send({ type: 'flow.restart' })}>
          {props.copy.widget.startOver}
        </button>
      </div>
    </div>
  );
}

function EmergencyResult({ copy, clinic, voice, focusOnMount, send }: ResultScreenProps) {
  const words = copy.emergency;
  return (
    <>
      <FocusHeading level={2} focusOnMount={focusOnMount} class="title title--urgent">
        {words.heading}
      </FocusHeading>
      <p>{say(words.text, voice)}</p>
      <ContactLink contact={words.call911} variant="strong" />
      <p class="tip">{words.naloxone}</p>
      <p>{words.poisonHelpNote}</p>
      <ContactLink contact={words.poisonHelp} />
      <p>{words.thenCrisis}</p>
      <div class="contact-row">
        <ContactLink contact={words.call988} />
        <ContactLink contact={words.text988} />
      </div>
      <CallClinic copy={copy} clinic={clinic} label={copy.call.clinicLater} send={send} />
    </>
  );
}

function CrisisResult({ copy, clinic, voice, focusOnMount, send }: ResultScreenProps) {
  const words = copy.crisis;
  return (
    <>
      <FocusHeading level={2} focusOnMount={focusOnMount} class="title title--urgent">
        {words.heading}
      </FocusHeading>
      <p>{say(words.text, voice)}</p>
      <div class="contact-row">
        <ContactLink contact={words.call988} variant="strong" />
        <ContactLink contact={words.text988} variant="strong" />
      </div>
      <ContactLink contact={words.chat988} />
      <p class="tip">
        {words.dangerNow} <ContactLink contact={words.call911} />
      </p>
      <CallClinic copy={copy} clinic={clinic} label={copy.call.clinic} send={send} />
    </>
  );
}

function LevelResult({
  copy,
  clinic,
  voice,
  focusOnMount,
  send,
  decision,
}: ResultScreenProps & { readonly decision: LevelDecision }) {
  const words = copy.result;
  const urgent = decision.notes.includes('withdrawal-high');
  const otherNotes = decision.notes.filter((note) => note !== 'withdrawal-high');
  const meaning =
    decision.reason === 'home-unsafe-sober-living' ? words.soberLivingMeaning : words.levels[decision.outcome].meaning;
  const maybe = decision.reason === 'unsure-with-risk';
  return (
    <>
      {/* The withdrawal warning leads, and takes the focus, so that it is read first. */}
      {urgent ? <Note id="withdrawal-high" copy={copy} voice={voice} focusOnMount={focusOnMount} /> : null}
      <p class="eyebrow">{maybe ? words.maybeEyebrow : words.eyebrow}</p>
      <FocusHeading level={2} focusOnMount={focusOnMount && !urgent} class="title title--level">
        {words.levels[decision.outcome].name}
      </FocusHeading>
      <p>{say(meaning, voice)}</p>
      <section class="why" data-reason={decision.reason} aria-labelledby="clf-why">
        <h3 id="clf-why">{words.whyHeading}</h3>
        <ul>
          {decision.because.map((fact) => {
            const bullet = becauseText(copy, fact);
            return bullet ? <li key={`${fact.step}:${fact.option}`}>{say(bullet, voice)}</li> : null;
          })}
        </ul>
        <p>{say(copy.reasons[decision.reason], voice)}</p>
      </section>
      {otherNotes.length > 0 ? (
        <section class="notes" aria-labelledby="clf-notes">
          <h3 id="clf-notes">{words.notesHeading}</h3>
          {otherNotes.map((note) => (
            <Note key={note} id={note} copy={copy} voice={voice} />
          ))}
        </section>
      ) : null}
      <CallClinic copy={copy} clinic={clinic} label={urgent ? copy.call.clinicWithdrawal : copy.call.clinic} send={send} />
      <p class="small">{words.notADiagnosis}</p>
    </>
  );
}

interface NoteProps {
  readonly id: NoteId;
  readonly copy: Copy;
  readonly voice: Voice;
  /** Given for the urgent note that leads the screen; other notes sit under "Good to know". */
  readonly focusOnMount?: boolean;
}

function Note({ id, copy, voice, focusOnMount }: NoteProps) {
  const note = copy.notes[id];
  const contacts = 'contacts' in note ? note.contacts : [];
  const urgent = focusOnMount !== undefined;
  return (
    <div class={urgent ? 'note note--urgent' : 'note'} data-note={id}>
      {urgent ? (
        <FocusHeading level={2} focusOnMount={focusOnMount} class="note__title">
          {note.title}
        </FocusHeading>
      ) : (
        <h4 class="note__title">{note.title}</h4>
      )}
      <p>{say(note.text, voice)}</p>
      {contacts.map((contact) => (
        <ContactLink key={contact.href} contact={contact} />
      ))}
    </div>
  );
}
