// The script-tag entry: dist/widget.js. Defines <care-level-finder> and the global
// `CareLevelFinder`, once, however many times the script is included.

import { defineCareLevelFinder, mount, version } from '../src/index';

declare global {
  interface Window {
    CareLevelFinder?: { readonly mount: typeof mount; readonly version: string };
  }
}

defineCareLevelFinder();
window.CareLevelFinder ??= Object.freeze({ mount, version });
