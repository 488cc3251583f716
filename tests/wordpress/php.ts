// php-cli for the tests that run the plugin's PHP outside WordPress, or null without it.

import { execFileSync } from 'node:child_process';

export function whichPhp(): string | null {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' });
    return 'php';
  } catch {
    return null;
  }
}
