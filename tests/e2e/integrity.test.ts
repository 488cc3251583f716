// Subresource Integrity: the build writes dist/widget.js.sha384 for the file it wrote, the embed
// builder puts the value of the very widget.js it serves into the paste-in, and a browser runs
// the widget with the right value and refuses it with a wrong one, leaving the page unharmed.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectStep, useBrowserAndServer, withPage } from './support/browser';

const DIST = resolve(import.meta.dirname, '../../dist');
const INTEGRITY = readFileSync(resolve(DIST, 'widget.js.sha384'), 'utf8').trim();

function hostPage(integrity: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>
<h1>Harbor Light Recovery</h1>
<script src="/widget.js" integrity="${integrity}" crossorigin="anonymous" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>
<p id="after">The rest of the page.</p>
<script>window.addEventListener('load', () => { document.getElementById('after').dataset.loaded = 'yes'; });</script>
</body></html>`;
}

const WRONG = `sha384-${createHash('sha384').update('another file').digest('base64')}`;

const fixture = useBrowserAndServer((server) => {
  server.page('/sri-right.html', hostPage(INTEGRITY));
  server.page('/sri-wrong.html', hostPage(WRONG));
});

describe('Subresource Integrity', () => {
  it('writes the sha384 of the built widget.js beside it', () => {
    const expected = `sha384-${createHash('sha384')
      .update(readFileSync(resolve(DIST, 'widget.js')))
      .digest('base64')}`;
    expect(INTEGRITY).toBe(expected);
  });

  it('runs the widget when the value matches the file', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/sri-right.html`, async ({ page, problems }) => {
      await expectStep(page, 'intro');
      expect(problems).toEqual([]);
    });
  });

  it('refuses the script with a wrong value, and the page goes on unharmed', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/sri-wrong.html`, async ({ page, problems }) => {
      await expect.poll(() => page.locator('#after').getAttribute('data-loaded')).toBe('yes');
      expect(await page.evaluate(() => customElements.get('care-level-finder') === undefined)).toBe(true);
      expect(await page.evaluate(() => document.querySelector('care-level-finder')?.shadowRoot ?? null)).toBeNull();
      expect(await page.locator('h1').textContent()).toBe('Harbor Light Recovery');
      // The browser says why, once; nothing was thrown in the page.
      expect(problems.filter((problem) => problem.startsWith('uncaught'))).toEqual([]);
      expect(problems.some((problem) => /integrity/i.test(problem))).toBe(true);
    });
  });

  it('the embed builder pins the script with the value of the widget.js it serves', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/demo/builder.html`, async ({ page }) => {
      await page.getByLabel('Pin this exact version (Subresource Integrity)').check();
      await expect
        .poll(() => page.locator('#snippet').textContent())
        .toContain(`integrity="${INTEGRITY}" crossorigin="anonymous"`);
      await page.getByLabel('Pin this exact version (Subresource Integrity)').uncheck();
      await expect.poll(() => page.locator('#snippet').textContent()).not.toContain('integrity=');
    });
  });
});
