import type { Copy } from '../copy';
import type { ScreeningEvent } from '../machine';
import { ContactLink } from './ContactLink';
import { FocusHeading } from './FocusHeading';
import { recorderOptOut } from './recorder-opt-out';

export interface CrisisPanelProps {
  readonly copy: Copy;
  readonly send: (event: ScreeningEvent) => void;
}

/**
 * "Need help now?": crisis lines over the current screen, which stays as it was underneath.
 * Opened by a visitor, so it always takes focus; closing returns focus to the opener (App).
 */
export function CrisisPanel({ copy, send }: CrisisPanelProps) {
  const words = copy.helpPanel;
  return (
    <section {...recorderOptOut('help-panel')} aria-labelledby="clf-help-heading">
      <FocusHeading level={2} focusOnMount id="clf-help-heading" class="title">
        {words.heading}
      </FocusHeading>
      <p>{words.intro}</p>
      <div class="help-item">
        <h3>{words.dangerNow}</h3>
        <ContactLink contact={words.call911} variant="strong" />
      </div>
      <div class="help-item">
        <h3>{words.lifeline}</h3>
        <div class="contact-row">
          <ContactLink contact={words.call988} />
          <ContactLink contact={words.text988} />
        </div>
        <ContactLink contact={words.chat988} />
        <p class="small">{words.lifelineOptions}</p>
      </div>
      <div class="help-item">
        <h3>{words.crisisTextLine}</h3>
        <ContactLink contact={words.textHome} />
      </div>
      <div class="help-item">
        <h3>{words.helpline}</h3>
        <ContactLink contact={words.samhsa} />
        <ContactLink contact={words.samhsaTty} />
      </div>
      <div class="help-item">
        <ContactLink contact={words.poisonHelp} />
      </div>
      <div class="help-item" lang={words.otherLanguage.lang}>
        <h3>{words.otherLanguage.heading}</h3>
        {words.otherLanguage.contacts.map((contact) => (
          <ContactLink key={contact.href + contact.label} contact={contact} />
        ))}
      </div>
      <div class="actions">
        <button type="button" class="button button--secondary" data-action="close-help" onClick={() => send({ type: 'help.close' })}>
          {words.close}
        </button>
      </div>
    </section>
  );
}
