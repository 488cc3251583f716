// The WordPress plugin on a real WordPress: Debian's 6.1 with its default theme (Twenty
// Twenty-Three), hardened with DISALLOW_UNFILTERED_HTML, the plugin installed from the zip of
// `npm run build` through Upload Plugin. Pages are made by an Editor without unfiltered_html,
// through the REST API as the block editor saves them, and in the block editor itself; a
// visitor then walks the published widget to the clinic's call link. Skipped, with the missing
// Debian packages named, only when the WordPress stack is not installed.

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStep, launchBrowser, press, walk, widget } from './support/browser';
import { CLINIC_TEL, TO_OUTPATIENT } from './support/paths';
import {
  allStopped,
  blockMarkup,
  logIn,
  missingForWordPress,
  openEditorWithBlock,
  shortcodeMarkup,
  startWordPress,
  uploadPlugin,
  type WordPressSite,
} from './support/wordpress';

const MISSING = await missingForWordPress();
const SKIP_REASON = `the WordPress stack is not installed (missing: ${MISSING.join(', ')}); .ci/run installs it with apt-get`;
if (MISSING.length > 0) console.warn(`[wordpress.test.ts] SKIPPED: ${SKIP_REASON}`);

const SETTINGS_PATH = '/wp-admin/options-general.php?page=care-level-finder';
const WIDGET_PATH = '/wp-content/plugins/care-level-finder/widget.js';

/** The defaults saved on the settings page; the phone is the one CLINIC_TEL dials. */
const DEFAULTS = { phone: '+1 (555) 010-4477', clinicName: 'Harbor Light Recovery', hours: 'Open 24/7' } as const;

/** What a visitor's page did: console errors, uncaught errors, requests off the site, dialogs. */
interface Visit {
  readonly page: Page;
  readonly problems: string[];
  readonly offSite: string[];
  readonly dialogs: string[];
}

const describeIfInstalled = MISSING.length === 0 ? describe : describe.skip;

describeIfInstalled('the WordPress plugin on WordPress 6.1 (Debian), default theme', () => {
  let site: WordPressSite;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startWordPress(), launchBrowser()]);
    adminContext = await browser.newContext();
    admin = await adminContext.newPage();
    await logIn(admin, site, site.admin);
    await uploadPlugin(admin, site);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  /** A visitor's fresh browser, logged in as nobody, on `path`; closed after `run`. */
  async function visit(path: string, run: (visit: Visit) => Promise<void>, context?: BrowserContext): Promise<void> {
    const own = context ?? (await browser.newContext());
    const page = await own.newPage();
    const result: Visit = { page, problems: [], offSite: [], dialogs: [] };
    page.on('console', (message) => {
      if (message.type() === 'error')
        result.problems.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => result.problems.push(`uncaught: ${error.message}`));
    page.on('dialog', (dialog) => {
      result.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(`${site.url}/`) && !request.url().startsWith('data:'))
        result.offSite.push(request.url());
    });
    try {
      await page.goto(site.url + path);
      await run(result);
    } catch (error) {
      if (error instanceof Error && result.problems.length > 0)
        error.message += `\n\nThe page reported:\n  ${result.problems.join('\n  ')}`;
      throw error;
    } finally {
      await (context ? page.close() : own.close());
    }
  }

  /** Publishes a page as the Editor through the REST API, as the block editor saves it; gives its URL. */
  async function publish(
    title: string,
    content: string,
  ): Promise<{ id: number; link: string; raw: string; rendered: string }> {
    const created = await site.rest(site.editor, 'POST', '/wp/v2/pages', { title, content, status: 'publish' });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const { id, link } = created.json as { id: number; link: string };
    const saved = await site.rest(site.editor, 'GET', `/wp/v2/pages/${id}`, undefined, { context: 'edit' });
    const { raw, rendered } = (saved.json as { content: { raw: string; rendered: string } }).content;
    return { id, link: link.replace(site.url, ''), raw, rendered };
  }

  /** Start, the mildest answers, and the result's call links. */
  async function walkToResult(host: Locator): Promise<string[]> {
    await expectStep(host, 'intro');
    await press(host, 'start');
    await walk(host, TO_OUTPATIENT);
    await expectStep(host, 'result');
    return host
      .locator('a[data-action="call"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  /** The settings form with these values typed in (others left as they are, unless `craft` changes them), saved; gives the page's text. */
  async function saveSettings(
    values: { phone?: string; clinicName?: string },
    craft?: () => Promise<void>,
  ): Promise<string> {
    await admin.goto(site.url + SETTINGS_PATH);
    if (values.phone !== undefined) await admin.getByLabel('Phone', { exact: true }).fill(values.phone);
    if (values.clinicName !== undefined) await admin.getByLabel('Clinic name', { exact: true }).fill(values.clinicName);
    await craft?.();
    await Promise.all([admin.waitForURL(/settings-updated=true/), admin.locator('#submit').click()]);
    // What the admin sees: WordPress's admin pages can hold hidden text (the Help and Screen
    // Options panels, templates) that textContent would read as if it were shown.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    return admin.locator('#wpbody-content').innerText();
  }

  it('installs from the zip through Upload Plugin and serves the built widget.js from its own folder', async () => {
    await admin.goto(`${site.url}/wp-admin/plugins.php`);
    const row = admin.locator('tr[data-slug="care-level-finder"]');
    await expect.poll(() => row.getAttribute('class')).toContain('active');
    const served = await fetch(site.url + WIDGET_PATH);
    expect(served.status).toBe(200);
    expect(
      Buffer.from(await served.arrayBuffer()).equals(readFileSync(new URL('../../dist/widget.js', import.meta.url))),
    ).toBe(true);
  });

  it('saves the clinic defaults on Settings -> Care Level Finder', async () => {
    await admin.goto(`${site.url}/wp-admin/options-general.php`);
    await Promise.all([
      admin.waitForURL(/page=care-level-finder/),
      admin.locator('#adminmenu a', { hasText: 'Care Level Finder' }).click(),
    ]);
    await admin.getByLabel('Phone', { exact: true }).fill(DEFAULTS.phone);
    await admin.getByLabel('Clinic name', { exact: true }).fill(DEFAULTS.clinicName);
    await admin.getByLabel('Hours', { exact: true }).fill(DEFAULTS.hours);
    await admin.getByLabel('Language').selectOption('en');
    await admin.getByLabel('Outpatient', { exact: true }).check();
    await admin.getByLabel('Intensive outpatient (IOP)').check();
    await admin.getByLabel('Residential (living at the treatment center)').check();
    await admin.getByLabel('In the page (inline)').check();
    await Promise.all([admin.waitForURL(/settings-updated=true/), admin.locator('#submit').click()]);
    // biome-ignore lint/performance/useDomNodeTextContent: what the admin sees, as in saveSettings()
    expect(await admin.locator('#wpbody-content').innerText()).toContain('Settings saved.');
    expect(await admin.getByLabel('Phone', { exact: true }).inputValue()).toBe(DEFAULTS.phone);
    expect(await admin.getByLabel('Clinic name', { exact: true }).inputValue()).toBe(DEFAULTS.clinicName);
    expect(await site.sql("SELECT option_value FROM wp_options WHERE option_name = 'care_level_finder'")).toContain(
      's:6:"offers";s:26:"residential iop outpatient"',
    );
  });

  it("refuses settings that fail the widget's checks, with a message naming the field, and keeps the saved value", async () => {
    const typed = await saveSettings({
      phone: '<img src=x onerror="window.__pwned=1">javascript:alert(1)',
      clinicName: 'x'.repeat(121),
    });
    expect(typed).toContain(
      'Phone "<img src=x onerror="window.__pwned=1">javascript:alert(1)" is not a US phone number',
    );
    expect(typed).toContain('Phone was not changed.');
    expect(typed).toContain(
      'Clinic name is 121 characters long; the widget shows at most 120. Clinic name was not changed.',
    );
    expect(typed).toContain('The other settings were saved.');
    // The message shows what was typed as text: no element was made from it.
    expect(await admin.locator('#wpbody-content .notice img').count()).toBe(0);
    expect(await admin.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await admin.getByLabel('Phone', { exact: true }).inputValue()).toBe(DEFAULTS.phone);
    expect(await admin.getByLabel('Clinic name', { exact: true }).inputValue()).toBe(DEFAULTS.clinicName);

    // Values the form's own controls cannot send, as a crafted request would; and no phone,
    // which is allowed (a block may give one) but never unnoticed.
    const crafted = await saveSettings({ phone: '' }, () =>
      admin.evaluate(() => {
        const form = document.querySelector('form[action="options.php"]') as HTMLFormElement;
        const lang = form.querySelector('select[name="care_level_finder[lang]"]') as HTMLSelectElement;
        (lang.querySelector('option[value="es"]') as HTMLOptionElement).value = 'fr" onfocus="x';
        lang.value = 'fr" onfocus="x';
        (form.querySelector('input[name="care_level_finder[offers][]"][value="iop"]') as HTMLInputElement).value =
          'iop<script>';
        const popup = form.querySelector('input[name="care_level_finder[mode]"][value="popup"]') as HTMLInputElement;
        popup.value = 'javascript:alert(1)';
        popup.checked = true;
      }),
    );
    expect(crafted).toContain(
      'Language "fr" onfocus="x" is not a language of the widget (en, es). Language was not changed.',
    );
    expect(crafted).toContain(
      'Levels offered: "iop<script>" is not one of residential iop outpatient detox. Levels offered was not changed.',
    );
    expect(crafted).toContain('Mode "javascript:alert(1)" is not "inline" or "popup". Mode was not changed.');
    expect(crafted).toContain('Phone is missing');
    expect(await admin.getByLabel('Language').inputValue()).toBe('en');
    expect(await admin.getByLabel('Intensive outpatient (IOP)').isChecked()).toBe(true);
    expect(await admin.getByLabel('In the page (inline)').isChecked()).toBe(true);

    expect(await saveSettings({ phone: DEFAULTS.phone })).toContain('Settings saved.');
  });

  it('shows why a plugin is needed: the paste-in of an Editor without unfiltered_html is stripped on save', async () => {
    expect(site.editorCan).toEqual({ unfiltered_html: false, publish_pages: true });
    const pasteIn = `<script src="${WIDGET_PATH}" async></script>\n<care-level-finder phone="+1-555-010-4477"></care-level-finder>`;
    const { raw } = await publish('Custom HTML', `<!-- wp:html -->\n${pasteIn}\n<!-- /wp:html -->`);
    expect(raw).not.toContain('<script');
    expect(raw).not.toContain('<care-level-finder');
  });

  it("an Editor places the block through the REST API: the published page shows the widget, loaded async, and a walk reaches the clinic's tel: link", async () => {
    const { link, raw, rendered } = await publish('Find your level of care', blockMarkup());
    expect(raw).toBe('<!-- wp:care-level-finder/widget /-->');
    // The REST API's rendered content is what visitors get, not the editor's preview.
    expect(rendered).toContain(`<care-level-finder phone="${DEFAULTS.phone}"`);
    expect(rendered).not.toContain('persist=');
    await visit(link, async ({ page, problems, offSite }) => {
      const host = widget(page);
      expect(await host.getAttribute('phone')).toBe(DEFAULTS.phone);
      expect(await host.getAttribute('clinic-name')).toBe(DEFAULTS.clinicName);
      const scripts = page.locator(`script[src*="${WIDGET_PATH}"]`);
      expect(await scripts.count()).toBe(1);
      expect(await scripts.evaluate((script) => (script as HTMLScriptElement).async)).toBe(true);
      const calls = await walkToResult(host);
      expect(calls.length).toBeGreaterThan(0);
      expect(new Set(calls)).toEqual(new Set([CLINIC_TEL]));
      expect(await host.locator('a[data-action="call"]').first().textContent()).toContain(DEFAULTS.clinicName);
      expect(await host.locator('[data-step="result"]').textContent()).toContain(DEFAULTS.hours);
      expect(problems).toEqual([]);
      expect(offSite).toEqual([]);
    });
  });

  it('an Editor places the shortcode through the REST API: its attributes override the defaults', async () => {
    const { link } = await publish(
      'Shortcode',
      shortcodeMarkup(
        '[care_level_finder phone="555.010.9999" clinic_name="Harbor Light North" hours="Mon-Fri 9-5" lang="es" offers="outpatient iop"]',
      ),
    );
    await visit(link, async ({ page, problems, offSite }) => {
      const host = widget(page);
      expect(await host.getAttribute('clinic-name')).toBe('Harbor Light North');
      expect(await host.getAttribute('lang')).toBe('es');
      expect(await host.getAttribute('offers')).toBe('iop outpatient');
      expect(
        await page.locator(`script[src*="${WIDGET_PATH}"]`).evaluate((script) => (script as HTMLScriptElement).async),
      ).toBe(true);
      expect(new Set(await walkToResult(host))).toEqual(new Set(['tel:+15550109999']));
      expect(problems).toEqual([]);
      expect(offSite).toEqual([]);
    });
  });

  it('loads widget.js only on pages that show the widget', async () => {
    for (const path of ['/', '/?page_id=2']) {
      await visit(path, async ({ page }) => {
        expect(await page.locator('main, .wp-site-blocks').count()).toBeGreaterThan(0);
        expect(await page.locator(`script[src*="care-level-finder"]`).count()).toBe(0);
        expect(await page.locator('care-level-finder').count()).toBe(0);
      });
    }
  });

  const HOSTILE = {
    phone: 'javascript:alert(1)',
    clinicName: 'Harbor"><script>window.__pwned=1</script>',
    hours: '<img src=x onerror="window.__pwned=2">Open 24/7',
    lang: 'en" onmouseover="window.__pwned=3',
    offers: 'iop"><script>window.__pwned=4</script>',
    mode: 'popup" autofocus onfocus="window.__pwned=5',
  } as const;

  it("hostile values typed into the block's sidebar: the preview refuses or escapes each one and says what it refused", async () => {
    // The request the block's editor script makes for its preview.
    const preview = await site.rest(
      site.editor,
      'POST',
      '/wp/v2/block-renderer/care-level-finder/widget',
      { attributes: HOSTILE },
      { context: 'edit' },
    );
    expect(preview.status, JSON.stringify(preview.json)).toBe(200);
    const rendered = (preview.json as { rendered: string }).rendered;
    // Parsed by a browser, without widget.js: only the markup the server wrote.
    await visit('/', async ({ page }) => {
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
        const host = doc.querySelector('care-level-finder');
        return {
          elements: [...doc.body.querySelectorAll('*')].map((element) => element.localName),
          attributes: Object.fromEntries(
            [...(host?.attributes ?? [])].map((attribute) => [attribute.name, attribute.value]),
          ),
          notice: doc.querySelector('.care-level-finder-notice')?.textContent ?? '',
        };
      }, rendered);
      expect(new Set(parsed.elements)).toEqual(new Set(['div', 'p', 'strong', 'ul', 'li', 'care-level-finder']));
      expect(parsed.attributes).toEqual({
        phone: DEFAULTS.phone,
        'clinic-name': HOSTILE.clinicName,
        hours: HOSTILE.hours,
        lang: 'en',
        offers: 'residential iop outpatient',
        mode: 'inline',
        persist: 'none',
      });
      expect(parsed.notice).toContain('Phone "javascript:alert(1)" is not a US phone number');
      expect(parsed.notice).toContain('Language "en" onmouseover="window.__pwned=3" is not a language of the widget');
      expect(parsed.notice).toContain('Levels offered: "iop"><script>window.__pwned=4</script>" is not one of');
      expect(parsed.notice).toContain('Mode "popup" autofocus onfocus="window.__pwned=5" is not "inline" or "popup"');
    });
  });

  it('hostile values in the settings, a published block and a shortcode come out as inert text, and the walk still reaches the clinic', async () => {
    // Text the settings accept (it is only text), and the block's and a shortcode's values.
    const hours = '"><img src=x onerror="window.__pwned=7"><script>window.__pwned=8</script>';
    expect(await saveSettings({}, () => admin.getByLabel('Hours', { exact: true }).fill(hours))).toContain(
      'Settings saved.',
    );
    const { link } = await publish(
      'Hostile',
      `${blockMarkup(HOSTILE)}\n\n${shortcodeMarkup(`[care_level_finder phone="javascript:alert(1)" clinic_name='x" onmouseover="window.__pwned=6']`)}`,
    );
    await visit(link, async ({ page, problems, dialogs }) => {
      const hosts = page.locator('care-level-finder');
      await expect.poll(() => hosts.count()).toBe(2);
      const attributes = await hosts.evaluateAll((elements) =>
        elements.map((element) =>
          Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
        ),
      );
      // Only the element's own attributes, each refused (the default instead) or text.
      for (const found of attributes) {
        expect(
          Object.keys(found).every((name) =>
            ['phone', 'clinic-name', 'hours', 'lang', 'offers', 'mode'].includes(name),
          ),
        ).toBe(true);
        expect(found.phone).toBe(DEFAULTS.phone);
      }
      expect(attributes[0]).toMatchObject({ lang: 'en', mode: 'inline', offers: 'residential iop outpatient' });
      expect(attributes[1]).toMatchObject({ 'clinic-name': 'x" onmouseover="window.__pwned=6', hours });
      // No visitor sees the editors' notice.
      expect(await page.locator('.care-level-finder-notice').count()).toBe(0);
      for (let index = 0; index < 2; index += 1) {
        const host = hosts.nth(index);
        await host.hover();
        expect(new Set(await walkToResult(host))).toEqual(new Set([CLINIC_TEL]));
        expect(await host.locator('script, img, b').count()).toBe(0);
      }
      expect(await hosts.nth(1).locator('[data-step="result"]').textContent()).toContain(hours);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });
    expect(await saveSettings({}, () => admin.getByLabel('Hours', { exact: true }).fill(DEFAULTS.hours))).toContain(
      'Settings saved.',
    );
  });

  it("popup mode on the default theme: the dialog opens above the theme's header", async () => {
    const { link } = await publish('Popup', blockMarkup({ mode: 'popup' }));
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 360, height: 640 },
    ]) {
      const context = await browser.newContext({ viewport });
      try {
        await visit(
          link,
          async ({ page, problems }) => {
            const header = page.locator('header.wp-block-template-part').first();
            await header.waitFor();
            const host = widget(page);
            await host.locator('.launcher').click();
            await expectStep(host, 'intro');
            const box = await header.boundingBox();
            if (!box) throw new Error('the theme has no header box');
            // What is on top at the header's centre, and at each point where the dialog covers the header.
            const onTop = await page.evaluate(({ x, y, width, height }) => {
              const host = document.querySelector('care-level-finder') as HTMLElement;
              const dialog = host.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
              const shown = dialog.getBoundingClientRect();
              const points: [number, number][] = [[x + width / 2, y + height / 2]];
              for (let px = Math.max(x, shown.left) + 4; px < Math.min(x + width, shown.right); px += 40) {
                for (let py = Math.max(y, shown.top) + 4; py < Math.min(y + height, shown.bottom); py += 10)
                  points.push([px, py]);
              }
              return {
                open: dialog.open && dialog.matches(':modal'),
                overlaps: points.length - 1,
                page: points.map(([px, py]) => document.elementFromPoint(px, py)?.localName ?? null),
                inDialog: points
                  .slice(1)
                  .map(([px, py]) => dialog.contains(host.shadowRoot?.elementFromPoint(px, py) ?? null)),
              };
            }, box);
            expect(onTop.open).toBe(true);
            // The backdrop and the dialog are in the top layer: the header is under both.
            expect(new Set(onTop.page)).toEqual(new Set(['care-level-finder']));
            if (viewport.width < 600) expect(onTop.overlaps).toBeGreaterThan(0);
            expect(onTop.inDialog.every(Boolean)).toBe(true);
            expect(problems).toEqual([]);
          },
          context,
        );
      } finally {
        await context.close();
      }
    }
  });

  it('the block in the block editor: an Editor sets it up in the sidebar, sees the live preview and publishes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await logIn(page, site, site.editor);
      const sidebar = await openEditorWithBlock(page, site);
      const phone = sidebar.getByLabel('Phone', { exact: true });
      expect(await phone.getAttribute('placeholder')).toBe(DEFAULTS.phone);
      await sidebar.getByLabel('Clinic name', { exact: true }).fill('Harbor Light East');
      await sidebar.getByLabel('Mode').selectOption('inline');
      const preview = page.locator('.wp-block-care-level-finder-widget care-level-finder');
      await expect.poll(() => preview.getAttribute('clinic-name'), { timeout: 10_000 }).toBe('Harbor Light East');
      await expectStep(preview, 'intro');

      await phone.fill('555-010');
      await expect
        .poll(
          () =>
            page
              .locator('.wp-block-care-level-finder-widget .care-level-finder-notice')
              // biome-ignore lint/performance/useDomNodeTextContent: the notice as the editor sees it
              .innerText()
              .catch(() => ''),
          { timeout: 10_000 },
        )
        .toContain('Phone "555-010" is not a US phone number');
      await phone.fill('');

      const link = await page.evaluate(async () => {
        const editor = window.wp.data.dispatch('core/editor');
        editor.editPost({ title: 'Made in the editor', status: 'publish' });
        await editor.savePost();
        return String(window.wp.data.select('core/editor').getCurrentPostAttribute('link'));
      });
      const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      const saved = await site.rest(site.editor, 'GET', `/wp/v2/pages/${id}`, undefined, { context: 'edit' });
      expect((saved.json as { content: { raw: string } }).content.raw).toBe(
        '<!-- wp:care-level-finder/widget {"clinicName":"Harbor Light East","mode":"inline"} /-->',
      );
      await visit(link.replace(site.url, ''), async ({ page: visitor, problems }) => {
        expect(new Set(await walkToResult(widget(visitor)))).toEqual(new Set([CLINIC_TEL]));
        expect(await widget(visitor).locator('a[data-action="call"]').first().textContent()).toContain(
          'Harbor Light East',
        );
        expect(problems).toEqual([]);
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('deactivating and deleting the plugin leaves no option behind', async () => {
    const options = () => site.sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%care%level%finder%'");
    expect((await options()).trim()).toBe('care_level_finder');
    await admin.goto(`${site.url}/wp-admin/plugins.php`);
    await Promise.all([admin.waitForURL(/deactivate=true/), admin.locator('#deactivate-care-level-finder').click()]);
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.locator('#delete-care-level-finder').click();
    await expect
      .poll(
        () =>
          admin
            .locator('tr.deleted[data-slug="care-level-finder"]')
            // biome-ignore lint/performance/useDomNodeTextContent: the row as the admin sees it
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toContain('Care Level Finder was successfully deleted.');
    expect((await fetch(site.url + WIDGET_PATH)).status).toBe(404);
    expect((await options()).trim()).toBe('');
    // Nor anything else of its own: the plugin stores no post, user or comment data.
    for (const table of ['wp_postmeta', 'wp_usermeta', 'wp_commentmeta']) {
      expect((await site.sql(`SELECT COUNT(*) FROM ${table} WHERE meta_key LIKE '%care%level%finder%'`)).trim()).toBe(
        '0',
      );
    }
  });

  it('PHP logged no error, warning or notice from the plugin', () => {
    const ours = site
      .debugLog()
      .split('\n')
      .filter((line) => /care.level.finder/i.test(line));
    expect(ours).toEqual([]);
  });

  it('stops every server it started', async () => {
    const { pids, url } = site;
    expect(pids.length).toBe(2);
    await site.stop();
    expect(await allStopped(pids, url)).toBe(true);
  });
});

if (MISSING.length > 0) {
  describe('the WordPress plugin on WordPress 6.1 (Debian)', () => {
    it.skip(`is skipped: ${SKIP_REASON}`, () => {});
  });
}
