// The <care-level-finder> custom element: attributes in, widget out. It works whether the
// script loads before or after the element, and when a single-page app adds or removes it.

import { OPTION_ATTRIBUTES, OPTION_SPECS, type MountOptions, type WidgetOptions } from '../config';
import type { CareLevelFinderEventMap } from './host-events';
import { CONSOLE_PREFIX, createWidget, type Widget } from './mount';

export const TAG_NAME = 'care-level-finder';

/** <care-level-finder> as TypeScript sees it: an HTMLElement whose clf: events are typed. */
export interface CareLevelFinderElement extends HTMLElement {
  addEventListener<K extends keyof CareLevelFinderEventMap>(
    type: K,
    listener: (this: CareLevelFinderElement, event: CareLevelFinderEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'care-level-finder': CareLevelFinderElement;
  }
}

function optionsFromAttributes(element: Element): MountOptions {
  const keys = Object.keys(OPTION_SPECS) as (keyof WidgetOptions)[];
  return Object.fromEntries(keys.map((key) => [key, element.getAttribute(OPTION_SPECS[key].attribute)]));
}

/**
 * Defines <care-level-finder> once. Safe to call again (the script included twice, or by both
 * the script tag and a bundle): a second definition would throw, so it is skipped.
 */
export function defineCareLevelFinder(): void {
  if (customElements.get(TAG_NAME)) return;

  class CareLevelFinderElement extends HTMLElement {
    static readonly observedAttributes = OPTION_ATTRIBUTES;
    #widget: Widget | null = null;

    connectedCallback(): void {
      if (this.#widget) return;
      try {
        this.#widget = createWidget(this, optionsFromAttributes(this));
      } catch (error) {
        // Never let the widget's failure become the page's uncaught error.
        console.error(`${CONSOLE_PREFIX} could not start: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    disconnectedCallback(): void {
      // A page that moves the element (disconnect, then connect again in the same task) must
      // not lose the visitor's place; only a real removal stops the widget.
      queueMicrotask(() => {
        if (this.isConnected || !this.#widget) return;
        this.#widget.unmount();
        this.#widget = null;
      });
    }

    attributeChangedCallback(): void {
      this.#widget?.update(optionsFromAttributes(this));
    }
  }

  customElements.define(TAG_NAME, CareLevelFinderElement);
}
