// The buttons that do one thing: send one event to the machine (Start, Back, Start over,
// Close). Each carries the `data-action` hook that spec/embed.md names for it.
import type { ComponentChildren } from 'preact';
import type { ScreeningEvent } from '../machine';

export interface EventButtonProps {
  /** The `data-action` hook. */
  readonly action: string;
  readonly look: 'primary' | 'secondary' | 'quiet';
  readonly event: ScreeningEvent;
  readonly send: (event: ScreeningEvent) => void;
  readonly children: ComponentChildren;
}

export function EventButton({ action, look, event, send, children }: EventButtonProps) {
  return (
    <button
      type="button"
      class={`button button--${look}`}
      // The clinic's stylesheet may restyle the primary button through ::part (spec/embed.md).
      part={look === 'primary' ? 'primary-button' : undefined}
      data-action={action}
      onClick={() => send(event)}
    >
      {children}
    </button>
  );
}
