// Probes for the loading, configuration, resilience and resume e2e tests: host pages built
// from a snippet, a page opened with init scripts installed before the host page loads, and
// recorders (console, clf: events, data-step values, storage writes) read back from the page.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { StepId } from '../../../src/screening';
import { expect } from 'vitest';
import { withPage, type BrowserAndServer, type OpenedPage } from './browser';
import type { TestServer } from './server';

/** The one sessionStorage key the widget may use (embed.md, Guarantees). */
export const STORAGE_KEY = 'care-level-finder';
export const CONSOLE_PREFIX = '[care-level-finder]';
/** The SAMHSA National Helpline, offered instead of the clinic's button without a valid phone. */
export const HELPLINE_TEL = 'tel:+18006624357';

/** The version the build stamps into the widget (vite.config.ts reads package.json too). */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }
).version;

/** A host page: `head` goes after the charset, `body` is the whole body. */
export function hostHtml(body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Clinic</title>${head}</head>
<body>
${body}
</body>
</html>`;
}

interface ConsoleEntry {
  /** Playwright's type: "error", "warning", "log", ... */
  readonly type: string;
  readonly text: string;
}

export interface HostPage extends OpenedPage {
  /** Every console message of any type since the host page started loading. */
  readonly messages: readonly ConsoleEntry[];
  /** Only the uncaught errors (`problems` also holds console errors, which some tests expect). */
  readonly uncaught: () => string[];
}

/**
 * Opens `path` of `server` in a fresh context after `prepare` (init scripts, listeners) has
 * run on about:blank, so nothing the host page does is missed. Uses withPage, so a failure
 * carries the page's errors and the context is always closed.
 */
export async function withHostPage(
  browser: Browser,
  server: TestServer,
  path: string,
  prepare: (page: Page) => Promise<void>,
  run: (opened: HostPage) => Promise<void>,
): Promise<void> {
  await withPage(browser, 'about:blank', async (opened) => {
    const entries: ConsoleEntry[] = [];
    opened.page.on('console', (message) => entries.push({ type: message.type(), text: message.text() }));
    await prepare(opened.page);
    await opened.page.goto(server.url + path);
    await run({
      ...opened,
      messages: entries,
      uncaught: () => opened.problems.filter((problem) => problem.startsWith('uncaught:')),
    });
  });
}

/** A `prepare` for withHostPage that installs nothing. */
export const noSetup = async (): Promise<void> => {};

/**
 * withHostPage on the fixture's browser and server, for a page that must stay quiet: after
 * `run`, no problem (console error, uncaught error) and no console message of any type.
 */
export async function withQuietHostPage(
  fixture: BrowserAndServer,
  path: string,
  prepare: (page: Page) => Promise<void>,
  run: (opened: HostPage) => Promise<void>,
): Promise<void> {
  await withHostPage(fixture.browser, fixture.server, path, prepare, async (opened) => {
    await run(opened);
    expect(opened.problems).toEqual([]);
    expect(opened.messages).toEqual([]);
  });
}

/** Lets the page finish what it started: two animation frames and a task, no fixed delay. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
}

// ---- Recorders, installed as init scripts (each runs again in every new document). ----

/** One clf: event as a listener on `document` saw it. */
export interface HostEventRecord {
  readonly type: string;
  /** Position of event.target among the page's <care-level-finder> elements (-1: another element). */
  readonly index: number;
  /** event.target's id, or its tag name when it has none. */
  readonly target: string;
  readonly detail: unknown;
  readonly bubbles: boolean;
  readonly composed: boolean;
}

interface RecorderWindow {
  __clfEvents?: HostEventRecord[];
  __clfSteps?: string[];
  __clfWrites?: { readonly storage: string; readonly key: string }[];
}

/** Records every clf:start, clf:complete and clf:call that bubbles to `document`. */
export async function recordHostEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as RecorderWindow;
    const events: HostEventRecord[] = [];
    w.__clfEvents = events;
    for (const type of ['clf:start', 'clf:complete', 'clf:call']) {
      document.addEventListener(type, (event) => {
        const target = event.target as Element;
        events.push({
          type,
          index: Array.from(document.querySelectorAll<Element>('care-level-finder')).indexOf(target),
          target: target.id || target.localName,
          detail: (event as CustomEvent).detail,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      });
    }
  });
}

export async function hostEvents(page: Page): Promise<HostEventRecord[]> {
  return page.evaluate(() => [...((window as unknown as RecorderWindow).__clfEvents ?? [])]);
}

/** `type@index` of each recorded event, for compact order assertions. */
export async function hostEventTrail(page: Page): Promise<string[]> {
  return (await hostEvents(page)).map((event) => `${event.type}@${event.index}`);
}

/**
 * Records every data-step value that is ever in a widget's shadow root in this document, from
 * its first render: attachShadow is wrapped so each shadow root is observed from birth. A value
 * set and replaced within one task still shows up, as the old value of an attribute record.
 */
export async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as RecorderWindow;
    const steps: string[] = [];
    w.__clfSteps = steps;
    const note = (value: string | null | undefined) => {
      if (value != null && steps[steps.length - 1] !== value) steps.push(value);
    };
    const noteTree = (node: Node) => {
      if (!(node instanceof Element)) return;
      note(node.getAttribute('data-step'));
      for (const element of Array.from(node.querySelectorAll('[data-step]'))) note(element.getAttribute('data-step'));
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          note(record.oldValue);
          note((record.target as Element).getAttribute('data-step'));
        } else {
          record.addedNodes.forEach(noteTree);
          record.removedNodes.forEach(noteTree);
        }
      }
    });
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attachShadow.call(this, init);
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['data-step'],
      });
      return root;
    };
  });
}

export async function seenSteps(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as RecorderWindow).__clfSteps ?? [])]);
}

/** Records every setItem on sessionStorage or localStorage (the key only, never the value). */
export async function recordStorageWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as RecorderWindow;
    const writes: { storage: string; key: string }[] = [];
    w.__clfWrites = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
      writes.push({ storage: this === window.localStorage ? 'local' : 'session', key });
      setItem.call(this, key, value);
    };
  });
}

export async function storageWrites(page: Page): Promise<{ storage: string; key: string }[]> {
  return page.evaluate(() => [...((window as unknown as RecorderWindow).__clfWrites ?? [])]);
}

/** The widget's sessionStorage value (raw), or null. */
export async function storedRaw(page: Page): Promise<string | null> {
  return page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY);
}

/** Sets the widget's sessionStorage key before any page script runs (every load of this page). */
export async function seedStorage(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      sessionStorage.setItem(key, value);
    },
    { key: STORAGE_KEY, value: raw },
  );
}

/** The data-option values of the checked inputs of the widget's current screen. */
export async function checkedOptions(host: Locator): Promise<string[]> {
  return host
    .locator('input:checked')
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-option') ?? ''));
}

/** A saved screening of this widget, as resume-storage.ts writes it. */
export function savedScreenings(
  version: string,
  screenings: Record<string, { step: StepId | 'result'; answers: Partial<Record<StepId, readonly string[]>> }>,
): string {
  return JSON.stringify({ version, screenings });
}
