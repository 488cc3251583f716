// <care-level-finder> in the builder's JSX: the attributes the element reads.
import type { HTMLAttributes } from 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'care-level-finder': HTMLAttributes<HTMLElement> & {
        phone?: string;
        'clinic-name'?: string;
        hours?: string;
        offers?: string;
        mode?: string;
        persist?: string;
      };
    }
  }
}
