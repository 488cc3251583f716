import type { Copy } from '../copy';
import type { ScreeningEvent } from '../machine';
import { ContactLink } from './ContactLink';
import { EventButton } from './EventButton';
import { FocusHeading } from './FocusHeading';
import { recorderOptOut } from './recorder-opt-out';

export interface CrisisPanelProps {
  readonly copy: Copy;
  readonly send: (event: ScreeningEvent) => void;
}

/**
 * "Need help now?": crisis lines over the current screen, which stays as it was underneath.
 * Opened by a visitor, so it always takes focus; closing returns focus to the opener (App).
 * The lines are data in the copy (`helpPanel.groups`), in the order shown: 911 leads.
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
      {words.groups.map((group) => (
        <div key={group.contacts[0]?.label} class="help-item" lang={'lang' in group ? group.lang : undefined}>
          {'heading' in group ? <h3>{group.heading}</h3> : null}
          {'note' in group ? <p class="small">{group.note}</p> : null}
          {group.contacts.map((contact) => (
            <ContactLink key={contact.href + contact.label} contact={contact} />
          ))}
        </div>
      ))}
      <div class="actions">
        <EventButton action="close-help" look="secondary" event={{ type: 'help.close' }} send={send}>
          {words.close}
        </EventButton>
      </div>
    </section>
  );
}
