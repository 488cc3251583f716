// A page watched from the host's side, for the guarantee tests (CSP, privacy, hostile CSS,
// clinic text): every request, websocket, console message and uncaught error the browser
// reports, plus in-page recorders installed before any page script runs. Unlike withPage()
// in ./browser.ts, everything here is attached before the first navigation, so nothing the
// page does while loading can slip past.

import type { Browser, BrowserContext, Page } from 'playwright-core';

interface ConsoleEntry {
  readonly type: string;
  readonly text: string;
}

export interface Watch {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request URL the context saw, in order, whatever its scheme (tel: included). */
  readonly requests: readonly string[];
  /** Requests that failed or were aborted, with the browser's reason. */
  readonly failedRequests: readonly { readonly url: string; readonly error: string }[];
  /** Every WebSocket the page opened (even one that never connected). */
  readonly websockets: readonly string[];
  /** Every console message, of every type (log, warning, error, ...). */
  readonly consoleMessages: readonly ConsoleEntry[];
  /** Uncaught errors and unhandled rejections of the page. */
  readonly pageErrors: readonly string[];
  /** URLs the main frame committed to: one entry per navigation, the first being the load. */
  readonly mainFrameNavigations: readonly string[];
}

export interface WatchOptions {
  /** Scripts (JS source) run in every document before the page's own scripts. */
  readonly initScripts?: readonly string[];
  readonly viewport?: { readonly width: number; readonly height: number };
}

/**
 * Opens `url` in a fresh context (its own storage and cookies) with every watcher attached
 * first, runs `run`, and always closes the context. On failure the page's console messages
 * and uncaught errors are added to the message, as withPage() does.
 */
export async function withWatchedPage(
  browser: Browser,
  url: string,
  run: (watch: Watch) => Promise<void>,
  options: WatchOptions = {},
): Promise<void> {
  const context = await browser.newContext(options.viewport ? { viewport: { ...options.viewport } } : {});
  const requests: string[] = [];
  const failedRequests: { url: string; error: string }[] = [];
  const websockets: string[] = [];
  const consoleMessages: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  const mainFrameNavigations: string[] = [];
  try {
    for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
    // Context-wide, so a popup or a second page opened by the widget would be seen too.
    context.on('request', (request) => requests.push(request.url()));
    context.on('requestfailed', (request) =>
      failedRequests.push({ url: request.url(), error: request.failure()?.errorText ?? '' }),
    );
    const page = await context.newPage();
    page.on('websocket', (socket) => websockets.push(socket.url()));
    page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) mainFrameNavigations.push(frame.url());
    });
    await page.goto(url);
    const watch: Watch = {
      page,
      context,
      requests,
      failedRequests,
      websockets,
      consoleMessages,
      pageErrors,
      mainFrameNavigations,
    };
    try {
      await run(watch);
    } catch (error) {
      const seen = [
        ...consoleMessages.map((entry) => `console.${entry.type}: ${entry.text}`),
        ...pageErrors.map((text) => `uncaught: ${text}`),
      ];
      if (error instanceof Error && seen.length > 0) error.message += `\n\nThe page reported:\n  ${seen.join('\n  ')}`;
      throw error;
    }
  } finally {
    await context.close();
  }
}

/** A path as the test server logs it ("/widget.js"), or the whole URL for another origin or scheme. */
export function pathOf(url: string, origin: string): string {
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
}

/** Serves `source` as a same-origin script (allowed by `script-src 'self'`) for control pages. */
export const SCRIPT_HEADERS = { 'content-type': 'text/javascript; charset=utf-8' } as const;

/** Escapes text for an HTML attribute value in double quotes (and for element text). */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Lets the page run whatever it queued (a CSP violation report, an image's onerror) before a
 * test reads a recorder: a zero-delay task and two animation frames. Not a fixed sleep: it
 * waits for the page's queues, not for a guessed time.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), 0);
      }),
  );
}
