import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORDER_OPT_OUT_ATTRIBUTES, RECORDER_OPT_OUT_CLASSES } from '../../src/ui/recorder-opt-out';
import { cleanup, renderWidget } from '../support/render-widget';

afterEach(cleanup);

describe("the widget's root", () => {
  it('carries every documented session-recorder opt-out marker, on every screen', () => {
    const widget = renderWidget();
    const expectMarkers = () => {
      const root = widget.root();
      for (const name of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude', 'dd-privacy-hidden']) {
        expect(root?.classList.contains(name), name).toBe(true);
      }
      expect(root).toHaveAttribute('data-hj-suppress');
      expect(root).toHaveAttribute('data-clarity-mask', 'True');
      expect(root).toHaveAttribute('data-private');
      expect(root).toHaveAttribute('data-sentry-block');
      expect(root).toHaveAttribute('data-dd-privacy', 'hidden');
    };
    expectMarkers();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expectMarkers();
    expect(RECORDER_OPT_OUT_CLASSES).toHaveLength(5);
    expect(Object.keys(RECORDER_OPT_OUT_ATTRIBUTES)).toHaveLength(5);
  });
});
