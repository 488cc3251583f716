// The script-tag entry: dist/widget.js. Defines <care-level-finder> and the global
// `CareLevelFinder`, once, however many times the script is included.

import { defineCareLevelFinder, mount, version } from '../src/index';

declare global {
  interface Window {
    CareLevelFinder?: { readonly mount: typeof mount; readonly version: string };
  }
}

window.CareLevelFinder ??= Object.freeze({ mount, version });
// The element is defined, and the widgets already on the page shown, in a task after the one
// that evaluates this script: two short tasks instead of one long one, so that the page stays
// responsive while the widget loads on a slow phone (`npm run bench`, long tasks).
setTimeout(defineCareLevelFinder);
