// mount(): the one place where the widget meets a page. It parses the options once, starts a
// screening session, renders the UI into an open shadow root and returns its own cleanup.

import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { parseOptions, type MountOptions, type OptionProblem, type ParsedOptions } from '../config';
import { COPY, isLang, type Lang } from '../copy';
import { toView } from '../machine';
import { App } from '../ui/App';
import type { UiSettings } from '../ui/settings';
import { containUiEvents, dispatchHostEvent, HOST_EVENTS } from './host-events';
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

const CONSOLE_PREFIX = '[care-level-finder]';
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
  shadow.adoptedStyleSheets = [widgetStyleSheet(doc)];
  mounted.add(target);

  const config = signal(readOptions(initialOptions));
  const session = startSession({
    started: () => dispatchHostEvent(target, HOST_EVENTS.started),
    completed: () => dispatchHostEvent(target, HOST_EVENTS.completed),
    callPressed: () => dispatchHostEvent(target, HOST_EVENTS.callPressed),
  });
  const view = computed(() => toView(session.snapshot.value, config.value.options.offers));
  const settings = computed((): UiSettings => {
    const { options } = config.value;
    const lang = options.lang ?? pageLang(target);
    return {
      lang,
      copy: COPY[lang],
      clinic: { phone: options.phone, name: options.clinicName, hours: options.hours },
    };
  });
  const releaseEvents = containUiEvents(shadow);
  render(<App view={view} settings={settings} send={session.send} />, shadow);

  return {
    update(options) {
      config.value = readOptions(options, config.value);
    },
    unmount() {
      render(null, shadow);
      releaseEvents();
      session.stop();
      mounted.delete(target);
    },
  };
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
  const code = target.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split('-')[0] ?? '';
  return isLang(code) ? code : 'en';
}
