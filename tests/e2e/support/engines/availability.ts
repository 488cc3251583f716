// Whether an engine can run here, and what happens when it cannot. The suite never skips
// silently: a missing binary is named with its Debian package, in a warning banner and in
// the skipped test's name. Locally a missing engine is skipped. Under CI (CI=true) it fails
// the run, unless .ci/run reported that installing that very package failed
// (CLF_FAILED_INSTALLS): .ci/run installs every package it finds missing, so a binary missing
// without a failed install means the path or the package changed, and a green run would
// then hide that a whole engine went untested.

import { existsSync } from 'node:fs';
import type { EngineName } from './driver';
import { FIREFOX_PATH } from './firefox';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH } from './webkit';
import { XVFB_PATH } from './xvfb';

interface Binary {
  readonly path: string;
  /** The Debian package that installs it (MiniBrowser comes with webkit2gtk-driver's dependencies). */
  readonly pkg: string;
}

const BINARIES: Readonly<Record<EngineName, readonly Binary[]>> = {
  firefox: [{ path: FIREFOX_PATH, pkg: 'firefox-esr' }],
  webkit: [
    { path: WEBKIT_DRIVER_PATH, pkg: 'webkit2gtk-driver' },
    { path: MINIBROWSER_PATH, pkg: 'webkit2gtk-driver' },
    { path: XVFB_PATH, pkg: 'xvfb' },
  ],
};

export type Availability =
  | { readonly state: 'ready' }
  /** Skipped, with the reason in the warning and the test name. */
  | { readonly state: 'skip'; readonly reason: string }
  /** Must not be skipped: the tests fail with this message. */
  | { readonly state: 'fail'; readonly reason: string };

export function availability(
  engine: EngineName,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): Availability {
  const missing = BINARIES[engine].filter((binary) => !exists(binary.path));
  if (missing.length === 0) return { state: 'ready' };
  const packages = [...new Set(missing.map((binary) => binary.pkg))];
  const what = `${missing.map((binary) => binary.path).join(', ')} missing (Debian package ${packages.join(', ')}; apt-get install -y ${packages.join(' ')})`;
  if (env.CI !== 'true') return { state: 'skip', reason: `${engine}: ${what}` };
  const failedInstalls = new Set((env.CLF_FAILED_INSTALLS ?? '').split(/\s+/).filter(Boolean));
  const unexplained = packages.filter((pkg) => !failedInstalls.has(pkg));
  if (unexplained.length === 0)
    return { state: 'skip', reason: `${engine}: ${what}; .ci/run reported that installing it failed` };
  return {
    state: 'fail',
    reason: `${engine}: ${what}, and CI=true while .ci/run reported no failed install of ${unexplained.join(', ')}: refusing to skip an engine in CI`,
  };
}

/** The banner for a skipped engine, written to stderr once per run of the suite. */
export function warnSkipped(reason: string): void {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SKIPPED: the cross-engine tests for ${reason}.\n!! Visitors' browsers of that engine are NOT tested in this run.\n${line}\n`,
  );
}
