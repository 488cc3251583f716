// <care-level-finder> in the builder's JSX: the attributes the element reads.
import type { HTMLAttributes } from 'preact';
import type { OptionAttribute } from '../../src/config';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      // Derived from the option table (src/config/options.ts): a new attribute needs no edit here.
      'care-level-finder': HTMLAttributes<HTMLElement> & { readonly [Attribute in OptionAttribute]?: string };
    }
  }
}
