// npm run screenshots:wordpress: the plugin's settings page and its block in the block editor,
// for the README's WordPress section, taken on the same throwaway WordPress as the tests
// (tests/e2e/support/wordpress.ts), with the plugin installed from the zip of `npm run build`.
// Writes docs/screenshots/wordpress-settings.png and docs/screenshots/wordpress-block.png.

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser } from '../e2e/support/chromium';
import {
  logIn,
  missingForWordPress,
  openEditorWithBlock,
  startWordPress,
  uploadPlugin,
} from '../e2e/support/wordpress';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const DESKTOP = { width: 1280, height: 1000 };

async function main(): Promise<void> {
  const missing = await missingForWordPress();
  if (missing.length > 0) throw new Error(`the WordPress stack is missing: ${missing.join(', ')}`);
  await mkdir(OUT, { recursive: true });
  const [site, browser] = await Promise.all([startWordPress(), launchBrowser()]);
  try {
    const admin = await (await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' })).newPage();
    await logIn(admin, site, site.admin);
    await uploadPlugin(admin, site);

    await admin.goto(`${site.url}/wp-admin/options-general.php?page=care-level-finder`);
    await admin.getByLabel('Phone', { exact: true }).fill('+1 (555) 010-4477');
    await admin.getByLabel('Clinic name', { exact: true }).fill('Harbor Light Recovery');
    await admin.getByLabel('Hours', { exact: true }).fill('Open every day, 8 am to 10 pm');
    for (const level of ['Residential (living at the treatment center)', 'Intensive outpatient (IOP)', 'Outpatient']) {
      await admin.getByLabel(level, { exact: true }).check();
    }
    await Promise.all([admin.waitForURL(/settings-updated=true/), admin.locator('#submit').click()]);
    await admin.screenshot({ path: resolve(OUT, 'wordpress-settings.png'), fullPage: true });
    console.log(`  ${resolve(OUT, 'wordpress-settings.png')}`);

    // The block as an Editor (no unfiltered_html) places it.
    const editor = await (await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' })).newPage();
    await logIn(editor, site, site.editor);
    const sidebar = await openEditorWithBlock(editor, site);
    await editor.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Find your level of care' }));
    await sidebar.getByLabel('Hours', { exact: true }).fill('Call us any time: open 24/7');
    const preview = editor.locator('.wp-block-care-level-finder-widget care-level-finder');
    // The block toolbar up in the top bar, not over the page's title.
    await editor.evaluate(() => window.wp.data.dispatch('core/edit-post').toggleFeature('fixedToolbar'));
    await editor
      .locator('.wp-block-care-level-finder-widget care-level-finder[hours="Call us any time: open 24/7"]')
      .waitFor();
    await preview.locator('[data-step="intro"]').waitFor();
    await editor.screenshot({ path: resolve(OUT, 'wordpress-block.png') });
    console.log(`  ${resolve(OUT, 'wordpress-block.png')}`);
  } finally {
    await browser.close();
    await site.stop();
  }
}

console.log('WordPress screenshots:');
await main();
