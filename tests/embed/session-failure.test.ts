import { describe, expect, it, vi } from 'vitest';

// A machine that cannot even be built: the session is built at an idle moment, outside any
// handler of the page, so a throw there would reach the page's window.onerror.
vi.mock('xstate', async (importOriginal) => ({
  ...(await importOriginal<typeof import('xstate')>()),
  createActor: () => {
    throw new Error('broken polyfill');
  },
}));

const { startSession } = await import('../../src/embed/session');

describe('startSession when the actor cannot be created', () => {
  it('reports the failure through `failed` and never throws, idle or at a click', () => {
    const session = startSession({ started: vi.fn(), completed: vi.fn(), callPressed: vi.fn() });
    expect(() => session.prepare()).not.toThrow();
    expect(session.failed.value).toBe(true);
    expect(() => session.send({ type: 'flow.start' })).not.toThrow();
    expect(session.snapshot.value).toBeNull();
    expect(() => session.stop()).not.toThrow();
  });
});
