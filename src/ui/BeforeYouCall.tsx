import { Component, createRef } from 'preact';
import type { Copy, Voice } from '../copy';
import { summaryText } from '../copy/summary';
import type { LevelDecision } from '../screening';
import type { UiSettings } from './settings';

export interface BeforeYouCallProps {
  readonly copy: Copy;
  readonly decision: LevelDecision;
  readonly voice: Voice;
  readonly device: UiSettings['device'];
}

interface BeforeYouCallState {
  readonly open: boolean;
  readonly status: 'copied' | 'copy-refused' | 'saved' | null;
}

/**
 * "Before you call": a closed disclosure under the call button with the few lines a visitor may
 * read out on the call, copy or save. The text is built from the decision only when opened, and
 * is not in the DOM before. A class, like every stateful component of the widget (no hooks).
 */
export class BeforeYouCall extends Component<BeforeYouCallProps, BeforeYouCallState> {
  override state: BeforeYouCallState = { open: false, status: null };
  #text = createRef<HTMLDivElement>();

  #copy = async (text: string) => {
    const copied = await this.props.device.copyText(text);
    // Refused (no permission, an old browser): select the text so it can be copied by hand.
    if (!copied && this.#text.current) this.props.device.selectText(this.#text.current);
    this.setState({ status: copied ? 'copied' : 'copy-refused' });
  };

  override render() {
    const { copy, decision, voice, device } = this.props;
    const words = copy.summary;
    const { open, status } = this.state;
    const text = open ? summaryText(copy, decision, voice) : '';
    return (
      <div class="summary">
        <button
          type="button"
          class="button button--secondary"
          data-action="summary"
          aria-expanded={open}
          aria-controls="clf-summary"
          onClick={() => this.setState({ open: !open, status: null })}
        >
          {words.open}
        </button>
        {open ? (
          <div id="clf-summary" class="summary__body">
            <p class="small">{words.intro}</p>
            <div ref={this.#text} class="summary__text">
              {text}
            </div>
            <div class="actions">
              <button
                type="button"
                class="button button--secondary"
                data-action="copy-summary"
                onClick={() => this.#copy(text)}
              >
                {words.copy}
              </button>
              <button
                type="button"
                class="button button--secondary"
                data-action="save-summary"
                onClick={() => {
                  device.saveText(words.fileName, text);
                  this.setState({ status: 'saved' });
                }}
              >
                {words.save}
              </button>
            </div>
            <p class="small" role="status">
              {status === 'copied'
                ? words.copied
                : status === 'copy-refused'
                  ? words.copyRefused
                  : status === 'saved'
                    ? words.saved
                    : ''}
            </p>
          </div>
        ) : null}
      </div>
    );
  }
}
