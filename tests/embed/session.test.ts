import { describe, expect, it, vi } from 'vitest';
import { startSession } from '../../src/embed/session';
import { snapshotAt } from '../../src/machine';

const effects = () => ({ started: vi.fn(), completed: vi.fn(), callPressed: vi.fn() });

describe('startSession', () => {
  it('shows the intro without a machine until it is prepared', () => {
    const session = startSession(effects());
    expect(session.snapshot.value).toBeNull();
    session.prepare();
    expect(session.snapshot.value?.value).toEqual({ flow: 'intro', help: 'closed' });
    const prepared = session.snapshot.value;
    session.prepare(); // Once only: the same actor, the same state.
    expect(session.snapshot.value).toBe(prepared);
    session.stop();
  });

  it('builds the machine at the first event when it was not prepared, and tells the host', () => {
    const hooks = effects();
    const session = startSession(hooks);
    session.send({ type: 'flow.start' });
    expect(session.snapshot.value?.value).toEqual({ flow: 'who', help: 'closed' });
    expect(hooks.started).toHaveBeenCalledTimes(1);
    session.send({ type: 'help.open' });
    expect(session.snapshot.value?.value).toEqual({ flow: 'who', help: 'open' });
    session.stop();
  });

  it('starts where it resumes at once, without a new start for the host', () => {
    const resumed = snapshotAt({ step: 'age', answers: { who: ['self'], danger: ['none'] } });
    if (!('snapshot' in resumed)) throw new Error(resumed.problem);
    const hooks = effects();
    const session = startSession(hooks, resumed.snapshot);
    expect(session.snapshot.value?.value).toEqual({ flow: 'age', help: 'closed' });
    expect(hooks.started).not.toHaveBeenCalled();
    session.stop();
  });

  it('does nothing once stopped, even if it never started', () => {
    const hooks = effects();
    const session = startSession(hooks);
    session.stop();
    session.prepare();
    session.send({ type: 'flow.start' });
    expect(session.snapshot.value).toBeNull();
    expect(session.failed.value).toBe(false);
    expect(hooks.started).not.toHaveBeenCalled();
  });
});
