// The demo clinic page, the clinician preview and the embed builder, as `npm run build` writes
// them to dist/demo/: they load, with no console error and nothing from another origin, and the
// builder's fields drive both the snippet and the live widget.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, useBrowserAndServer } from './support/browser';

const fixture = useBrowserAndServer();

interface Watched {
  readonly page: Page;
  readonly problems: string[];
  readonly foreign: string[];
}

async function open(path: string, run: (watched: Watched) => Promise<void>): Promise<void> {
  const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== fixture.server.url) foreign.push(request.url());
  });
  try {
    await page.goto(`${fixture.server.url}${path}`);
    await run({ page, problems, foreign });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('dist/demo/', () => {
  it('index.html: the clinic page shows the inline widget and the popup launcher', async () => {
    await open('/demo/index.html', async ({ page }) => {
      await expectStep(page.locator('#find-care-widget'), 'intro');
      await page.locator('#find-care-popup .launcher').click();
      await expectStep(page.locator('#find-care-popup'), 'intro');
      // The page loads the widget the way the README tells a clinic to.
      expect(await page.locator('script[src="../widget.js"][async]').count()).toBe(1);
    });
  });

  it('preview.html: every section renders and the live widget starts where the clinician asks', async () => {
    await open('/demo/preview.html', async ({ page }) => {
      const live = page.locator('.live-widget');
      await expectStep(live, 'result');
      await page.locator('#combinations').getByLabel('Show outcome').selectOption('iop');
      const row = page.locator('tr[data-combination]').first();
      await row.getByRole('button', { name: 'Try' }).click();
      await expect.poll(() => live.locator('[data-outcome]').getAttribute('data-outcome')).toBe('iop');
      await page.locator('.live-controls select').selectOption('home');
      await expectStep(live, 'home');
      await press(live, 'back');
      await expectStep(live, 'tried-before');
      expect(await live.locator('input:checked').count()).toBe(1);
      // The language switch reaches the live widget too.
      await page.getByLabel('Language').selectOption('es');
      await expect.poll(() => live.locator('[data-step]').getAttribute('lang')).toBe('es');
    });
  });

  it('builder.html: fields drive the snippet and the live preview, and bad input is explained', async () => {
    await open('/demo/builder.html', async ({ page }) => {
      const snippet = page.locator('#snippet');
      const preview = page.locator('#builder-preview');
      await expectStep(preview, 'intro');

      await page.getByLabel('Clinic name').fill('Lighthouse Clinic');
      await expect.poll(() => snippet.textContent()).toContain('clinic-name="Lighthouse Clinic"');
      expect(await preview.getAttribute('clinic-name')).toBe('Lighthouse Clinic');

      await page.getByLabel('Language').selectOption('es');
      await expect.poll(() => snippet.textContent()).toContain('lang="es"');
      await expect
        .poll(() => preview.locator('h2').first().textContent())
        .toBe('Encuentre el tipo de atención adecuado');

      await page.getByLabel('A floating “Find the right care” button').check();
      await expect.poll(() => snippet.textContent()).toContain('mode="popup"');
      await expect.poll(() => preview.locator('.launcher').count()).toBe(1);

      // The widget's own parser explains a bad number next to the field.
      await page.getByLabel('Phone number for the call button').fill('555-01');
      const problem = page.locator('#phone-problem');
      await expect.poll(() => problem.textContent()).toContain('phone="555-01" is not a US phone number');
      expect(await page.getByLabel('Phone number for the call button').getAttribute('aria-describedby')).toBe(
        'phone-problem',
      );
      expect(await page.getByLabel('Phone number for the call button').getAttribute('aria-invalid')).toBe('true');
      // Every field says so, not only the phone: a name too long to show whole.
      const clinicName = page.getByLabel('Clinic name');
      expect(await clinicName.getAttribute('aria-invalid')).toBe('false');
      await clinicName.fill('L'.repeat(200));
      await expect.poll(() => page.locator('#clinic-name-problem').textContent()).toContain('characters long');
      expect(await clinicName.getAttribute('aria-invalid')).toBe('true');
      expect(await clinicName.getAttribute('aria-describedby')).toBe('clinic-name-problem');
      // The live widget keeps the last name it can show whole, as it keeps the last good number.
      expect(await preview.getAttribute('clinic-name')).toBe('Lighthouse Clinic');
      // Meanwhile the live widget keeps the last good number instead of logging an error.
      expect(await preview.getAttribute('phone')).toBe('(555) 010-4477');
      expect(await snippet.textContent()).toContain('phone="555-01"');
    });
  });
});
