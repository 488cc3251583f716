// The widget on hostile ground (embed.md, Guarantees): storage that throws (private modes,
// disabled storage, a full quota) must not break it, and a failure inside it (here a broken
// focus() polyfill) shows the fallback with the clinic's number and 988, never reaching the
// page's window.onerror, 'error' or 'unhandledrejection' listeners.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer } from './support/browser';
import { hostHtml, settle, STORAGE_KEY, withHostPage, withQuietHostPage } from './support/probes';
import { CLINIC_TEL, TO_OUTPATIENT } from './support/paths';

const HOST_PAGE = '/host.html';
const FALLBACK_HEADING = 'Sorry, this screening stopped working';

interface ErrorCounters {
  onerror: number;
  error: number;
  rejection: number;
}

/** What a host page's own error reporting sees: window.onerror, 'error' and 'unhandledrejection'. */
async function countPageErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counters: ErrorCounters = { onerror: 0, error: 0, rejection: 0 };
    Object.assign(window, { __errorCounters: counters });
    window.onerror = () => {
      counters.onerror += 1;
    };
    window.addEventListener('error', () => {
      counters.error += 1;
    });
    window.addEventListener('unhandledrejection', () => {
      counters.rejection += 1;
    });
  });
}

function pageErrorCounts(page: Page): Promise<ErrorCounters> {
  return page.evaluate(() => ({ ...(window as unknown as { __errorCounters: ErrorCounters }).__errorCounters }));
}

describe('resilience in a real browser', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(
      HOST_PAGE,
      hostHtml(
        '<script src="/widget.js" async></script>\n<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>',
      ),
    );
  });

  const throwingStorage = [
    {
      name: 'reading window.sessionStorage throws a SecurityError',
      error: 'SecurityError',
      install: (page: Page) =>
        page.addInitScript(() => {
          Object.defineProperty(window, 'sessionStorage', {
            configurable: true,
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          });
        }),
      // What the sabotage makes a page script see, checked so the test cannot pass vacuously.
      probe: () => {
        try {
          void window.sessionStorage;
          return 'no error';
        } catch (error) {
          return (error as DOMException).name;
        }
      },
    },
    {
      name: 'Storage.prototype.setItem throws a QuotaExceededError',
      error: 'QuotaExceededError',
      install: (page: Page) =>
        page.addInitScript(() => {
          Storage.prototype.setItem = function setItem(): void {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
      probe: () => {
        try {
          sessionStorage.setItem('probe', '1');
          return 'no error';
        } catch (error) {
          return (error as DOMException).name;
        }
      },
    },
  ];

  for (const storage of throwingStorage) {
    it(`works through a full path when ${storage.name}, and a reload starts at intro`, async () => {
      const prepare = async (page: Page) => {
        await countPageErrors(page);
        await storage.install(page);
      };
      await withQuietHostPage(fixture, HOST_PAGE, prepare, async ({ page }) => {
        expect(await page.evaluate(storage.probe)).toBe(storage.error);
        const host = widget(page);
        await expectStep(host, 'intro');
        await press(host, 'start');
        await walk(host, TO_OUTPATIENT);
        await expectStep(host, 'result');
        expect(await widgetRoot(host).getAttribute('data-outcome')).toBe('outpatient');
        expect(await widgetRoot(host).locator('a[data-action="call"]').getAttribute('href')).toBe(CLINIC_TEL);

        await page.reload();
        await expectStep(host, 'intro');
        // Reading still works in the quota case: nothing was saved behind the widget's back.
        if (storage.error === 'QuotaExceededError') {
          expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toBeNull();
        }
        expect(await pageErrorCounts(page)).toEqual({ onerror: 0, error: 0, rejection: 0 });
      });
    });
  }

  it('keeps a failure inside the widget away from the page and shows the fallback', async () => {
    const prepare = async (page: Page) => {
      await countPageErrors(page);
      // A realistic broken polyfill: every focus() call throws.
      await page.addInitScript(() => {
        HTMLElement.prototype.focus = function focus(): void {
          throw new TypeError('focus polyfill: cannot focus');
        };
      });
    };
    await withHostPage(fixture.browser, fixture.server, HOST_PAGE, prepare, async ({ page, problems }) => {
      const host = widget(page);
      await expectStep(host, 'intro');
      // The first screen leaves focus alone; the next one moves focus to its heading.
      await press(host, 'start');

      const heading = host.getByRole('heading', { name: FALLBACK_HEADING });
      await heading.waitFor({ timeout: 5_000 });
      expect(await host.locator(`a[href="${CLINIC_TEL}"]`).count()).toBeGreaterThanOrEqual(1);
      expect(await host.locator('a[href="tel:988"]').count()).toBeGreaterThanOrEqual(1);
      // The screening is gone: no question left half-working under the fallback.
      expect(await host.locator('[data-step]').count()).toBe(0);

      await settle(page);
      expect(await pageErrorCounts(page)).toEqual({ onerror: 0, error: 0, rejection: 0 });
      expect(problems).toEqual([]);
    });
  });

  it('control: without sabotage there is no fallback, and the counters do see a page error', async () => {
    await withHostPage(fixture.browser, fixture.server, HOST_PAGE, countPageErrors, async ({ page, problems }) => {
      const host = widget(page);
      await expectStep(host, 'intro');
      await press(host, 'start');
      await expectStep(host, 'who');
      await settle(page);
      expect(await host.getByRole('heading', { name: FALLBACK_HEADING }).count()).toBe(0);
      expect(await pageErrorCounts(page)).toEqual({ onerror: 0, error: 0, rejection: 0 });
      expect(problems).toEqual([]);

      // What an error that escaped would look like to the page and to the collectors.
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('probe: uncaught');
        });
        void Promise.reject(new Error('probe: rejection'));
      });
      await expect.poll(() => pageErrorCounts(page)).toEqual({ onerror: 1, error: 1, rejection: 1 });
      await expect.poll(() => problems.filter((problem) => problem.includes('probe: uncaught')).length).toBe(1);
    });
  });
});
