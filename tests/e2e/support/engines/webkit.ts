// WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver (classic WebDriver)
// through selenium-webdriver, on a virtual display of its own. The driver is started here
// from its Debian path, so selenium-manager never runs and nothing is downloaded.

import { createServer } from 'node:net';
import { Builder, Key as SeleniumKey, type WebDriver, type WebElement } from 'selenium-webdriver';
import { deepQuery, untilFound, type EngineBrowser, type EngineTab, type Key } from './driver';
import { start, waitUntil } from './processes';
import { startXvfb, type Display } from './xvfb';

export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Readonly<Record<Key, string>> = {
  Escape: SeleniumKey.ESCAPE,
  Enter: SeleniumKey.ENTER,
  Tab: SeleniumKey.TAB,
};

/** How long one driver command may take before the test fails instead of hanging. */
const COMMAND_TIMEOUT_MS = 15_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function tab(driver: WebDriver, close: () => Promise<void>): EngineTab {
  return {
    goto: async (url) => {
      await driver.get(url);
    },
    reload: async () => {
      await driver.navigate().refresh();
    },
    evaluate: <Args extends readonly unknown[], Result>(
      fn: (...args: Args) => Result | Promise<Result>,
      ...args: Args
    ) =>
      // Classic WebDriver's Execute Script runs a function body and awaits a returned promise.
      driver.executeScript<Awaited<Result>>(`return (${fn.toString()}).apply(null, arguments);`, ...args),
    runScript: async (source) => {
      await driver.executeScript(source);
    },
    click: async (selector) => {
      const element = await untilFound(
        () => driver.executeScript<WebElement | null>(`return (${deepQuery.toString()})(arguments[0]);`, selector),
        selector,
        'webkit',
      );
      // Element Click: scrolls it into view, checks that it is what the pointer would hit at
      // its center, and clicks there.
      await element.click();
    },
    press: async (key) => {
      await driver.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform();
    },
    close,
  };
}

export async function launchWebKit(): Promise<EngineBrowser> {
  let display: Display | undefined;
  let service: ReturnType<typeof start> | undefined;
  let driver: WebDriver | undefined;
  const close = async () => {
    const [d, s, x] = [driver, service, display];
    driver = service = display = undefined;
    // Quitting the session closes MiniBrowser; then the driver, then the display. Each step
    // runs even if the one before failed.
    await d?.quit().catch(() => {});
    await s?.stop();
    await x?.stop();
  };
  try {
    display = await startXvfb();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = start(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display.display },
    });
    service = started;
    await waitUntil(
      async () => {
        if (started.child.exitCode !== null) throw new Error('exited');
        return (await fetch(`${url}/status`)).ok;
      },
      10_000,
      () =>
        `WebKitWebDriver on port ${port} (${started.child.exitCode === null ? 'running' : `exited ${started.child.exitCode}`}): ${started.stderr()}`,
    );
    driver = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: COMMAND_TIMEOUT_MS, pageLoad: COMMAND_TIMEOUT_MS, implicit: 0 });
    const capabilities = await driver.getCapabilities();
    const version = `WebKitGTK ${String(capabilities.get('browserVersion'))}`;
    const session = driver;
    let open = false;
    return {
      name: 'webkit',
      version,
      // The session's one window serves every tab in turn. A second window would cost a
      // second or two each, and a background tab is hidden: its animation frames never run.
      // Its storage is cleared when a tab closes, so the next tab starts with none.
      newTab: async () => {
        if (open) throw new Error('webkit: one tab at a time; close the last one first');
        open = true;
        return tab(session, async () => {
          if (!open) return;
          open = false;
          if (driver !== session) return; // the browser is gone already
          await session.executeScript('try { sessionStorage.clear(); localStorage.clear(); } catch {}');
          await session.get('about:blank');
        });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
