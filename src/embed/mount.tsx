// mount(): the one place where the widget meets a page. It parses the options once, starts a
// screening session, renders the UI into an open shadow root and returns its own cleanup.

import { computed, effect, signal } from '@preact/signals-core';
import { render } from 'preact';
import { parseOptions, type MountOptions, type OptionProblem, type ParsedOptions, type Persist } from '../config';
import { COPY, langOfTag, type Lang } from '../copy';
import { resumePointOf, snapshotAt, toView, type ScreeningSnapshot } from '../machine';
import { Root } from '../ui/Root';
import type { UiSettings } from '../ui/settings';
import { DEVICE } from './device';
import { version } from '../version';
import { accentPair, checkAccent } from './accent';
import { containUiEvents, dispatchHostEvent, HOST_EVENTS } from './host-events';
import { instanceKeyOf, NO_STORE, sessionResumeStore, type ResumeStore } from './resume-storage';
import { startSession } from './session';
import { widgetStyleSheet } from './stylesheet';

export interface MountedWidget {
  /** Removes the widget and stops everything it started. */
  readonly unmount: () => void;
}

/** What the custom element needs besides unmount: to follow attribute changes. */
export interface Widget extends MountedWidget {
  readonly update: (options: MountOptions) => void;
}

/** Every console message and thrown error of the widget starts with this. */
export const CONSOLE_PREFIX = '[care-level-finder]';
const mounted = new WeakSet<Element>();

/** Renders the widget into `target`'s shadow root (created open if it has none). */
export function mount(target: Element, options: MountOptions = {}): MountedWidget {
  const { unmount } = createWidget(target, options);
  return { unmount };
}

export function createWidget(target: Element, initialOptions: MountOptions): Widget {
  if (mounted.has(target)) {
    throw new Error(`${CONSOLE_PREFIX} mount(): this element already shows the widget; call unmount() first.`);
  }
  const doc = target.ownerDocument;
  const shadow = target.shadowRoot ?? attachShadowTo(target);
  // The shared stylesheet, then this widget's own corrections to the clinic's accent colors.
  const accentSheet = new (doc.defaultView ?? window).CSSStyleSheet();
  shadow.adoptedStyleSheets = [widgetStyleSheet(doc), accentSheet];
  mounted.add(target);

  const config = signal(readOptions(initialOptions));
  const storeFor = (persist: Persist): ResumeStore => {
    const store = doc.defaultView ? sessionResumeStore(doc.defaultView, instanceKeyOf(target), version) : NO_STORE;
    if (persist === 'session') return store;
    store.save(null); // persist="none": nothing may stay behind, not even from an earlier load.
    return NO_STORE;
  };
  // A preview starts where the clinician asked and must not touch the visitor's storage.
  const preview = initialOptions.previewStart ? snapshotAt(initialOptions.previewStart) : undefined;
  if (preview && 'problem' in preview) console.error(`${CONSOLE_PREFIX} previewStart: ${preview.problem}; starting at the intro.`);
  let persist: Persist = initialOptions.previewStart ? 'none' : config.value.options.persist;
  let store = initialOptions.previewStart ? NO_STORE : storeFor(persist);
  const session = startSession(
    {
      started: () => dispatchHostEvent(target, HOST_EVENTS.started),
      completed: () => dispatchHostEvent(target, HOST_EVENTS.completed),
      callPressed: () => dispatchHostEvent(target, HOST_EVENTS.callPressed),
    },
    preview && 'snapshot' in preview ? preview.snapshot : resumedSnapshot(store),
  );
  // Keep the saved resume point in step with the screening; on the intro (where Start over
  // leads) it is forgotten. Only a change is written: storage is slow, and most events (a
  // choice in the panel, say) change nothing worth keeping. Failures are swallowed in the store.
  let saved = JSON.stringify(resumePointOf(session.snapshot.value));
  const stopSaving = effect(() => {
    const point = resumePointOf(session.snapshot.value);
    if (!initialOptions.previewStart && config.value.options.persist !== persist) {
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
    const lang = options.lang ?? pageLang(target);
    return {
      lang,
      mode: options.mode,
      copy: COPY[lang],
      clinic: { phone: options.phone, name: options.clinicName, hours: options.hours },
      device: DEVICE,
    };
  });
  // The clinic's CSS may arrive after the widget, so the accent is checked again after every
  // screen. Off the visitor's path: in a task of its own, and only a changed pair is judged.
  const accentWarnings = new Set<string>();
  let checkedPair = '';
  let accentTimer: ReturnType<typeof setTimeout> | undefined;
  const checkAccentSoon = () => {
    clearTimeout(accentTimer);
    accentTimer = setTimeout(() => {
      const pair = accentPair(target);
      const key = `${pair.accent}|${pair.onAccent}`;
      if (key === checkedPair) return;
      checkedPair = key;
      const fix = checkAccent(doc, pair);
      accentSheet.replaceSync(fix.css);
      for (const warning of fix.warnings) {
        if (accentWarnings.has(warning)) continue;
        accentWarnings.add(warning);
        console.warn(`${CONSOLE_PREFIX} ${warning}`);
      }
    });
  };
  const stopAccentCheck = effect(() => {
    void view.value.screen;
    checkAccentSoon();
  });
  // The intro needs no state machine; it is built once the intro is up, at an idle moment
  // (or at the visitor's first click, if that comes sooner), so that the first screen shows
  // sooner and loading never holds the page in one long task (`npm run bench`).
  const cancelPrepare = whenIdle(doc.defaultView, session.prepare);
  const releaseEvents = containUiEvents(shadow);
  // One-way: signals -> the view -> one render of the whole tree, synchronously, so data-step
  // is already the new step when the click that caused it returns.
  const stopRendering = effect(() => {
    render(<Root view={view.value} settings={settings.value} send={session.send} failed={session.failed.value} />, shadow);
  });

  return {
    update(options) {
      config.value = readOptions(options, config.value);
    },
    unmount() {
      stopRendering();
      stopSaving();
      stopAccentCheck();
      clearTimeout(accentTimer);
      cancelPrepare();
      render(null, shadow);
      releaseEvents();
      session.stop();
      mounted.delete(target);
    },
  };
}

/** Runs `task` when the browser is idle (soon, in any case), or in a later task. */
function whenIdle(win: (Window & typeof globalThis) | null, task: () => void): () => void {
  if (win?.requestIdleCallback) {
    const id = win.requestIdleCallback(task, { timeout: 1000 });
    return () => win.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

function attachShadowTo(target: Element): ShadowRoot {
  try {
    return target.attachShadow({ mode: 'open' });
  } catch {
    throw new Error(
      `${CONSOLE_PREFIX} mount(): <${target.localName}> cannot hold the widget; use an element such as <div> or <care-level-finder>.`,
    );
  }
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

/** The nearest `lang` up the page ("es-MX" counts as "es"), else English. */
function pageLang(target: Element): Lang {
  return langOfTag(target.closest('[lang]')?.getAttribute('lang') ?? '') ?? 'en';
}
