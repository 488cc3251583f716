import { becauseText, noteWords, say, type Copy, type Voice } from '../copy';
import type { ResultScreen as ResultView, ScreeningEvent } from '../machine';
import { levelRule, noteRule, type DangerDecision, type GuideId, type LevelDecision, type NoteId } from '../screening';
import { BeforeYouCall } from './BeforeYouCall';
import { CallClinic } from './CallClinic';
import { ContactLink } from './ContactLink';
import { EventButton } from './EventButton';
import { FocusHeading } from './FocusHeading';
import type { UiSettings } from './settings';

export interface ResultScreenProps {
  readonly screen: ResultView;
  readonly copy: Copy;
  readonly clinic: UiSettings['clinic'];
  readonly device: UiSettings['device'];
  readonly voice: Voice;
  readonly focusOnMount: boolean;
  readonly send: (event: ScreeningEvent) => void;
}

type DangerResultProps = ResultScreenProps & { readonly decision: DangerDecision };

/** Every outcome: the emergency and crisis screens, or a suggested level of care. */
export function ResultScreen(props: ResultScreenProps) {
  const { decision } = props.screen;
  return (
    <div class={`result result--${decision.outcome}`}>
      {'reason' in decision ? (
        <LevelResult {...props} decision={decision} />
      ) : decision.outcome === 'emergency' ? (
        <EmergencyResult {...props} decision={decision} />
      ) : (
        <CrisisResult {...props} decision={decision} />
      )}
      <div class="actions actions--result">
        <EventButton action="back" look="quiet" event={{ type: 'step.back' }} send={props.send}>
          {props.copy.result.changeAnswers}
        </EventButton>
        <EventButton action="restart" look="quiet" event={{ type: 'flow.restart' }} send={props.send}>
          {props.copy.widget.startOver}
        </EventButton>
      </div>
    </div>
  );
}

function EmergencyResult({ copy, clinic, voice, focusOnMount, send, decision }: DangerResultProps) {
  const words = copy.emergency;
  return (
    <>
      <FocusHeading level={2} focusOnMount={focusOnMount} class="title title--urgent">
        {words.heading}
      </FocusHeading>
      <p>{say(words.text, voice)}</p>
      <ContactLink contact={words.call911} variant="strong" />
      <Guides ids={decision.guides} copy={copy} voice={voice} />
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

function CrisisResult({ copy, clinic, voice, focusOnMount, send, decision }: DangerResultProps) {
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
      <Guides ids={decision.guides} copy={copy} voice={voice} />
      <CallClinic copy={copy} clinic={clinic} label={copy.call.clinic} send={send} />
    </>
  );
}

interface GuidesProps {
  readonly ids: readonly GuideId[];
  readonly copy: Copy;
  readonly voice: Voice;
}

/** What to do while help comes: short numbered steps, one `data-guide` element each. */
function Guides({ ids, copy, voice }: GuidesProps) {
  return (
    <>
      {ids.map((id) => {
        const guide = copy.guides[id];
        return (
          <section key={id} class="guide" data-guide={id} aria-labelledby={`clf-guide-${id}`}>
            <h3 id={`clf-guide-${id}`}>{say(guide.title, voice)}</h3>
            <ol>
              {guide.steps.map((step) => (
                <li key={say(step, voice)}>{say(step, voice)}</li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

function LevelResult({
  copy,
  clinic,
  device,
  voice,
  focusOnMount,
  send,
  decision,
}: ResultScreenProps & { readonly decision: LevelDecision }) {
  const words = copy.result;
  // How the level and its notes are presented is data on the rules (src/screening/rules.ts).
  const rule = levelRule(decision.reason);
  const firstSteps = decision.notes.filter((note) => noteRule(note).firstStep);
  const otherNotes = decision.notes.filter((note) => !noteRule(note).firstStep);
  const forSafeWithdrawal = decision.notes.some((note) => noteRule(note).callFor === 'safe-withdrawal');
  const meaning = rule.meaning === 'sober-living' ? words.soberLivingMeaning : words.levels[decision.outcome].meaning;
  const afterFirstSteps = firstSteps.length > 0;
  const eyebrow = rule.tentative
    ? afterFirstSteps
      ? words.afterMaybeEyebrow
      : words.maybeEyebrow
    : afterFirstSteps
      ? words.afterEyebrow
      : words.eyebrow;
  return (
    <>
      {/* First steps lead and take the focus (principle 7): the level is what comes after. */}
      {firstSteps.map((note, index) => (
        <Note
          key={note}
          id={note}
          copy={copy}
          voice={voice}
          decision={decision}
          firstStep={{ focusOnMount: focusOnMount && index === 0 }}
        />
      ))}
      <p class="eyebrow">{eyebrow}</p>
      <FocusHeading level={2} focusOnMount={focusOnMount && !afterFirstSteps} class="title title--level">
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
            <Note key={note} id={note} copy={copy} voice={voice} decision={decision} />
          ))}
        </section>
      ) : null}
      <CallClinic
        copy={copy}
        clinic={clinic}
        label={forSafeWithdrawal ? copy.call.clinicWithdrawal : copy.call.clinic}
        send={send}
        anyHourHelp
      />
      <BeforeYouCall copy={copy} decision={decision} voice={voice} device={device} />
      <p class="small">{words.notADiagnosis}</p>
    </>
  );
}

interface NoteProps {
  readonly id: NoteId;
  readonly copy: Copy;
  readonly voice: Voice;
  readonly decision: LevelDecision;
  /** Given for a first step, which leads the screen; other notes sit under "Good to know". */
  readonly firstStep?: { readonly focusOnMount: boolean };
}

function Note({ id, copy, voice, decision, firstStep }: NoteProps) {
  const words = noteWords(copy, id, decision.wording[id], voice);
  return (
    <div class={firstStep ? 'note note--first-step' : 'note'} data-note={id}>
      {firstStep ? (
        <FocusHeading level={2} focusOnMount={firstStep.focusOnMount} class="note__title">
          {words.title}
        </FocusHeading>
      ) : (
        <h4 class="note__title">{words.title}</h4>
      )}
      {words.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {words.contacts.map((contact) => (
        <ContactLink key={contact.href} contact={contact} />
      ))}
    </div>
  );
}
