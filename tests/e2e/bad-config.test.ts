// A clinic's configuration mistakes (embed.md, "Attributes"): each bad attribute is reported
// once on the console with the [care-level-finder] prefix, naming the attribute and the value,
// and the screening still works. Without a usable phone the result offers the SAMHSA helpline
// instead of a broken call link. A correct configuration writes nothing to the console.

import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer, type Answer } from './support/browser';
import { CONSOLE_PREFIX, HELPLINE_TEL, hostHtml, noSetup, storedRaw, withHostPage } from './support/probes';
import { CLINIC_TEL, TO_EMERGENCY, TO_OUTPATIENT } from './support/paths';

const VALID = { phone: '+1-555-010-4477', 'clinic-name': 'Test Clinic' } as const;

interface BadCase {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The attribute the message must name, and the bad value it must quote (none when missing). */
  readonly attribute: string;
  readonly value?: string;
  readonly level: 'error' | 'warning';
  readonly path: readonly Answer[];
  readonly outcome: string;
}

const WITHOUT_PHONE = { 'clinic-name': VALID['clinic-name'] };

const CASES: readonly BadCase[] = [
  {
    name: 'phone missing',
    attributes: WITHOUT_PHONE,
    attribute: 'phone',
    level: 'error',
    path: TO_EMERGENCY,
    outcome: 'emergency',
  },
  {
    name: 'phone="12345"',
    attributes: { ...VALID, phone: '12345' },
    attribute: 'phone',
    value: '12345',
    level: 'error',
    path: TO_EMERGENCY,
    outcome: 'emergency',
  },
  {
    name: 'lang="xx"',
    attributes: { ...VALID, lang: 'xx' },
    attribute: 'lang',
    value: 'xx',
    level: 'warning',
    path: TO_EMERGENCY,
    outcome: 'emergency',
  },
  {
    name: 'offers="rehab"',
    attributes: { ...VALID, offers: 'rehab' },
    attribute: 'offers',
    value: 'rehab',
    level: 'warning',
    path: TO_OUTPATIENT,
    outcome: 'outpatient',
  },
  {
    name: 'mode="sideways"',
    attributes: { ...VALID, mode: 'sideways' },
    attribute: 'mode',
    value: 'sideways',
    level: 'warning',
    path: TO_EMERGENCY,
    outcome: 'emergency',
  },
  {
    name: 'persist="forever"',
    attributes: { ...VALID, persist: 'forever' },
    attribute: 'persist',
    value: 'forever',
    level: 'warning',
    path: TO_EMERGENCY,
    outcome: 'emergency',
  },
];

function elementHtml(attributes: Readonly<Record<string, string>>): string {
  const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`);
  return `<script src="/widget.js" async></script>\n<care-level-finder${written.join('')}></care-level-finder>`;
}

describe('bad configuration in a real browser', () => {
  const fixture = useBrowserAndServer();

  for (const [index, bad] of CASES.entries()) {
    it(`${bad.name}: one console message, and the screening still reaches a result`, async () => {
      const path = `/bad-${index}.html`;
      fixture.server.page(path, hostHtml(elementHtml(bad.attributes)));
      await withHostPage(fixture.browser, fixture.server, path, noSetup, async ({ page, messages, uncaught }) => {
        const host = widget(page);
        const root = widgetRoot(host);
        await expectStep(host, 'intro');
        await press(host, 'start');
        await walk(host, bad.path);
        await expectStep(host, 'result');
        expect(await root.getAttribute('data-outcome')).toBe(bad.outcome);

        // Checked after the whole walk: a report repeated on a later render would show here.
        expect(messages, JSON.stringify(messages)).toHaveLength(1);
        const [message] = messages;
        expect(message?.type).toBe(bad.level);
        expect(message?.text.startsWith(`${CONSOLE_PREFIX} `)).toBe(true);
        expect(message?.text).toContain(bad.attribute);
        if (bad.value) expect(message?.text).toContain(bad.value);
        expect(uncaught()).toEqual([]);

        const call = root.locator('a[data-action="call"]');
        const helpline = root.locator(`a[href="${HELPLINE_TEL}"]`);
        if (bad.attribute === 'phone') {
          expect(await call.count()).toBe(0);
          expect(await helpline.count()).toBeGreaterThanOrEqual(1);
          // No half-made link either: every tel: on the screen is a complete number.
          for (const href of await root
            .locator('a[href^="tel:"]')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
            expect(href).toMatch(/^tel:(\+1\d{10}|911|988)$/);
          }
        } else {
          expect(await call.getAttribute('href')).toBe(CLINIC_TEL);
          // The helpline never stands in for a valid clinic number: the one filled button is
          // the clinic's (a level result still names the helpline for finding care at any hour).
          expect(
            await root
              .locator('.call .contact--primary')
              .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
          ).toEqual([CLINIC_TEL]);
        }
        // Each bad value falls back to its default, visibly.
        if (bad.attribute === 'lang') expect(await root.getAttribute('lang')).toBe('en');
        if (bad.attribute === 'offers') expect(await root.locator('[data-note="not-offered"]').count()).toBe(0);
        if (bad.attribute === 'persist') expect(await storedRaw(page)).not.toBeNull();
      });
    });
  }

  it('a valid configuration writes nothing to the console', async () => {
    fixture.server.page(
      '/valid.html',
      hostHtml(
        elementHtml({
          ...VALID,
          hours: 'Open every day, 8 am to 10 pm',
          lang: 'en',
          offers: 'residential iop outpatient',
          mode: 'inline',
          persist: 'session',
        }),
      ),
    );
    await withHostPage(
      fixture.browser,
      fixture.server,
      '/valid.html',
      noSetup,
      async ({ page, messages, problems }) => {
        const host = widget(page);
        await expectStep(host, 'intro');
        await press(host, 'start');
        await walk(host, TO_EMERGENCY);
        await expectStep(host, 'result');
        const root = widgetRoot(host);
        expect(await root.locator('a[data-action="call"]').getAttribute('href')).toBe(CLINIC_TEL);
        // The helpline stands in for the clinic only without a phone: here it is absent.
        expect(await root.locator(`a[href="${HELPLINE_TEL}"]`).count()).toBe(0);
        expect(messages).toEqual([]);
        expect(problems).toEqual([]);

        // The collector does see a console.warn from the page (so "nothing" above means nothing).
        await page.evaluate(() => console.warn('[care-level-finder] probe'));
        await expect.poll(() => messages.map((message) => message.type)).toEqual(['warning']);
      },
    );
  });
});
