import type { Copy } from '../copy';
import type { ScreeningEvent } from '../machine';
import { ContactLink } from './ContactLink';
import { EventButton } from './EventButton';
import { FocusHeading } from './FocusHeading';

export interface IntroScreenProps {
  readonly copy: Copy;
  readonly focusOnMount: boolean;
  readonly send: (event: ScreeningEvent) => void;
}

export function IntroScreen({ copy, focusOnMount, send }: IntroScreenProps) {
  const intro = copy.intro;
  return (
    <div class="intro">
      <FocusHeading level={2} focusOnMount={focusOnMount} class="title">
        {intro.heading}
      </FocusHeading>
      <p class="lead">{intro.lead}</p>
      <ul class="points">
        {intro.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <div class="actions">
        <EventButton action="start" look="primary" event={{ type: 'flow.start' }} send={send}>
          {intro.start}
        </EventButton>
      </div>
      <p class="small">
        {intro.dangerNow} <ContactLink contact={intro.call911} />
      </p>
    </div>
  );
}
