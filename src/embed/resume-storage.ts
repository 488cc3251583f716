// Resume after a reload: the one sessionStorage key the widget may use. It holds, for each
// widget on the page, the step it is on and the answers so far; nothing else, nowhere else.
// sessionStorage lives as long as the tab: closing the tab forgets everything.

import type { ResumePoint } from '../machine';

export const STORAGE_KEY = 'care-level-finder';

/** What the key holds. `version` is the widget's: data from another version is dropped. */
interface StoredScreenings {
  readonly version: string;
  readonly screenings: Readonly<Record<string, ResumePoint>>;
}

export interface ResumeStore {
  /** This widget's saved screening, unchecked (the machine checks it), or null. */
  readonly load: () => unknown;
  /** Saves this widget's screening, or forgets it (null). */
  readonly save: (point: ResumePoint | null) => void;
}

/** A store that keeps nothing, for persist="none". */
export const NO_STORE: ResumeStore = { load: () => null, save: () => {} };

/**
 * The session store of one widget, keyed by `instanceKey`. Every storage access is guarded:
 * private modes and disabled storage throw on read, on write or even on `window.sessionStorage`
 * itself, and the widget must then simply work in memory.
 */
export function sessionResumeStore(win: Window, instanceKey: string, version: string): ResumeStore {
  const storage = (): Storage | null => {
    try {
      return win.sessionStorage;
    } catch {
      return null;
    }
  };

  const readAll = (): Record<string, ResumePoint> => {
    try {
      const raw = storage()?.getItem(STORAGE_KEY);
      if (!raw) return {};
      const parsed: unknown = JSON.parse(raw);
      if (isStoredScreenings(parsed) && parsed.version === version) return { ...parsed.screenings };
    } catch {
      // Corrupt JSON or a throwing getItem: treated as nothing saved.
    }
    // Another version's data, or corrupt data, is dropped rather than guessed at.
    writeAll({});
    return {};
  };

  const writeAll = (screenings: Record<string, ResumePoint>) => {
    try {
      const store = storage();
      if (!store) return;
      if (Object.keys(screenings).length === 0) store.removeItem(STORAGE_KEY);
      else store.setItem(STORAGE_KEY, JSON.stringify({ version, screenings } satisfies StoredScreenings));
    } catch {
      // Quota exceeded or storage disabled: the screening goes on in memory.
    }
  };

  return {
    load: () => readAll()[instanceKey] ?? null,
    save(point) {
      const screenings = readAll();
      if (point) screenings[instanceKey] = point;
      else delete screenings[instanceKey];
      writeAll(screenings);
    },
  };
}

function isStoredScreenings(value: unknown): value is StoredScreenings {
  if (typeof value !== 'object' || value === null) return false;
  const { version, screenings } = value as Record<string, unknown>;
  return (
    typeof version === 'string' && typeof screenings === 'object' && screenings !== null && !Array.isArray(screenings)
  );
}

/**
 * How one widget's saved screening is told apart from another's on the same page: the
 * element's id, else its position among the elements of the same tag in its document or
 * shadow root (and, inside a shadow root, its host's own key first).
 */
export function instanceKeyOf(target: Element): string {
  if (target.id) return `#${target.id}`;
  const root = target.getRootNode();
  // The document, or the shadow root the element lives in (a detached element: its document).
  const scope: ParentNode = 'querySelectorAll' in root ? (root as ParentNode) : target.ownerDocument;
  const position = `${target.localName}:${Array.from(scope.querySelectorAll(target.localName)).indexOf(target)}`;
  const host = root instanceof ShadowRoot ? root.host : null;
  return host ? `${instanceKeyOf(host)}>${position}` : position;
}
