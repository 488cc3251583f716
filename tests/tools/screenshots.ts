// npm run screenshots: pictures of the built widget for the README, taken the way a visitor
// sees it on a phone (320 px wide, motion reduced so no frame is caught mid-fade).
// Writes docs/screenshots/*.png. Run after `npm run build` (the npm script does both).

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/server';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const PHONE = { width: 320, height: 640 };

function hostPage(lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Harbor Light Recovery</title>
<style>body { margin: 0; padding: 8px; background: #f4f6f8; }</style></head><body>
<script src="/widget.js"></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Harbor Light Recovery" hours="Open every day, 8 am to 10 pm" persist="none"></care-level-finder>
</body></html>`;
}

// Driven through the public DOM hooks, like the e2e tests (whose helpers need vitest).
const inWidget = (page: Page, selector: string) => page.locator(`care-level-finder ${selector}`);
const expectStep = (page: Page, step: string) => inWidget(page, `[data-step="${step}"]`).waitFor();
const press = (page: Page, action: string) => inWidget(page, `[data-action="${action}"]`).click();
const choose = (page: Page, option: string) => inWidget(page, `input[data-option="${option}"]`).check();
const continueStep = (page: Page) => press(page, 'continue');

async function answer(page: Page, ...rows: string[][]): Promise<void> {
  for (const options of rows) {
    for (const option of options) await choose(page, option);
    await continueStep(page);
  }
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(`  ${path}`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  try {
    for (const lang of ['en', 'es']) {
      server.page(`/${lang}.html`, hostPage(lang));
      const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}.html`);
      await expectStep(page, 'intro');
      await press(page, 'start');
      await answer(page, ['loved-one'], ['none'], ['adult']);
      await expectStep(page, 'withdrawal');
      await choose(page, 'daily-alcohol');
      await shoot(page, `question-${lang}`);
      await choose(page, 'withdrawal-symptoms');
      await continueStep(page);
      await answer(page, ['no'], ['yes'], ['stable'], ['sometimes'], ['one-two-hours-week'], ['unsure']);
      await expectStep(page, 'result');
      await shoot(page, `result-${lang}`);
      // What a phone shows first on a result that leads with safe withdrawal (the second
      // edition's first step), scrolled to the focused heading as a visitor lands there.
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `withdrawal-first-${lang}`, false);
      await context.close();
    }
    // The demo clinic site and the clinician preview, as `npm start` serves them.
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    for (const name of ['index', 'preview']) {
      const page = await desktop.newPage();
      await page.goto(`${server.url}/demo/${name}.html`);
      await page.locator('care-level-finder [data-step], .live-widget [data-step]').first().waitFor();
      const path = resolve(OUT, `demo-${name}.png`);
      await page.screenshot({ path });
      console.log(`  ${path}`);
    }
    await desktop.close();
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

console.log('Screenshots:');
await main();
