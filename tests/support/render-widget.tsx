import { effect } from '@preact/signals-core';
import { render } from 'preact';
import { screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import type { MountOptions } from '../../src/config';
import { NO_STORE } from '../../src/embed/resume-storage';
import { createWidgetModel } from '../../src/embed/widget-model';
import { App } from '../../src/ui/App';
import type { DeviceActions } from '../../src/ui/settings';

const mounted = new Set<() => void>();

/**
 * Renders the UI from the very model mount() uses (src/embed/widget-model.ts), but into the
 * test document without a shadow root, so that Testing Library can query it by role and label.
 * The host effects and the device actions are spies; nothing is stored.
 */
export function renderWidget(
  options: MountOptions = { phone: '555-010-4477', clinicName: 'Harbor Light' },
  device: DeviceActions = { copyText: vi.fn(async () => true), saveText: vi.fn(), selectText: vi.fn() },
) {
  const effects = { started: vi.fn(), completed: vi.fn(), callPressed: vi.fn() };
  const model = createWidgetModel({ options, openStore: () => NO_STORE, pageLang: () => 'en', effects });
  const container = document.body.appendChild(document.createElement('div'));
  const stop = effect(() => {
    render(<App view={model.view.value} settings={{ ...model.settings.value, device }} send={model.send} />, container);
  });
  mounted.add(() => {
    stop();
    render(null, container);
    container.remove();
    model.dispose();
  });
  const root = () => container.querySelector<HTMLElement>('[data-step]');
  return { container, model, effects, device, root, step: () => root()?.dataset.step, screen, within };
}

/** Removes every widget rendered by renderWidget (call it after each test). */
export function cleanup(): void {
  for (const unmount of mounted) unmount();
  mounted.clear();
}
