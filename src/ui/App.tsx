import { Component, createRef } from 'preact';
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
export class App extends Component<AppProps> {
  // Focus follows the visitor's actions, never the page load: the first screen rendered
  // inline (intro, or a step restored after a reload) leaves the host page's focus alone.
  #hasRendered = this.props.focusFirstScreen ?? false;
  #helpNow = createRef<HTMLButtonElement>();

  override componentDidMount(): void {
    this.#hasRendered = true;
  }

  override componentDidUpdate(previous: AppProps): void {
    // Closing the crisis panel returns focus to the control that opened it.
    if (previous.view.helpOpen && !this.props.view.helpOpen) this.#helpNow.current?.focus();
  }

  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.props.view.helpOpen) {
      event.preventDefault();
      this.props.send({ type: 'help.close' });
    }
  };

  override render() {
    const { view, settings, send } = this.props;
    const { screen, voice, helpOpen } = view;
    const { lang, copy, clinic } = settings;
    const step = stepOf(screen);
    const outcome = screen.kind === 'result' ? screen.decision.outcome : undefined;
    const focusOnMount = this.#hasRendered;

    return (
      <section
        {...recorderOptOut('clf')}
        lang={lang}
        data-step={step}
        data-outcome={outcome}
        aria-label={copy.widget.label}
        onKeyDown={this.#onKeyDown}
      >
        <div class="card" part="card">
          <div class="top">
            <button
              ref={this.#helpNow}
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
              <ResultScreen
                screen={screen}
                copy={copy}
                clinic={clinic}
                device={settings.device}
                voice={voice}
                focusOnMount={focusOnMount}
                send={send}
              />
            )}
          </div>
        </div>
      </section>
    );
  }
}
