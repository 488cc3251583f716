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
}
