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
  /**
   * Where to turn when nobody answers (a level result): the SAMHSA helpline for finding
   * treatment at any hour, and 988 in a crisis. The emergency and crisis screens already lead
   * with 911 and 988.
   */
  readonly anyHourHelp?: boolean;
}

/**
 * The clinic's call button with the number written out, its hours and what happens on the
 * call. Without a valid clinic number it offers the SAMHSA helpline, never a broken link.
 */
export function CallClinic({ copy, clinic, label, send, anyHourHelp = false }: CallClinicProps) {
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
      {/* Never promises a live answer at every hour (screening.md, result screen). */}
      <p class="small">
        {call.whatHappens} {call.afterHours}
      </p>
      {anyHourHelp ? (
        <>
          <p class="small">{call.anyHour}</p>
          <ContactLink contact={call.anyHourHelpline} />
          <p class="small">{call.inCrisis}</p>
          <div class="contact-row">
            <ContactLink contact={call.call988} />
            <ContactLink contact={call.text988} />
          </div>
        </>
      ) : null}
    </div>
  );
}
