// One real-browser path to each of the five outcomes, with the built dist/widget.js pasted
// into a plain page exactly as a clinic would, driven only through the spec's DOM hooks.

import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, withPage, useBrowserAndServer } from './support/browser';
import { CLINIC_TEL, OUTCOME_PATHS, PASTE_IN_HTML } from './support/paths';

const HOST_PAGE = '/host.html';

/** The hrefs of the result's links in document order, marking the clinic's call links. */
async function linksInOrder(root: Locator): Promise<{ href: string; clinic: boolean }[]> {
  return root.locator('a[href]').evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      clinic: link.getAttribute('data-action') === 'call',
    })),
  );
}

describe('outcomes in a real browser (dist/widget.js on a plain host page)', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(HOST_PAGE, PASTE_IN_HTML);
  });

  for (const path of OUTCOME_PATHS) {
    it(`reaches ${path.outcome}${path.reason ? ` (${path.reason})` : ''}`, async () => {
      await withPage(fixture.browser, fixture.server.url + HOST_PAGE, async ({ page, problems }) => {
        const root = widgetRoot(widget(page));

        await expectStep(page, 'intro');
        await press(page, 'start');
        await walk(page, path.answers);

        await expectStep(page, 'result');
        expect(await root.getAttribute('data-outcome')).toBe(path.outcome);

        // Every outcome, emergency and crisis included, ends with the clinic's call link.
        const clinicCall = root.locator('a[data-action="call"][href^="tel:"]');
        expect(await clinicCall.count()).toBeGreaterThanOrEqual(1);
        for (const href of await clinicCall.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
          expect(href).toBe(CLINIC_TEL);
        }

        const reasons = root.locator('[data-reason]');
        if (path.reason) {
          expect(await reasons.count()).toBe(1);
          expect(await reasons.getAttribute('data-reason')).toBe(path.reason);
        } else {
          // Danger outcomes suggest no level, so they carry no "why" block.
          expect(await reasons.count()).toBe(0);
        }

        const links = await linksInOrder(root);
        const firstClinic = links.findIndex((link) => link.clinic);
        const expectBeforeClinicCall = (href: string) => {
          const index = links.findIndex((link) => !link.clinic && link.href === href);
          expect(
            index !== -1 && index < firstClinic,
            `${href} before the clinic call in ${JSON.stringify(links)}`,
          ).toBe(true);
        };
        // Danger screens put emergency help first and the clinic last (screening.md, Outcomes).
        if (path.outcome === 'emergency') expectBeforeClinicCall('tel:911');
        if (path.outcome === 'crisis') {
          expectBeforeClinicCall('tel:988');
          expectBeforeClinicCall('sms:988');
        }

        expect(problems).toEqual([]);
      });
    });
  }
});
