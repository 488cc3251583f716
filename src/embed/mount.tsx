// mount(): the one place where the widget meets a page. A thin shell: the widget's model
// (widget-model.ts: options, session, resume, view) and the page-facing effects around it,
// each named and each returning its own stop: the shadow root and its stylesheets, the accent
// watcher, the machine built when idle, the containment of UI events, and the render.

import { effect, type ReadonlySignal } from '@preact/signals-core';
import { render } from 'preact';
import type { MountOptions } from '../config';
import { langOfTag, type Lang } from '../copy';
import type { View } from '../machine';
import { Root } from '../ui/Root';
import { version } from '../version';
import { accentPair, checkAccent } from './accent';
import { containUiEvents, dispatchHostEvent, HOST_EVENTS } from './host-events';
import { instanceKeyOf, NO_STORE, sessionResumeStore } from './resume-storage';
import { widgetStyleSheet } from './stylesheet';
import { CONSOLE_PREFIX, createWidgetModel, type WidgetModel } from './widget-model';

export { CONSOLE_PREFIX } from './widget-model';

export interface MountedWidget {
  /** Removes the widget and stops everything it started. */
  readonly unmount: () => void;
}

/** What the custom element needs besides unmount: to follow attribute changes. */
export interface Widget extends MountedWidget {
  readonly update: (options: MountOptions) => void;
}

const mounted = new WeakSet<Element>();

/** Renders the widget into `target`'s shadow root (created open if it has none). */
export function mount(target: Element, options: MountOptions = {}): MountedWidget {
  const { unmount } = createWidget(target, options);
  return { unmount };
}

export function createWidget(target: Element, options: MountOptions): Widget {
  if (mounted.has(target)) {
    throw new Error(`${CONSOLE_PREFIX} mount(): this element already shows the widget; call unmount() first.`);
  }
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  const shadow = target.shadowRoot ?? attachShadowTo(target);
  // The shared stylesheet, then this widget's own corrections to the clinic's accent colors.
  const accentSheet = new (win ?? window).CSSStyleSheet();
  shadow.adoptedStyleSheets = [widgetStyleSheet(doc), accentSheet];
  mounted.add(target);

  const model = createWidgetModel({
    options,
    openStore: () => (win ? sessionResumeStore(win, instanceKeyOf(target), version) : NO_STORE),
    pageLang: () => pageLang(target),
    effects: {
      started: () => dispatchHostEvent(target, HOST_EVENTS.started),
      completed: () => dispatchHostEvent(target, HOST_EVENTS.completed),
      callPressed: () => dispatchHostEvent(target, HOST_EVENTS.callPressed),
    },
  });
  const stops = [
    watchAccent(target, accentSheet, model.view),
    // The intro needs no state machine; it is built once the intro is up, at an idle moment
    // (or at the visitor's first click, if that comes sooner), so that the first screen shows
    // sooner and loading never holds the page in one long task (`npm run bench`).
    whenIdle(win, model.prepare),
    containUiEvents(shadow),
    renderInto(shadow, model),
  ];
  return {
    update: model.update,
    unmount() {
      for (const stop of stops) stop();
      model.dispose();
      mounted.delete(target);
    },
  };
}

/**
 * One-way: the model's signals -> one render of the whole tree, synchronously, so data-step is
 * already the new step when the click that caused it returns.
 */
function renderInto(shadow: ShadowRoot, model: WidgetModel): () => void {
  const stopRendering = effect(() => {
    render(
      <Root view={model.view.value} settings={model.settings.value} send={model.send} failed={model.failed.value} />,
      shadow,
    );
  });
  return () => {
    stopRendering();
    render(null, shadow);
  };
}

/**
 * The clinic's CSS may arrive after the widget, so the accent is checked again after every
 * screen. Off the visitor's path: in a task of its own, and only a changed pair is judged.
 */
function watchAccent(target: Element, sheet: CSSStyleSheet, view: ReadonlySignal<View>): () => void {
  const warned = new Set<string>();
  let checkedPair = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopWatching = effect(() => {
    void view.value.screen;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const pair = accentPair(target);
      const key = `${pair.accent}|${pair.onAccent}`;
      if (key === checkedPair) return;
      checkedPair = key;
      const fix = checkAccent(target.ownerDocument, pair);
      sheet.replaceSync(fix.css);
      for (const warning of fix.warnings) {
        if (warned.has(warning)) continue;
        warned.add(warning);
        console.warn(`${CONSOLE_PREFIX} ${warning}`);
      }
    });
  });
  return () => {
    stopWatching();
    clearTimeout(timer);
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

/** The nearest `lang` up the page ("es-MX" counts as "es"), else English. */
function pageLang(target: Element): Lang {
  return langOfTag(target.closest('[lang]')?.getAttribute('lang') ?? '') ?? 'en';
}
