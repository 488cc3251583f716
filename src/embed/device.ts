// What the widget may do on the visitor's device at the visitor's request, and nothing else:
// copy text to the clipboard, save text as a file, select text for a manual copy. Nothing is
// sent anywhere: the text goes only where the visitor pastes or saves it.

import type { DeviceActions } from '../ui/settings';

export const DEVICE: DeviceActions = {
  async copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  saveText(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // Revoked after the click's task, once the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
  selectText(element) {
    getSelection()?.selectAllChildren(element);
  },
};
