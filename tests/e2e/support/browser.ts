// The real browser for the e2e tests, and helpers that drive the widget only through the DOM
// hooks of ../shared/spec/embed.md (data-step, data-option, data-action), as a clinic's own
// tests would. Playwright's CSS engine pierces open shadow roots, so plain selectors reach
// inside <care-level-finder>.

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OptionOf, StepId } from '../../../src/screening';
import { launchBrowser } from './chromium';
import { startServer, type TestServer } from './server';

export { launchBrowser } from './chromium';

export interface BrowserAndServer {
  readonly browser: Browser;
  readonly server: TestServer;
}

/**
 * Chromium and a test server (dist/ unless `root` says otherwise) for the tests of one file:
 * started before the first, with the pages `addPages` registers, and stopped after the last.
 * Read `browser` and `server` inside tests and hooks, once they have started.
 */
export function useBrowserAndServer(
  addPages: (server: TestServer) => void = () => {},
  root?: string,
): BrowserAndServer {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer(root)]);
    addPages(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the test ${name} starts in beforeAll; read it inside a test or a hook`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
  };
}

/** How long a step change may take: generous for a slow CI box, yet fails fast on a stuck flow. */
const STEP_TIMEOUT_MS = 5_000;

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors seen since the page was opened. */
  readonly problems: readonly string[];
  readonly close: () => Promise<void>;
}

/**
 * A page in a fresh context (its own sessionStorage, so a saved step from another test never
 * resumes here), listening for console errors and uncaught errors before it navigates.
 */
async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The location names the failing URL, which "Failed to load resource" alone does not.
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, context, problems, close: () => context.close() };
}

/**
 * Opens a page, runs `run`, and always closes the context. When `run` fails, the page's
 * console errors and uncaught errors are added to the message: a widget that threw while
 * loading otherwise shows up only as "step never appeared".
 */
export async function withPage(
  browser: Browser,
  url: string,
  run: (opened: OpenedPage) => Promise<void>,
): Promise<void> {
  const opened = await openPage(browser, url);
  try {
    await run(opened);
  } catch (error) {
    if (error instanceof Error && opened.problems.length > 0) {
      error.message += `\n\nThe page reported:\n  ${opened.problems.join('\n  ')}`;
    }
    throw error;
  } finally {
    await opened.close();
  }
}

/**
 * The console warnings `page` logs from now on (the widget's configuration warnings), in order.
 * Attach it before the reload or navigation whose warnings a test counts.
 */
export function collectWarnings(page: Page): readonly string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/** The widget's host element; the helpers below default to the only one on the page. */
export function widget(page: Page): Locator {
  return page.locator('care-level-finder');
}

/** The element inside the shadow root carrying data-step (and data-outcome on a result). */
export function widgetRoot(host: Locator): Locator {
  return host.locator('[data-step]');
}

type Target = Page | Locator;

function hostOf(target: Target): Locator {
  return 'goto' in target ? widget(target) : target;
}

/**
 * Checks one option of the current screen. Option ids repeat across steps ("yes", "none"),
 * which is safe only because the spec keeps just the current screen in the DOM.
 * `check()` clicks and then verifies the input really ended up checked.
 */
export async function choose(target: Target, optionId: string): Promise<void> {
  await hostOf(target).locator(`input[data-option="${optionId}"]`).check({ timeout: STEP_TIMEOUT_MS });
}

export async function press(target: Target, action: string): Promise<void> {
  await hostOf(target).locator(`[data-action="${action}"]`).click({ timeout: STEP_TIMEOUT_MS });
}

export async function continueStep(target: Target): Promise<void> {
  await press(target, 'continue');
}

/** Waits (polling, no fixed sleep) until the widget's root shows `stepId`. */
export async function expectStep(target: Target, stepId: StepId | 'intro' | 'result'): Promise<void> {
  const root = widgetRoot(hostOf(target));
  // evaluateAll reads without waiting (null while nothing is rendered), so the poll alone
  // sets the deadline and a failure says which step was showing instead.
  await expect
    .poll(() => root.evaluateAll((elements) => elements[0]?.getAttribute('data-step') ?? null), {
      timeout: STEP_TIMEOUT_MS,
      message: `widget step should become "${stepId}"`,
    })
    .toBe(stepId);
}

/** One answered question: the step it must be, and the options to check there. */
export type Answer = { readonly [S in StepId]: readonly [S, readonly OptionOf<S>[]] }[StepId];

/** Answers questions in order: for each, asserts the step, checks its options, presses Continue. */
export async function walk(target: Target, answers: readonly Answer[]): Promise<void> {
  for (const [stepId, optionIds] of answers) {
    await expectStep(target, stepId);
    for (const optionId of optionIds) await choose(target, optionId);
    await continueStep(target);
  }
}
