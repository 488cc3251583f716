import type { Copy, Lang } from '../copy';
import type { Mode, Phone } from '../config';

/** What the UI needs besides the view: the words, and what the clinic told us about itself. */
export interface UiSettings {
  readonly lang: Lang;
  readonly mode: Mode;
  readonly copy: Copy;
  readonly clinic: {
    readonly phone: Phone | null;
    readonly name: string | null;
    readonly hours: string | null;
  };
  /** Copy, save and select at the visitor's request (below). */
  readonly device: DeviceActions;
}

/**
 * What the widget may do on the visitor's device at the visitor's request ("Before you call"),
 * given by src/embed/device.ts so that components never touch the page themselves.
 */
export interface DeviceActions {
  /** Resolves false when the browser refuses (no permission, no Clipboard API, not secure). */
  readonly copyText: (text: string) => Promise<boolean>;
  /** A download made in the page from the text itself (a blob: URL), never a request. */
  readonly saveText: (fileName: string, text: string) => void;
  /** Selects the text of an element, so the visitor can copy it by hand. */
  readonly selectText: (element: Element) => void;
}
