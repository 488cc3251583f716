import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../src/copy';
import type { Answers, StepId } from '../../src/screening';

export interface LiveStart {
  readonly step: StepId | 'result';
  readonly answers: Answers;
}

export interface LiveWidgetProps {
  readonly lang: Lang;
  readonly start: LiveStart;
}

/**
 * The real, built widget (../widget.js), mounted with the preview-only `previewStart` option
 * so that it opens at a chosen step with preset answers. Remounted when either changes.
 */
export function LiveWidget({ lang, start }: LiveWidgetProps) {
  const host = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([lang, start]);
  useEffect(() => {
    const target = host.current;
    // The built widget's script-tag API (declared in widget/main.ts), loaded by ../widget.js.
    const api = window.CareLevelFinder;
    if (!target || !api) return undefined;
    const widget = api.mount(target, {
      phone: '+1-555-010-4477',
      clinicName: 'Harbor Light Recovery',
      hours: 'Open every day, 8 am to 10 pm',
      lang,
      previewStart: start,
    });
    return () => widget.unmount();
  }, [key]);
  return <div ref={host} class="live-widget" />;
}
