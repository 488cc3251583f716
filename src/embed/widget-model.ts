// One widget's model: its configuration, its screening session, where it keeps its place, and
// what the UI shows. Nothing here touches the page but through what it is given (the resume
// store, the page's language, the host's effects), so mount() stays a thin shell of page-facing
// effects and the component tests build the very same model.

import { computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import { parseOptions, type MountOptions, type OptionProblem, type ParsedOptions, type Persist } from '../config';
import { COPY, type Lang } from '../copy';
import { resumePointOf, snapshotAt, toView, type ScreeningEvent, type ScreeningSnapshot, type View } from '../machine';
import type { UiSettings } from '../ui/settings';
import { DEVICE } from './device';
import { NO_STORE, type ResumeStore } from './resume-storage';
import { startSession, type SessionEffects } from './session';

/** Every console message and thrown error of the widget starts with this. */
export const CONSOLE_PREFIX = '[care-level-finder]';

export interface WidgetModelInputs {
  readonly options: MountOptions;
  /** This widget's resume store in the page's sessionStorage (see resume-storage.ts). */
  readonly openStore: () => ResumeStore;
  /** The language of the page around the widget, for a widget without `lang`. */
  readonly pageLang: () => Lang;
  /** What the host page hears (clf: events). */
  readonly effects: SessionEffects;
}

export interface WidgetModel {
  readonly view: ReadonlySignal<View>;
  readonly settings: ReadonlySignal<UiSettings>;
  readonly failed: ReadonlySignal<boolean>;
  readonly send: (event: ScreeningEvent) => void;
  /** Builds the screening machine now, if not yet done (the intro needs none). */
  readonly prepare: () => void;
  /** Follows new options (an attribute changed). */
  readonly update: (options: MountOptions) => void;
  readonly dispose: () => void;
}

export function createWidgetModel({ options: initial, openStore, pageLang, effects }: WidgetModelInputs): WidgetModel {
  const config = signal(readOptions(initial));
  // The clinician preview starts where it is told, and never touches the visitor's storage.
  const preview = initial.previewStart ? snapshotAt(initial.previewStart) : undefined;
  if (preview && 'problem' in preview)
    console.error(`${CONSOLE_PREFIX} previewStart: ${preview.problem}; starting at the intro.`);
  // Where the screening is kept for a reload: the one place `persist` is read.
  const storeFor = (persist: Persist): ResumeStore => {
    if (preview) return NO_STORE;
    const store = openStore();
    if (persist === 'session') return store;
    store.save(null); // persist="none": nothing may stay behind, not even from an earlier load.
    return NO_STORE;
  };
  let persist = config.value.options.persist;
  let store = storeFor(persist);
  const session = startSession(effects, preview && 'snapshot' in preview ? preview.snapshot : resumedSnapshot(store));

  // Keep the saved resume point in step with the screening; on the intro (where Start over
  // leads) it is forgotten. Only a change is written: storage is slow, and most events (a
  // choice in the panel, say) change nothing worth keeping. Failures are swallowed in the store.
  let saved = JSON.stringify(resumePointOf(session.snapshot.value));
  const stopSaving = effect(() => {
    const point = resumePointOf(session.snapshot.value);
    if (config.value.options.persist !== persist) {
      persist = config.value.options.persist;
      store = storeFor(persist);
      saved = '';
    }
    const serialized = JSON.stringify(point);
    if (serialized === saved) return;
    saved = serialized;
    store.save(point);
  });

  const view = computed(() => toView(session.snapshot.value, config.value.options.offers));
  const settings = computed((): UiSettings => {
    const { options } = config.value;
    const lang = options.lang ?? pageLang();
    return {
      lang,
      mode: options.mode,
      copy: COPY[lang],
      clinic: { phone: options.phone, name: options.clinicName, hours: options.hours },
      device: DEVICE,
    };
  });

  return {
    view,
    settings,
    failed: session.failed,
    send: session.send,
    prepare: session.prepare,
    update(options) {
      config.value = readOptions(options, config.value);
    },
    dispose() {
      stopSaving();
      session.stop();
    },
  };
}

/** The saved screening of this widget, if there is one and it could really have happened. */
function resumedSnapshot(store: ResumeStore): ScreeningSnapshot | undefined {
  const saved = store.load();
  if (saved === null) return undefined;
  const checked = snapshotAt(saved);
  if ('snapshot' in checked) return checked.snapshot;
  store.save(null); // Not a screening this version could have produced: drop it.
  return undefined;
}

/** Parses the options and reports each problem once (again only if it changed). */
function readOptions(options: MountOptions, previous?: ParsedOptions): ParsedOptions {
  const parsed = parseOptions(options);
  const seen = new Set(previous?.problems.map((problem) => problem.message));
  for (const problem of parsed.problems) {
    if (!seen.has(problem.message)) report(problem);
  }
  return parsed;
}

// The only console output of the widget: what a clinic configured wrong. Never an answer.
function report(problem: OptionProblem): void {
  const message = `${CONSOLE_PREFIX} ${problem.message}`;
  if (problem.severity === 'error') console.error(message);
  else console.warn(message);
}
