// The strict Content-Security-Policy of embed.md's guarantees, and a control page that breaks
// it on purpose, shared by csp.test.ts (Chromium) and engines.test.ts (Firefox, WebKit).

import { SCRIPT_HEADERS } from './host-watch';
import { PASTE_IN_HTML } from './paths';
import type { TestServer } from './server';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const STRICT_CSP_HEADERS = { 'content-security-policy': STRICT_CSP } as const;

const CSP_CONTROL_SCRIPT = '/csp-control.js';

// The same policy, broken on purpose in each way the widget must never break it: a <style>
// element and a style="" attribute in the page, the same two inside a shadow root (where the
// widget lives), eval, and an HTML string written to innerHTML. Plus a button with the
// widget's classes outside its shadow root, to show what "unstyled" looks like.
const CSP_CONTROL_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Control</title><style>p { color: red; }</style></head>
<body>
<p style="color: red">inline style attribute</p>
<button type="button" class="button button--primary" id="unstyled">Not the widget's</button>
<div id="shadow-host"></div>
<script src="${CSP_CONTROL_SCRIPT}"></script>
</body>
</html>`;

const CSP_CONTROL_JS = `
const shadow = document.getElementById('shadow-host').attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = 'p { color: red; }';
shadow.append(style);
const p = document.createElement('p');
p.setAttribute('style', 'color: red');
shadow.append(p);
try { eval('1 + 1'); } catch {}
try { document.createElement('div').innerHTML = '<b>x</b>'; } catch {}
`;

/**
 * Serves embed.md's paste-in at `paths.host` and the control page at `paths.control`, both
 * under the strict policy, and the control page's script. `wrap` adds what a suite needs to
 * both pages (engines.test.ts: its recorder as the first script).
 */
export function serveStrictCspPages(
  server: TestServer,
  paths: { readonly host: string; readonly control: string },
  wrap: (html: string) => string = (html) => html,
): void {
  server.page(paths.host, wrap(PASTE_IN_HTML), STRICT_CSP_HEADERS);
  server.page(paths.control, wrap(CSP_CONTROL_HTML), STRICT_CSP_HEADERS);
  server.page(CSP_CONTROL_SCRIPT, CSP_CONTROL_JS, SCRIPT_HEADERS);
}

/**
 * In-page JS (for a recorder's source) that pushes every `securitypolicyviolation` onto the
 * array named `array`, as a Violation. Capture phase on document: violations inside a shadow
 * root (composed events) arrive here too, before any listener on the element or its shadow
 * root could stop them.
 */
export function recordViolationsInto(array: string): string {
  return `document.addEventListener('securitypolicyviolation', (event) => {
    ${array}.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber,
    });
  }, true);`;
}

/** What a `securitypolicyviolation` event said, as the in-page recorders keep it. */
export interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
  readonly source: string;
}

/** "directive" or "directive sink" ("require-trusted-types-for eval"): what was refused. */
export function kindOf(violation: Violation): string {
  const sink = violation.sample.split('|')[0];
  return sink ? `${violation.directive} ${sink}` : violation.directive;
}

/** The default --clf-accent, #0f766e, as getComputedStyle gives it. */
export const ACCENT = 'rgb(15, 118, 110)';
