// A call-tracking scanner written the way these scripts work, without any vendor's code.
// CallRail's swap.js (read for this test) walks the document and every open shadow root,
// stops at an element carrying `data-calltrk-noswap` (and at <script>), reads each text node,
// each `tel:`/`sms:` link and the `phone`, `title`, `src` and `srcset` attributes, swaps the
// numbers it knows for the tracking number and reports the numbers it found to the vendor
// (the session swap request). CallTrackingMetrics does the same for text and `tel:` links and
// leaves alone whatever sits under the class `ctm-no-swap`. The stand-in below does all of it
// in the page and keeps what a vendor would have received.

import type { Page } from 'playwright-core';

export interface ScannerOptions {
  /** The clinic's number, ten digits: the one number the vendor may learn. */
  readonly clinic: string;
  /** The tracking number it is swapped for, ten digits. */
  readonly tracking: string;
  /** What ends the walk: CallRail's attribute, CTM's class, or nothing (a control). */
  readonly stopAt: { readonly attribute?: string; readonly className?: string };
  /**
   * The attributes read and swapped; CallRail's by default. CallTrackingMetrics documents
   * text and `tel:` links only, so its stand-in passes an empty list.
   */
  readonly attributes?: readonly string[];
  /** Scan at DOMContentLoaded and at load, as the vendors' scripts do on every page view. */
  readonly scanOnLoad?: boolean;
}

export interface ScanReport {
  /** Every ten-digit number found, in the order found, once each. */
  readonly collected: string[];
  /** How many numbers were swapped (text, links and attributes). */
  readonly swapped: number;
}

interface ScannerWindow {
  __numberScanner?: { scan: () => ScanReport; all: () => string[] };
}

/**
 * Installs the scanner in every document the page loads: `window.__numberScanner.scan()`
 * walks and swaps once; `all()` is every number any scan in this document has collected.
 */
export async function installScanner(page: Page, options: ScannerOptions): Promise<void> {
  await page.addInitScript((settings: ScannerOptions) => {
    // A US number as these scripts find it in text: optional 1 or +1, then 3, 3 and 4 digits
    // with ( ) - . or spaces between the groups.
    const NUMBER = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/g;
    const ATTRIBUTES = settings.attributes ?? ['phone', 'title', 'src', 'srcset'];
    const LINK = /^(tel|sms|imessage):/i;
    const all: string[] = [];

    const tenDigits = (match: string) => match.replace(/\D/g, '').slice(-10);
    /** The format kept, the last ten digits replaced: what the vendors write back. */
    const swapDigits = (match: string) => {
      const count = match.replace(/\D/g, '').length;
      let index = 0;
      return match.replace(/\d/g, (digit) => {
        index += 1;
        const fromEnd = count - index;
        return fromEnd < 10 ? (settings.tracking[9 - fromEnd] ?? digit) : digit;
      });
    };

    function scan(): ScanReport {
      const collected: string[] = [];
      let swapped = 0;
      /** Notes every number in `text`; returns it with the clinic's number swapped, or null. */
      const read = (text: string): string | null => {
        let changed = false;
        const result = text.replace(NUMBER, (match) => {
          const number = tenDigits(match);
          if (!collected.includes(number)) collected.push(number);
          if (!all.includes(number)) all.push(number);
          if (number !== settings.clinic) return match;
          changed = true;
          swapped += 1;
          return swapDigits(match);
        });
        return changed ? result : null;
      };
      const stops = (element: Element) =>
        element.localName === 'script' ||
        element.localName === 'noscript' ||
        (settings.stopAt.attribute !== undefined && element.hasAttribute(settings.stopAt.attribute)) ||
        (settings.stopAt.className !== undefined && element.classList.contains(settings.stopAt.className));
      const visit = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const swappedText = read(node.nodeValue ?? '');
          if (swappedText !== null) node.nodeValue = swappedText;
          return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) {
          node.childNodes.forEach(visit);
          return;
        }
        const element = node as Element;
        if (stops(element)) return;
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          const swappedValue = value === null ? null : read(value);
          if (swappedValue !== null) element.setAttribute(name, swappedValue);
        }
        const href = element.getAttribute('href');
        if (href !== null && LINK.test(href)) {
          const swappedHref = read(href);
          if (swappedHref !== null) element.setAttribute('href', swappedHref);
        }
        if (element.shadowRoot) element.shadowRoot.childNodes.forEach(visit);
        element.childNodes.forEach(visit);
      };
      visit(document);
      return { collected, swapped };
    }

    (window as unknown as ScannerWindow).__numberScanner = { scan, all: () => [...all] };
    if (settings.scanOnLoad) {
      document.addEventListener('DOMContentLoaded', () => scan());
      window.addEventListener('load', () => scan());
    }
  }, options);
}

/** Runs one scan now (an SPA calling CallTrk.swap(), or a rescan after the page changed). */
export function scan(page: Page): Promise<ScanReport> {
  return page.evaluate(() => {
    const scanner = (window as unknown as ScannerWindow).__numberScanner;
    if (!scanner) throw new Error('the number scanner is not installed on this page');
    return scanner.scan();
  });
}

/** Every number the scans of the current document have collected. */
export function collectedSoFar(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ScannerWindow).__numberScanner?.all() ?? []);
}
