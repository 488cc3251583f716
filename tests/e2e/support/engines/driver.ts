// The one interface the cross-engine suite drives a browser through, whatever the engine and
// whatever the protocol under it (WebDriver BiDi for Firefox, classic WebDriver for WebKit):
// open a tab, go to a URL, run a function in the page, click an element found by a page
// script (so it may live in an open shadow root), press a key. The walks in engines.test.ts
// are written once against this.

export type EngineName = 'firefox' | 'webkit';

/** A key the tests press, named as both drivers' keyboards spell it. */
export type Key = 'Escape' | 'Enter' | 'Tab';

export interface EngineTab {
  /** Navigates and waits for the load event. */
  readonly goto: (url: string) => Promise<void>;
  /** Reloads the page (same tab, so sessionStorage stays) and waits for the load event. */
  readonly reload: () => Promise<void>;
  /**
   * Runs `fn` in the page with JSON-like `args` and returns its JSON-like result, awaiting a
   * promise. `fn` is sent as source text: it must not close over anything of the test.
   */
  readonly evaluate: <Args extends readonly unknown[], Result>(
    fn: (...args: Args) => Result | Promise<Result>,
    ...args: Args
  ) => Promise<Awaited<Result>>;
  /** Runs script source text in the page (a library such as axe-core), for its effects. */
  readonly runScript: (source: string) => Promise<void>;
  /**
   * Clicks, as a visitor's pointer would (scrolled into view, at its center, with the
   * engine's own hit testing), the first element that `selector` matches in the document or
   * in any open shadow root, once there is one. Fails when none appears within 5 s.
   */
  readonly click: (selector: string) => Promise<void>;
  /** Presses and releases `key` on whatever has focus. */
  readonly press: (key: Key) => Promise<void>;
  readonly close: () => Promise<void>;
}

export interface EngineBrowser {
  readonly name: EngineName;
  /** What the tests run in, as reported by the driver: "Firefox 153.8.0", "WebKitGTK 2.50.6". */
  readonly version: string;
  /**
   * A tab whose sessionStorage starts empty: nothing saved by another test resumes in it.
   * One at a time: close it before asking for the next.
   */
  readonly newTab: () => Promise<EngineTab>;
  /** Stops the browser and everything started for it (driver, display). Safe to call twice. */
  readonly close: () => Promise<void>;
}

/**
 * The first element matching `selector` in the document or in any open shadow root, in tree
 * order, root by root (like Playwright's piercing CSS). Runs in the page: self-contained.
 */
export function deepQuery(selector: string): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length; index += 1) {
    const root = roots[index] as Document | ShadowRoot;
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return null;
}

/** Where a pointer click on an element lands, or what is in its way. */
export type ClickPoint = { readonly x: number; readonly y: number } | { readonly obscuredBy: string };

/**
 * Runs in the page: finds the element with `find` (deepQuery), scrolls it to the middle of
 * the view and gives the center of its first box, as WebDriver's Element Click does, and
 * like it refuses when the engine's own hit test finds another element there (one that
 * covers it); null while nothing matches. Self-contained.
 */
export function clickPoint(find: (selector: string) => Element | null, selector: string): ClickPoint | null {
  const element = find(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getClientRects()[0];
  if (!box) return { obscuredBy: 'nothing: it has no box (not rendered)' };
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  for (
    let inner = hit?.shadowRoot?.elementFromPoint(x, y);
    inner && inner !== hit;
    inner = hit?.shadowRoot?.elementFromPoint(x, y)
  ) {
    hit = inner;
  }
  if (hit && (hit === element || element.contains(hit))) return { x, y };
  return { obscuredBy: hit ? `<${hit.localName} class="${hit.getAttribute('class') ?? ''}">` : 'nothing' };
}

/** How long click() waits for its element to appear. */
const CLICK_WAIT_MS = 5_000;

/**
 * Calls `find` until it gives an element (one call when it is there already, as it is once
 * the widget shows the screen), or fails after CLICK_WAIT_MS naming `selector`.
 */
export async function untilFound<T>(find: () => Promise<T | null>, selector: string, engine: EngineName): Promise<T> {
  const deadline = Date.now() + CLICK_WAIT_MS;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`${engine}: nothing matched ${selector} to click within ${CLICK_WAIT_MS} ms`);
    await new Promise((done) => setTimeout(done, 25));
  }
}
