import { ContactLink } from './ContactLink';
import { recorderOptOut } from './recorder-opt-out';
import type { UiSettings } from './settings';

export interface FallbackProps {
  readonly settings: UiSettings;
}

/**
 * What a visitor sees if the widget breaks (a hostile page script, a browser bug): no
 * screening, but still the clinic's number and the crisis lines. Kept free of anything that
 * could fail again: no state, no focus management.
 */
export function Fallback({ settings }: FallbackProps) {
  const { lang, copy, clinic } = settings;
  const words = copy.fallback;
  return (
    <section {...recorderOptOut('clf')} lang={lang} aria-label={copy.widget.label}>
      <div class="card" part="card">
        <h2 class="title">{words.heading}</h2>
        <p>{words.text}</p>
        {clinic.phone ? (
          <ContactLink
            contact={{ label: copy.call.clinic(clinic.name), href: clinic.phone.href, shown: clinic.phone.shown }}
            variant="primary"
          />
        ) : (
          <ContactLink contact={copy.call.helpline} variant="primary" />
        )}
        <div class="contact-row">
          <ContactLink contact={words.call988} />
          <ContactLink contact={words.text988} />
        </div>
        <p class="tip">
          {words.dangerNow} <ContactLink contact={words.call911} />
        </p>
      </div>
    </section>
  );
}
