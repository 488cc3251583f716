import type { Contact } from '../copy';

export interface ContactLinkProps {
  readonly contact: Contact;
  readonly variant?: 'primary' | 'strong' | 'plain';
}

/** A phone, text or web contact as a real link, with the number written out. */
export function ContactLink({ contact, variant = 'plain' }: ContactLinkProps) {
  const external = contact.href.startsWith('https:');
  const showNumber = contact.shown !== contact.label && !contact.label.includes(contact.shown);
  return (
    <a
      class={`contact contact--${variant}`}
      href={contact.href}
      lang={contact.lang}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      <span class="contact__label">{contact.label}</span>
      {showNumber ? <span class="contact__number">{contact.shown}</span> : null}
    </a>
  );
}
