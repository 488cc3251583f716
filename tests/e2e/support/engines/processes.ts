// Child processes the engine drivers start (Xvfb, WebKitWebDriver), stopped for certain: stop()
// waits until the process has really exited, and a process still running when the test
// worker exits (a crash, an interrupted run) is killed then too, so none outlives the tests.

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Started {
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far, for error messages. */
  readonly stderr: () => string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  readonly stop: (graceMs?: number) => Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export function start(command: string, args: readonly string[], options: SpawnOptions = {}): Started {
  installExitHook();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  running.add(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // Keep the end: the reason a process failed is written last.
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    child.once('exit', () => done());
    // A command that cannot be spawned emits error, not exit.
    child.once('error', () => done());
  });
  void exited.then(() => running.delete(child));
  return {
    child,
    stderr: () => stderr,
    stop: async (graceMs = 3_000) => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `check` every 50 ms until it resolves true; fails after `timeoutMs` with `what`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
