// One visitor's screening: the actor, its state as a signal, and the effects toward the host.
// mount() uses it with real effects; component tests use it with spies.

// signals-core: the widget renders from an effect (see mount.tsx), so it needs no Preact
// integration; @preact/signals is this same core plus hooks the widget does not use.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { createActor, type Actor } from 'xstate';
import { screeningMachine, type ScreeningEvent, type ScreeningMachine, type ScreeningSnapshot } from '../machine';

/** What the host page may learn: that something happened, never what was answered. */
export interface SessionEffects {
  readonly started: () => void;
  readonly completed: () => void;
  readonly callPressed: () => void;
}

export interface Session {
  /**
   * The machine's state, or null before the machine is built: the intro, untouched. A session
   * that does not resume starts there, and the intro needs no machine, so building it waits.
   */
  readonly snapshot: ReadonlySignal<ScreeningSnapshot | null>;
  /** True once anything inside the screening threw: the UI then shows its fallback. */
  readonly failed: ReadonlySignal<boolean>;
  /** Sends an event, building the machine first if need be; never throws (see `failed`). */
  readonly send: (event: ScreeningEvent) => void;
  /** Builds the machine and starts it now, if not yet done (mount calls it when idle). */
  readonly prepare: () => void;
  readonly stop: () => void;
}

/**
 * A screening, at `resumeFrom` when given (a reload, or the clinician preview), else at the
 * intro. Errors never escape: a throwing guard or action stops the actor, which reports it to
 * the error observer here instead of to the page's window.onerror.
 */
export function startSession(effects: SessionEffects, resumeFrom?: ScreeningSnapshot): Session {
  const snapshot = signal<ScreeningSnapshot | null>(null);
  const failed = signal(false);
  // The machine emits what happened; the host page hears of it through these effects, once
  // the event is fully handled and the new screen rendered (xstate emits mid-transition, before
  // subscribers see the new state): "clf:start" means the first question is on screen.
  const pending: (() => void)[] = [];
  const afterwards = (effect: () => void) => () => {
    pending.push(effect);
  };
  let actor: Actor<ScreeningMachine> | null = null;
  let stopped = false;
  let release = () => {};

  const prepare = () => {
    if (actor || stopped) return;
    try {
      const running = createActor(screeningMachine(), resumeFrom ? { snapshot: resumeFrom } : {});
      actor = running;
      const subscriptions = [
        running.on('started', afterwards(effects.started)),
        running.on('completed', afterwards(effects.completed)),
        running.on('call-pressed', afterwards(effects.callPressed)),
        running.subscribe({
          next: (next) => {
            snapshot.value = next;
          },
          error: () => {
            failed.value = true;
          },
        }),
      ];
      release = () => {
        for (const subscription of subscriptions) subscription.unsubscribe();
        running.stop();
      };
      running.start();
      snapshot.value = running.getSnapshot();
    } catch {
      // Built in an idle callback, a throw here would reach the page's window.onerror.
      failed.value = true;
    }
  };

  if (resumeFrom) prepare();
  return {
    snapshot,
    failed,
    prepare,
    send: (event) => {
      prepare();
      try {
        actor?.send(event);
      } catch {
        failed.value = true;
      }
      for (const effect of pending.splice(0)) effect();
    },
    stop: () => {
      stopped = true;
      release();
      release = () => {};
    },
  };
}
