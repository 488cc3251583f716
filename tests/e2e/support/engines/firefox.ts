// Firefox: Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core (Debian
// has no geckodriver, and playwright-core's Firefox protocol does not match ESR). The path is
// given, so nothing is downloaded.

import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { clickPoint, deepQuery, untilFound, type ClickPoint, type EngineBrowser, type EngineTab } from './driver';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** How long one command may take before the test fails instead of hanging. */
const COMMAND_TIMEOUT_MS = 15_000;

function tab(page: Page, close: () => Promise<void>): EngineTab {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    // The function travels as source text either way; puppeteer's own types want a function
    // of its page types, ours are JSON-like.
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])),
    runScript: async (source) => {
      await page.evaluate(source);
    },
    click: async (selector) => {
      // One round trip to find the element, scroll it into view and hit-test its center,
      // then one pointer click there: the engine dispatches it to whatever is at that point.
      // (An ElementHandle's click takes several round trips, five times as long over BiDi.)
      const expression = `(${clickPoint.toString()})(${deepQuery.toString()}, ${JSON.stringify(selector)})`;
      const point = await untilFound(
        () => page.evaluate(expression) as Promise<ClickPoint | null>,
        selector,
        'firefox',
      );
      if ('obscuredBy' in point)
        throw new Error(`firefox: ${selector} is covered by ${point.obscuredBy} where a click would land`);
      await page.mouse.click(point.x, point.y);
    },
    press: async (key) => {
      await page.keyboard.press(key satisfies KeyInput);
    },
    close,
  };
}

export async function launchFirefox(): Promise<EngineBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocolTimeout: COMMAND_TIMEOUT_MS,
    defaultViewport: { width: 1024, height: 768 },
    // No telemetry, updates or captive-portal checks: nothing but the test server's traffic.
    extraPrefsFirefox: {
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const version = `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`;
  let closed = false;
  return {
    name: 'firefox',
    version,
    newTab: async () => {
      // A user context of its own: its own sessionStorage and cookies.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(COMMAND_TIMEOUT_MS);
      page.setDefaultNavigationTimeout(COMMAND_TIMEOUT_MS);
      return tab(page, async () => {
        if (!closed) await context.close();
      });
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await browser.close();
    },
  };
}
