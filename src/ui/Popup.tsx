import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
export function Popup({ copy, lang, children }: PopupProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    dialog.current?.showModal();
    setOpen(true);
  };
  const onClose = () => setOpen(false);
  // The launcher is hidden while the dialog is open (it would sit under the dialog, and a
  // second way to open it means nothing then), so focus goes back to it once it shows again.
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (wasOpen.current && !open) launcher.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div {...recorderOptOut('clf popup')} lang={lang}>
      <button ref={launcher} type="button" class="launcher" part="launcher" aria-haspopup="dialog" hidden={open} onClick={show}>
        {copy.popup.launcher}
      </button>
      <dialog ref={dialog} class="dialog" aria-label={copy.widget.label} onClose={onClose}>
        <div class="dialog__bar">
          <button type="button" class="dialog__close" data-action="close-dialog" onClick={() => dialog.current?.close()}>
            {copy.popup.close}
          </button>
        </div>
        {open ? children : null}
      </dialog>
    </div>
  );
}
