import { Component, createRef, type ComponentChildren } from 'preact';
import type { Copy, Lang } from '../copy';
import { recorderOptOut } from './recorder-opt-out';

export interface PopupProps {
  readonly copy: Copy;
  readonly lang: Lang;
  /** The screening, in the DOM only while the dialog is open. */
  readonly children: ComponentChildren;
}

/**
 * mode="popup": a floating launcher that opens the screening in a native modal <dialog>.
 * showModal() gives the focus trap, the backdrop, Escape and inertness of the page for free,
 * and all of it ends when the dialog closes; focus then returns to the launcher.
 */
export class Popup extends Component<PopupProps, { readonly open: boolean }> {
  override state = { open: false };
  #dialog = createRef<HTMLDialogElement>();
  #launcher = createRef<HTMLButtonElement>();

  override componentDidUpdate(_previousProps: PopupProps, previous: { readonly open: boolean }): void {
    // The launcher is hidden while the dialog is open (it would sit under the dialog, and a
    // second way to open it means nothing then), so focus goes back to it once it shows again.
    if (previous.open && !this.state.open) this.#launcher.current?.focus();
  }

  #show = () => {
    this.#dialog.current?.showModal();
    this.setState({ open: true });
  };

  #onClose = () => this.setState({ open: false });

  override render() {
    const { copy, lang, children } = this.props;
    const { open } = this.state;
    return (
      <div {...recorderOptOut('clf popup')} lang={lang}>
        <button
          ref={this.#launcher}
          type="button"
          class="launcher"
          part="launcher"
          aria-haspopup="dialog"
          hidden={open}
          onClick={this.#show}
        >
          {copy.popup.launcher}
        </button>
        <dialog ref={this.#dialog} class="dialog" aria-label={copy.widget.label} onClose={this.#onClose}>
          <div class="dialog__bar">
            <button
              type="button"
              class="dialog__close"
              data-action="close-dialog"
              onClick={() => this.#dialog.current?.close()}
            >
              {copy.popup.close}
            </button>
          </div>
          {open ? children : null}
        </dialog>
      </div>
    );
  }
}
