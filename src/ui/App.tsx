import { useEffect, useRef } from 'preact/hooks';
import type { ScreeningEvent, Screen, View } from '../machine';
import { CrisisPanel } from './CrisisPanel';
import { IntroScreen } from './IntroScreen';
import { QuestionScreen } from './QuestionScreen';
import { recorderOptOut } from './recorder-opt-out';
import { ResultScreen } from './ResultScreen';
import type { UiSettings } from './settings';

export interface AppProps {
  readonly view: View;
  readonly settings: UiSettings;
  readonly send: (event: ScreeningEvent) => void;
  /** In the popup the visitor just opened the dialog: the first screen takes the focus. */
  readonly focusFirstScreen?: boolean;
}

/** `data-step` of the widget's root: the step id, `intro`, or `result` for every outcome. */
function stepOf(screen: Screen): string {
  if (screen.kind === 'question') return screen.step;
  return screen.kind;
}

/**
 * The widget's root: one card with the "Need help now?" control, the current screen and,
 * when open, the crisis panel. Only the current screen is in the DOM.
 */
export function App({ view, settings, send, focusFirstScreen = false }: AppProps) {
  const { screen, voice, helpOpen } = view;
  const { lang, copy, clinic } = settings;
  const step = stepOf(screen);
  const outcome = screen.kind === 'result' ? screen.decision.outcome : undefined;

  // Focus follows the visitor's actions, never the page load: the first screen rendered
  // inline (intro, or a step restored after a reload) leaves the host page's focus alone.
  const hasRendered = useRef(focusFirstScreen);
  useEffect(() => {
    hasRendered.current = true;
  }, []);
  const focusOnMount = hasRendered.current;

  const helpNowRef = useRef<HTMLButtonElement>(null);
  const wasHelpOpen = useRef(helpOpen);
  useEffect(() => {
    if (wasHelpOpen.current && !helpOpen) helpNowRef.current?.focus();
    wasHelpOpen.current = helpOpen;
  }, [helpOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && helpOpen) {
      event.preventDefault();
      send({ type: 'help.close' });
    }
  };

  return (
    <section {...recorderOptOut('clf')} lang={lang} data-step={step} data-outcome={outcome} aria-label={copy.widget.label} onKeyDown={onKeyDown}>
      <div class="card" part="card">
        <div class="top">
          <button
            ref={helpNowRef}
            type="button"
            class="help-now"
            data-action="help-now"
            aria-expanded={helpOpen}
            onClick={() => send({ type: 'help.open' })}
          >
            {copy.widget.helpNow}
          </button>
        </div>
        {helpOpen ? <CrisisPanel copy={copy} send={send} /> : null}
        <div class="screen" key={outcome ?? step} hidden={helpOpen}>
          {screen.kind === 'intro' ? (
            <IntroScreen copy={copy} focusOnMount={focusOnMount} send={send} />
          ) : screen.kind === 'question' ? (
            <QuestionScreen screen={screen} copy={copy} voice={voice} focusOnMount={focusOnMount} send={send} />
          ) : (
            <ResultScreen screen={screen} copy={copy} clinic={clinic} voice={voice} focusOnMount={focusOnMount} send={send} />
          )}
        </div>
      </div>
    </section>
  );
}
