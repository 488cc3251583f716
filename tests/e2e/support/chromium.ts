// Debian's Chromium, launched the one way this project's machines allow: no browser download,
// no sandbox, and none of Chromium's own background traffic. Free of vitest, so that scripts
// (screenshots, the benchmark) use it too.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e tests need Chromium at ${CHROMIUM_PATH}; install it with apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // No sandbox: containers and CI often lack the user namespaces it needs. The rest keeps
    // Chromium from making its own network requests, which would blur "no network request".
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
