// What the page reports, recorded inside the page. WebKitWebDriver does not report the
// console at all (and classic WebDriver has no init scripts), so every host page of the
// cross-engine suite loads this script first, from the test server: a same-origin script,
// allowed by the strict CSP too. It records console.error and console.warn calls, uncaught
// errors, unhandled rejections and Content-Security-Policy violations, for both engines alike.

import { recordViolationsInto, type Violation } from '../csp';
import type { EngineTab } from './driver';

export const RECORDER_PATH = '/engine-recorder.js';

export const RECORDER_SOURCE = `(() => {
  const problems = [];
  const violations = [];
  Object.defineProperty(window, '__clfRecorded', { value: { problems, violations } });
  const text = (value) => {
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch { return String(value); }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push('console.' + level + ': ' + args.map(text).join(' '));
      return original.apply(this, args);
    };
  }
  window.addEventListener('error', (event) => {
    problems.push('uncaught: ' + (event.error ? text(event.error) : event.message));
  });
  window.addEventListener('unhandledrejection', (event) => {
    problems.push('unhandled rejection: ' + text(event.reason));
  });
  // Content-Security-Policy violations, also those raised inside a shadow root.
  ${recordViolationsInto('violations')}
})();
`;

/** The recorder's script tag, first in <head>, so it is in place before any other script. */
export function withRecorder(html: string): string {
  if (!html.includes('<head>')) throw new Error('withRecorder: the page has no <head> to put the recorder in');
  return html.replace('<head>', `<head><script src="${RECORDER_PATH}"></script>`);
}

export interface Recorded {
  readonly problems: readonly string[];
  readonly violations: readonly Violation[];
}

/** What the recorder holds now, after letting the page deliver anything it has queued. */
export async function recorded(tab: EngineTab): Promise<Recorded> {
  return tab.evaluate(
    () =>
      new Promise<Recorded>((done, fail) => {
        setTimeout(
          () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const seen = (window as unknown as { __clfRecorded?: Recorded }).__clfRecorded;
                // A missing recorder must fail the test, not read as "nothing reported".
                if (!seen) fail(new Error('the page recorder is not installed'));
                else done({ problems: [...seen.problems], violations: [...seen.violations] });
              }),
            ),
          0,
        );
      }),
  );
}
