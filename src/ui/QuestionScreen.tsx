import { Component, createRef, type TargetedEvent } from 'preact';
import { say, type Contact, type Copy, type Text, type Voice } from '../copy';
import type { QuestionScreen as QuestionView, ScreeningEvent } from '../machine';
import type { OptionId, StepId } from '../screening';
import { ContactLink } from './ContactLink';
import { EventButton } from './EventButton';
import { FocusHeading } from './FocusHeading';

export interface QuestionScreenProps {
  readonly screen: QuestionView;
  readonly copy: Copy;
  readonly voice: Voice;
  readonly focusOnMount: boolean;
  readonly send: (event: ScreeningEvent) => void;
}

interface QuestionWords {
  readonly legend: Text;
  readonly hint?: Text;
  readonly hintContacts?: readonly Contact[];
  readonly options: Readonly<Record<string, Text>>;
}

const LEGEND_ID = 'clf-question';
const PROGRESS_ID = 'clf-progress';
const HINT_ID = 'clf-hint';
const ERROR_ID = 'clf-error';

export function QuestionScreen({ screen, copy, voice, focusOnMount, send }: QuestionScreenProps) {
  const words: QuestionWords = copy.questions[screen.step];
  const many = screen.answerKind === 'many';
  // Entering the answers reads where the visitor is, how to answer, and what went wrong.
  const describedBy = [PROGRESS_ID, HINT_ID, screen.error ? ERROR_ID : null].filter(Boolean).join(' ');

  const onSubmit = (event: Event) => {
    event.preventDefault();
    send({ type: 'step.continue' });
  };
  // Enter anywhere in the question acts as Continue: on an option (browsers differ on implicit
  // submission from radios and checkboxes), and on the heading or the error, where focus lands.
  // Buttons and links keep their own Enter; a held key does not continue twice.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.repeat) return;
    if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
    event.preventDefault();
    send({ type: 'step.continue' });
  };

  return (
    <form class="question" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <p class="progress">
        <span id={PROGRESS_ID} class="progress__text">
          {copy.widget.progress(screen.progress.number, screen.progress.total)}
        </span>
        <progress class="progress__bar" aria-hidden="true" value={screen.progress.number} max={screen.progress.total} />
      </p>
      <fieldset aria-describedby={describedBy}>
        <legend>
          <FocusHeading level={2} focusOnMount={focusOnMount} id={LEGEND_ID} class="title">
            {say(words.legend, voice)}
          </FocusHeading>
        </legend>
        <p id={HINT_ID} class="hint">
          {many ? copy.widget.chooseMany : copy.widget.chooseOne}
          {words.hint ? ` ${say(words.hint, voice)}` : null}
        </p>
        {words.hintContacts ? (
          <div class="contact-row">
            {words.hintContacts.map((contact) => (
              <ContactLink key={contact.href} contact={contact} />
            ))}
          </div>
        ) : null}
        {screen.error ? <NothingChosen message={many ? copy.widget.errors.many : copy.widget.errors.one} /> : null}
        <div class="options">
          {screen.options.map((option) => (
            <OptionRow
              key={option.id}
              step={screen.step}
              id={option.id}
              many={many}
              chosen={option.chosen}
              label={say(words.options[option.id] ?? option.id, voice)}
              send={send}
            />
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button--primary" part="primary-button" data-action="continue">
          {copy.widget.continue}
        </button>
        {screen.canGoBack ? (
          <EventButton action="back" look="quiet" event={{ type: 'step.back' }} send={send}>
            {copy.widget.back}
          </EventButton>
        ) : null}
      </div>
    </form>
  );
}

interface OptionRowProps {
  readonly step: StepId;
  readonly id: OptionId;
  readonly many: boolean;
  readonly chosen: boolean;
  readonly label: string;
  readonly send: (event: ScreeningEvent) => void;
}

/** A whole-row label around a native radio or checkbox, so the full row is the target. */
function OptionRow({ step, id, many, chosen, label, send }: OptionRowProps) {
  const onChange = (event: TargetedEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    send({ type: checked ? 'answer.select' : 'answer.deselect', option: id });
  };
  return (
    <label class="option">
      <input
        type={many ? 'checkbox' : 'radio'}
        name={step}
        value={id}
        data-option={id}
        checked={chosen}
        onChange={onChange}
      />
      <span class="option__label">{label}</span>
    </label>
  );
}

/** The nothing-chosen message, tied to the fieldset and focused so it is heard at once. */
class NothingChosen extends Component<{ readonly message: string }> {
  #message = createRef<HTMLParagraphElement>();

  override componentDidMount(): void {
    this.#message.current?.focus();
  }

  override render() {
    return (
      <p ref={this.#message} id={ERROR_ID} class="error" tabIndex={-1}>
        {this.props.message}
      </p>
    );
  }
}
