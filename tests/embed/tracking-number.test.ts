// @vitest-environment happy-dom
// Call tracking hands the widget a tracking number by rewriting the element's `phone`
// attribute: CallRail's swap.js does it by itself, and a callback (Google Ads, CallRail's
// getSwapNumbers, CallTrackingMetrics) does it with setAttribute. Vendors keep the format
// they found and change the digits. Whatever the format (any the option parser accepts) and
// whenever it happens, the call button must end up dialling the tracking number.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePhone } from '../../src/config';
import { answerInside, clickInside, pasteIn } from '../support/shadow';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

const CLINIC = '5550104477';

/** A vendor's swap: the last ten digits replaced in order, every other character kept. */
function swapDigits(formatted: string, tracking: string): string {
  const digits = formatted.replace(/\D/g, '').length;
  let index = 0;
  return formatted.replace(/\d/g, (digit) => {
    index += 1;
    const fromEnd = digits - index;
    return fromEnd < 10 ? (tracking[9 - fromEnd] ?? digit) : digit;
  });
}

const separators = fc.stringMatching(/^[ ().-]{0,2}$/);
const tenDigits = fc.stringMatching(/^\d{10}$/);

/** `number` written any way the parser accepts: +1, 1 or nothing, with ( ) - . and spaces anywhere. */
function anyFormatOf(number: string): fc.Arbitrary<string> {
  return fc.constantFrom('', '1', '+1').chain((prefix) => {
    const characters = [...(prefix === '+1' ? ['+1'] : prefix ? [prefix] : []), ...number];
    return fc
      .array(separators, { minLength: characters.length + 1, maxLength: characters.length + 1 })
      .map((gaps) => gaps.map((gap, index) => gap + (characters[index] ?? '')).join(''));
  });
}

function shownOf(number: string): string {
  return `(${number.slice(0, 3)}) ${number.slice(3, 6)}-${number.slice(6)}`;
}

function callButton(host: Element): { href: string | null; shown: string | null | undefined } {
  const call = host.shadowRoot?.querySelector('a[data-action="call"]');
  return { href: call?.getAttribute('href') ?? null, shown: call?.querySelector('.contact__number')?.textContent };
}

describe('swapDigits, the stand-in for a vendor rewriting a number', () => {
  it('keeps the format and changes the ten digits', () => {
    expect(swapDigits('+1-555-010-4477', '8005550199')).toBe('+1-800-555-0199');
    expect(swapDigits('(555) 010-4477', '8005550199')).toBe('(800) 555-0199');
  });
});

describe('the phone attribute rewritten by call tracking', () => {
  it('reaches the call button from the intro, and a rewrite in any accepted format reaches it on a result', async () => {
    const host = pasteIn('<care-level-finder phone="+1-555-010-4477"></care-level-finder>');
    // On the intro, before any call button exists.
    host.setAttribute('phone', swapDigits('+1-555-010-4477', '8005550199'));
    await clickInside(host, '[data-action="start"]');
    await answerInside(host, ['self', 'overdose']);
    expect(callButton(host)).toEqual({ href: 'tel:+18005550199', shown: '(800) 555-0199' });

    // On the result, as often as the vendor likes, in every format the parser accepts.
    await fc.assert(
      fc.asyncProperty(
        tenDigits.chain((tracking) => anyFormatOf(CLINIC).map((format) => ({ tracking, format }))),
        async ({ tracking, format }) => {
          // The generator writes only what the parser accepts, or this proves nothing.
          expect(parsePhone(format).value?.href).toBe(`tel:+1${CLINIC}`);
          host.setAttribute('phone', format);
          await Promise.resolve();
          expect(callButton(host)).toEqual({ href: `tel:+1${CLINIC}`, shown: shownOf(CLINIC) });
          host.setAttribute('phone', swapDigits(format, tracking));
          await Promise.resolve();
          expect(callButton(host)).toEqual({ href: `tel:+1${tracking}`, shown: shownOf(tracking) });
        },
      ),
      { numRuns: 100 },
    );
  });
});
