import { computed, effect } from '@preact/signals-core';
import { render } from 'preact';
import { screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { parseOptions, type MountOptions } from '../../src/config';
import { COPY } from '../../src/copy';
import { toView } from '../../src/machine';
import { startSession } from '../../src/embed/session';
import { App } from '../../src/ui/App';
import type { DeviceActions, UiSettings } from '../../src/ui/settings';

const mounted = new Set<() => void>();

/**
 * Renders the UI as mount() does (signals -> view -> render from an effect), but into the test
 * document without a shadow root, so that Testing Library can query it by role and label.
 * The host effects are spies.
 */
export function renderWidget(
  options: MountOptions = { phone: '555-010-4477', clinicName: 'Harbor Light' },
  device: DeviceActions = { copyText: vi.fn(async () => true), saveText: vi.fn(), selectText: vi.fn() },
) {
  const effects = { started: vi.fn(), completed: vi.fn(), callPressed: vi.fn() };
  const session = startSession(effects);
  const { options: parsed } = parseOptions(options);
  const view = computed(() => toView(session.snapshot.value, parsed.offers));
  const lang = parsed.lang ?? 'en';
  const settings: UiSettings = {
    lang,
    mode: 'inline',
    copy: COPY[lang],
    clinic: { phone: parsed.phone, name: parsed.clinicName, hours: parsed.hours },
    device,
  };
  const container = document.body.appendChild(document.createElement('div'));
  const stop = effect(() => {
    render(<App view={view.value} settings={settings} send={session.send} />, container);
  });
  mounted.add(() => {
    stop();
    render(null, container);
    container.remove();
    session.stop();
  });
  const root = () => container.querySelector<HTMLElement>('[data-step]');
  return { container, session, effects, device, root, step: () => root()?.dataset.step, screen, within };
}

/** Removes every widget rendered by renderWidget (call it after each test). */
export function cleanup(): void {
  for (const unmount of mounted) unmount();
  mounted.clear();
}
