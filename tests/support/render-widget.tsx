import { computed } from '@preact/signals';
import { render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { parseOptions, type MountOptions } from '../../src/config';
import { COPY } from '../../src/copy';
import { toView } from '../../src/machine';
import { startSession } from '../../src/embed/session';
import { App } from '../../src/ui/App';
import type { UiSettings } from '../../src/ui/settings';

/**
 * Renders the UI as mount() does, but into the test document (no shadow root) so that
 * Testing Library can query it by role and label. The host effects are spies.
 */
export function renderWidget(options: MountOptions = { phone: '555-010-4477', clinicName: 'Harbor Light' }) {
  const effects = { started: vi.fn(), completed: vi.fn(), callPressed: vi.fn() };
  const session = startSession(effects);
  const { options: parsed } = parseOptions(options);
  const view = computed(() => toView(session.snapshot.value, parsed.offers));
  const settings = computed(
    (): UiSettings => ({
      lang: 'en',
      mode: 'inline',
      copy: COPY.en,
      clinic: { phone: parsed.phone, name: parsed.clinicName, hours: parsed.hours },
    }),
  );
  const result = render(<App view={view} settings={settings} send={session.send} />);
  const root = () => result.container.querySelector<HTMLElement>('[data-step]');
  return { ...result, session, effects, root, step: () => root()?.dataset.step, screen, within };
}
