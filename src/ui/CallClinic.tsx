import type { Copy } from '../copy';
import type { ScreeningEvent } from '../machine';
import { ContactLink } from './ContactLink';
import type { UiSettings } from './settings';

export interface CallClinicProps {
  readonly copy: Copy;
  readonly clinic: UiSettings['clinic'];
  /** The button's words: "Call Athens Recovery", "... about safe withdrawal", ... */
  readonly label: (clinicName: string | null) => string;
  readonly send: (event: ScreeningEvent) => void;
}

/**
 * The clinic's call button with the number written out, its hours and what happens on the
 * call. Without a valid clinic number it offers the SAMHSA helpline, never a broken link.
 */
export function CallClinic({ copy, clinic, label, send }: CallClinicProps) {
  const call = copy.call;
  if (!clinic.phone) {
    return (
      <div class="call">
        <ContactLink contact={call.helpline} variant="primary" />
        <p class="small">{call.helplineNote}</p>
      </div>
    );
  }
  return (
    <div class="call">
      <a
        class="contact contact--primary"
        part="call-button"
        href={clinic.phone.href}
        data-action="call"
        onClick={() => send({ type: 'call.press' })}
      >
        <span class="contact__label">{label(clinic.name)}</span>
        <span class="contact__number">{clinic.phone.shown}</span>
      </a>
      {clinic.hours ? <p class="hours">{clinic.hours}</p> : null}
      <p class="small">{call.whatHappens}</p>
    </div>
  );
}
