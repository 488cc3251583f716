// One visitor's screening: the actor, its state as a signal, and the effects toward the host.
// mount() uses it with real effects; component tests use it with spies.

// signals-core: the widget renders from an effect (see mount.tsx), so it needs no Preact
// integration; @preact/signals is this same core plus hooks the widget does not use.
import { signal, type ReadonlySignal } from '@preact/signals-core';
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
  /** True once anything inside the screening threw: the UI then shows its fallback. */
  readonly failed: ReadonlySignal<boolean>;
  /** Sends an event; never throws (a failure sets `failed` instead). */
  readonly send: (event: ScreeningEvent) => void;
  readonly stop: () => void;
}

/**
 * Starts a screening, at `resumeFrom` when given (a reload, or the clinician preview).
 * Errors never escape: a throwing guard or action stops the actor, which reports it to the
 * error observer here instead of to the page's window.onerror.
 */
export function startSession(effects: SessionEffects, resumeFrom?: ScreeningSnapshot): Session {
  const actor = createActor(screeningMachine, resumeFrom ? { snapshot: resumeFrom } : {});
  // The machine emits what happened; the host page hears of it through these effects, once
  // the event is fully handled and the new screen rendered (xstate emits mid-transition, before
  // subscribers see the new state): "clf:start" means the first question is on screen.
  const pending: (() => void)[] = [];
  const afterwards = (effect: () => void) => () => {
    pending.push(effect);
  };
  const listeners = [
    actor.on('started', afterwards(effects.started)),
    actor.on('completed', afterwards(effects.completed)),
    actor.on('call-pressed', afterwards(effects.callPressed)),
  ];
  const snapshot = signal(actor.getSnapshot());
  const failed = signal(false);
  const subscription = actor.subscribe({
    next: (next) => {
      snapshot.value = next;
    },
    error: () => {
      failed.value = true;
    },
  });
  actor.start();
  return {
    snapshot,
    failed,
    send: (event) => {
      try {
        actor.send(event);
      } catch {
        failed.value = true;
      }
      for (const effect of pending.splice(0)) effect();
    },
    stop: () => {
      subscription.unsubscribe();
      for (const listener of listeners) listener.unsubscribe();
      actor.stop();
    },
  };
}
