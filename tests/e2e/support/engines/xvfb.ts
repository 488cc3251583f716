// A virtual display for WebKitGTK's MiniBrowser, which needs one even when nobody looks.
// Xvfb picks a free display itself (-displayfd), so two runs never fight over ":99".

import type { Readable } from 'node:stream';
import { start } from './processes';

export const XVFB_PATH = '/usr/bin/Xvfb';

export interface Display {
  /** ":N", for the DISPLAY of the processes that draw on it. */
  readonly display: string;
  readonly stop: () => Promise<void>;
}

export async function startXvfb(): Promise<Display> {
  // fd 3 is where Xvfb writes the number of the display it chose, once it accepts clients.
  // No TCP listener; the screen is larger than any window the tests open.
  const xvfb = start(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const fd3 = xvfb.child.stdio[3] as Readable | null;
  try {
    const number = await new Promise<string>((done, fail) => {
      let text = '';
      const timer = setTimeout(() => fail(new Error(`Xvfb chose no display within 10 s: ${xvfb.stderr()}`)), 10_000);
      fd3?.setEncoding('utf8');
      fd3?.on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('\n')) {
          clearTimeout(timer);
          done(text.trim());
        }
      });
      xvfb.child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Xvfb exited (${code}) before it chose a display: ${xvfb.stderr()}`));
      });
      xvfb.child.once('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
    });
    return { display: `:${number}`, stop: () => xvfb.stop() };
  } catch (error) {
    await xvfb.stop();
    throw error;
  }
}
