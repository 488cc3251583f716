// Resume after a reload (embed.md, DOM hooks "Resume"; screening.md, privacy promise): one
// sessionStorage key, the saved step shown in the first render with no flash of intro, no
// second clf:complete, nothing kept with persist="none" or after Start over, and saved data
// that is corrupt, from another version or impossible dropped rather than trusted.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from '../../src/screening';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer, type Answer } from './support/browser';
import {
  checkedOptions,
  hostEventTrail,
  hostHtml,
  PACKAGE_VERSION,
  recordHostEvents,
  recordStorageWrites,
  recordSteps,
  savedScreenings,
  seedStorage,
  seenSteps,
  settle,
  STORAGE_KEY,
  storageWrites,
  storedRaw,
  noSetup,
  withHostPage,
  withQuietHostPage,
} from './support/probes';
import { answersBefore, TO_EMERGENCY } from './support/paths';

const TO_HOME = answersBefore('home');
const ELEMENT_ATTRIBUTES = 'phone="+1-555-010-4477" clinic-name="Test Clinic"';
const HOST_PAGE = '/host.html';
const NO_PERSIST_PAGE = '/no-persist.html';
const TWO_PAGE = '/two.html';

const page1 = (attributes: string) =>
  hostHtml(`<script src="/widget.js" async></script>\n<care-level-finder ${attributes}></care-level-finder>`);
const twoInstances = (ids: readonly string[]) =>
  hostHtml(
    `<script src="/widget.js" async></script>\n${ids
      .map((id) => `<care-level-finder id="${id}" ${ELEMENT_ATTRIBUTES}></care-level-finder>`)
      .join('\n')}`,
  );

// The answers of TO_HOME, as the widget saves them: a saved screening a visitor could reach.
const ANSWERS_BEFORE_HOME: Answers = Object.fromEntries(TO_HOME);

async function startAt(host: Locator, answers: readonly Answer[]): Promise<void> {
  await expectStep(host, 'intro');
  await press(host, 'start');
  await walk(host, answers);
}

/** The saved screenings' instance keys, or null when the key is absent. */
async function savedKeys(page: Page): Promise<string[] | null> {
  const raw = await storedRaw(page);
  return raw === null ? null : Object.keys((JSON.parse(raw) as { screenings: object }).screenings).sort();
}

describe('resume after a reload in a real browser', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(HOST_PAGE, page1(ELEMENT_ATTRIBUTES));
    server.page(NO_PERSIST_PAGE, page1(`${ELEMENT_ATTRIBUTES} persist="none"`));
  });

  it('shows the saved question in its first render after a reload, with earlier answers kept', async () => {
    const prepare = async (page: Page) => {
      await recordSteps(page);
      await recordStorageWrites(page);
    };
    await withQuietHostPage(fixture, HOST_PAGE, prepare, async ({ page }) => {
      const host = widget(page);
      await startAt(host, TO_HOME);
      await expectStep(host, 'home');
      // The recorder sees a first render of intro when there is one, and the saving happened
      // in the one key (so the checks after the reload can fail).
      expect((await seenSteps(page))[0]).toBe('intro');
      const writes = await storageWrites(page);
      expect(writes.length).toBeGreaterThan(0);
      expect(new Set(writes.map((write) => `${write.storage}:${write.key}`))).toEqual(
        new Set([`session:${STORAGE_KEY}`]),
      );

      await page.reload();
      await expectStep(host, 'home');
      const seen = await seenSteps(page);
      expect(seen[0]).toBe('home');
      expect(seen).not.toContain('intro');

      await press(host, 'back');
      await expectStep(host, 'tried-before');
      expect(await checkedOptions(host)).toEqual(['no']);
    });
  });

  it('shows the same outcome after a reload without a second clf:complete; Start over forgets it', async () => {
    await withQuietHostPage(fixture, HOST_PAGE, recordHostEvents, async ({ page }) => {
      const host = widget(page);
      await startAt(host, TO_EMERGENCY);
      await expectStep(host, 'result');
      expect(await widgetRoot(host).getAttribute('data-outcome')).toBe('emergency');
      expect(await hostEventTrail(page)).toEqual(['clf:start@0', 'clf:complete@0']);

      await page.reload();
      await expectStep(host, 'result');
      expect(await widgetRoot(host).getAttribute('data-outcome')).toBe('emergency');
      await settle(page);
      expect(await hostEventTrail(page)).toEqual([]);

      // Start over: back to intro, and the one key is gone (it was there a moment ago).
      expect(await savedKeys(page)).toEqual(['care-level-finder:0']);
      await press(host, 'restart');
      await expectStep(host, 'intro');
      await expect.poll(() => storedRaw(page)).toBeNull();
      await page.reload();
      await expectStep(host, 'intro');
      expect(await storedRaw(page)).toBeNull();
    });
  });

  it('persist="none" stores nothing during a walk, and a reload starts at intro', async () => {
    await withQuietHostPage(fixture, NO_PERSIST_PAGE, recordStorageWrites, async ({ page }) => {
      const host = widget(page);
      await startAt(host, TO_HOME.slice(0, 3));
      await expectStep(host, 'withdrawal');
      expect(await storageWrites(page)).toEqual([]);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

      await page.reload();
      await expectStep(host, 'intro');
      expect(await storedRaw(page)).toBeNull();
    });
  });

  const sevenAnswers = (home: 'stable' | 'unsafe') => ({ ...ANSWERS_BEFORE_HOME, home: [home] });
  const dropped: readonly { readonly name: string; readonly raw: string }[] = [
    { name: 'corrupt JSON', raw: '{oops' },
    {
      name: "another version's data",
      raw: '{"version":"0.0.0-old","screenings":{"care-level-finder:0":{"step":"home","answers":{}}}}',
    },
    {
      // The same screening as the control below, only from another version: it is the version
      // alone that must make the widget drop it.
      name: "another version's data that this version could resume",
      raw: savedScreenings('0.0.0-old', {
        'care-level-finder:0': { step: 'sober-living', answers: sevenAnswers('unsafe') },
      }),
    },
    {
      // Every later question answered too (as after going Back), so nothing but the step
      // itself is wrong: sober-living is skipped when home is "stable".
      name: 'an impossible step (sober-living with home "stable")',
      raw: savedScreenings(PACKAGE_VERSION, {
        'care-level-finder:0': {
          step: 'sober-living',
          answers: { ...sevenAnswers('stable'), 'mental-health': ['no'], schedule: ['one-two-hours-week'] },
        },
      }),
    },
  ];

  for (const [index, saved] of dropped.entries()) {
    it(`drops ${saved.name}: the widget starts at intro and the key is removed`, async () => {
      const path = `/dropped-${index}.html`;
      fixture.server.page(path, page1(ELEMENT_ATTRIBUTES));
      await withQuietHostPage(
        fixture,
        path,
        (page) => seedStorage(page, saved.raw),
        async ({ page }) => {
          const host = widget(page);
          await expectStep(host, 'intro');
          expect(await storedRaw(page)).toBeNull();
        },
      );
    });
  }

  it('control: a possible saved screening of this version resumes (sober-living with home "unsafe")', async () => {
    const raw = savedScreenings(PACKAGE_VERSION, {
      'care-level-finder:0': { step: 'sober-living', answers: sevenAnswers('unsafe') },
    });
    await withHostPage(
      fixture.browser,
      fixture.server,
      HOST_PAGE,
      (page) => seedStorage(page, raw),
      async ({ page, problems }) => {
        const host = widget(page);
        await expectStep(host, 'sober-living');
        await press(host, 'back');
        await expectStep(host, 'home');
        expect(await checkedOptions(host)).toEqual(['unsafe']);
        expect(problems).toEqual([]);
      },
    );
  });

  it('resumes two instances with ids separately, even when the page reorders them', async () => {
    fixture.server.page(TWO_PAGE, twoInstances(['first', 'second']));
    await withQuietHostPage(fixture, TWO_PAGE, noSetup, async ({ page }) => {
      const first = page.locator('#first');
      const second = page.locator('#second');
      await startAt(first, [['who', ['self']]]);
      await startAt(second, [
        ['who', ['loved-one']],
        ['danger', ['none']],
      ]);
      await expectStep(first, 'danger');
      await expectStep(second, 'age');
      expect(await savedKeys(page)).toEqual(['#first', '#second']);

      // Same ids, other order: a key by position would swap the two screenings.
      fixture.server.page(TWO_PAGE, twoInstances(['second', 'first']));
      await page.reload();
      expect(
        await page.evaluate(() => Array.from(document.querySelectorAll('care-level-finder'), (element) => element.id)),
      ).toEqual(['second', 'first']);
      const expectBack = async (host: Locator, from: StepId, to: StepId, checked: string[]) => {
        await expectStep(host, from);
        await press(host, 'back');
        await expectStep(host, to);
        expect(await checkedOptions(host)).toEqual(checked);
      };
      await expectBack(first, 'danger', 'who', ['self']);
      await expectBack(second, 'age', 'danger', ['none']);
    });
  });
});
