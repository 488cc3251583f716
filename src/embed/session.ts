// One visitor's screening: the actor, its state as a signal, and the effects toward the host.
// mount() uses it with real effects; component tests use it with spies.

import { signal, type ReadonlySignal } from '@preact/signals';
import { createActor } from 'xstate';
import { screeningMachine, type ScreeningEvent, type ScreeningSnapshot } from '../machine';

/** What the host page may learn: that something happened, never what was answered. */
export interface SessionEffects {
  readonly started: () => void;
  readonly completed: () => void;
  readonly callPressed: () => void;
}

export interface Session {
  readonly snapshot: ReadonlySignal<ScreeningSnapshot>;
  readonly send: (event: ScreeningEvent) => void;
  readonly stop: () => void;
}

export function startSession(effects: SessionEffects): Session {
  const machine = screeningMachine.provide({
    actions: {
      notifyStarted: () => effects.started(),
      notifyCompleted: () => effects.completed(),
      notifyCallPressed: () => effects.callPressed(),
    },
  });
  const actor = createActor(machine);
  const snapshot = signal(actor.getSnapshot());
  const subscription = actor.subscribe((next) => {
    snapshot.value = next;
  });
  actor.start();
  return {
    snapshot,
    send: (event) => actor.send(event),
    stop: () => {
      subscription.unsubscribe();
      actor.stop();
    },
  };
}
