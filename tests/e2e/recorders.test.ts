// Session recorders and click trackers on the host page must not capture the screening.
// rrweb (the engine inside PostHog, Sentry Replay, Highlight and OpenReplay, and a fair model
// of Hotjar, Clarity, FullStory and LogRocket) records the page while a visitor walks to a
// result: nothing of the screening may end up in its events. The same walk recorded with the
// block class switched off finds everything, so the check can fail.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COPY } from '../../src/copy';
import { expectStep, walk, widget, withPage, useBrowserAndServer, type Answer } from './support/browser';

const fixture = useBrowserAndServer((server) => {
  server.page('/rrweb.js', RRWEB, { 'content-type': 'text/javascript; charset=utf-8' });
  server.page('/recorded.html', hostPage('rr-block'));
  // Control: rrweb told to honour another class, as if the widget carried no marker.
  server.page('/unmarked.html', hostPage('not-the-widgets-class'));
});

const require = createRequire(import.meta.url);
const RRWEB = readFileSync(require.resolve('rrweb').replace(/rrweb\.cjs$/, 'rrweb.umd.min.cjs'), 'utf8');

/** To a residential result with notes: many distinctive ids and words to look for. */
const PATH: readonly Answer[] = [
  ['who', ['loved-one']],
  ['danger', ['none']],
  ['age', ['under-18']],
  ['withdrawal', ['past-severe-withdrawal', 'opioids']],
  ['support', ['yes']],
  ['tried-before', ['yes']],
  ['home', ['unsafe']],
  ['sober-living', ['unsure']],
  ['mental-health', ['most-days']],
  ['schedule', ['few-hours-most-days']],
  ['wants-help', ['no']],
];

const en = COPY.en;
/** Things that identify what the visitor answered or was told. */
const SECRETS = [
  'past-severe-withdrawal',
  'suicidal-thoughts',
  'few-hours-most-days',
  'most-days',
  en.questions.who.options['loved-one'],
  en.questions.withdrawal.options.opioids['loved-one'],
  en.questions.home.options.unsafe,
  en.result.levels.residential.name,
  en.notes['withdrawal-high'].variants['medical-detox'].title,
  en.notes.naloxone.title,
  en.notes['family-support'].title,
  en.summary.ask,
  en.summary.forWhom['loved-one'],
];

function hostPage(blockClass: string): string {
  // The recorder starts before the widget exists, as a tag manager would load it.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<script src="/rrweb.js"></script>
<script>
  window.__recorded = [];
  rrweb.record({ emit: (event) => window.__recorded.push(event), blockClass: ${JSON.stringify(blockClass)} });
</script></head><body><main>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" persist="none"></care-level-finder>
</main></body></html>`;
}

async function recordWalk(page: Page): Promise<{ json: string; inputs: number }> {
  await expectStep(page, 'intro');
  await widget(page).locator('[data-action="start"]').click();
  await walk(page, PATH);
  await expectStep(page, 'result');
  // "Before you call" opened: its summary is covered by the same markers.
  await widget(page).locator('[data-action="summary"]').click();
  await widget(page).locator('.summary__text').waitFor();
  // rrweb batches mutations; a frame later everything so far has been emitted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return page.evaluate(() => {
    const events = (window as unknown as { __recorded: { type: number; data?: { source?: number } }[] }).__recorded;
    // Incremental snapshot (3) with source Input (5): a value or a checked state recorded.
    const inputs = events.filter((event) => event.type === 3 && event.data?.source === 5).length;
    return { json: JSON.stringify(events), inputs };
  });
}

describe('a session recorder on the host page', () => {
  it('records no option id, no answer or result text and no checked input from inside the widget', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/recorded.html`, async ({ page }) => {
      const { json, inputs } = await recordWalk(page);
      expect(json.length).toBeGreaterThan(1000);
      // The widget is there, as a blocked placeholder of its size.
      expect(json).toContain('rr_width');
      expect(SECRETS.filter((secret) => json.includes(secret))).toEqual([]);
      expect(inputs).toBe(0);
    });
  });

  it('control: without the marker, the same walk leaks every one of them', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/unmarked.html`, async ({ page }) => {
      const { json, inputs } = await recordWalk(page);
      expect(SECRETS.filter((secret) => !json.includes(secret))).toEqual([]);
      expect(inputs).toBeGreaterThan(0);
    });
  });
});

describe('click and change listeners of the page', () => {
  it('in the bubble phase see nothing of the widget, and the host never changes with the answers', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/recorded.html`, async ({ page }) => {
      await expectStep(page, 'intro');
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { __seen: seen });
        for (const type of ['click', 'change', 'input', 'keydown', 'pointerdown', 'mousedown', 'focusin', 'focusout']) {
          document.addEventListener(type, (event) => {
            const path = event.composedPath().map((node) => (node instanceof Element ? node.localName : String(node)));
            seen.push(`${type} target=${(event.target as Element).localName} path=${path.join('>')}`);
          });
        }
      });
      const host = widget(page);
      const before = await host.evaluate((element) => ({
        text: element.textContent,
        html: element.outerHTML,
        // Click trackers read a target's innerText: the rendered text is one of the views compared.
        // biome-ignore lint/performance/useDomNodeTextContent: what a click tracker reads
        inner: (element as HTMLElement).innerText,
      }));
      await host.locator('[data-action="start"]').click();
      await walk(page, PATH);
      await expectStep(page, 'result');
      const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
      // Every event the page did see (none, with the shadow root stopping them) targets the
      // host and no path ever shows what is inside it.
      expect(
        seen.filter(
          (line) => !line.includes('target=care-level-finder') || /path=.*(input|label|button|section)/.test(line),
        ),
      ).toEqual([]);
      expect(seen).toEqual([]);
      expect(
        await host.evaluate((element) => ({
          text: element.textContent,
          html: element.outerHTML,
          // biome-ignore lint/performance/useDomNodeTextContent: what a click tracker reads, as above
          inner: (element as HTMLElement).innerText,
        })),
      ).toEqual(before);
    });
  });

  it('control (the documented limit): a capture-phase listener walking composedPath() still sees inside', async () => {
    await withPage(fixture.browser, `${fixture.server.url}/recorded.html`, async ({ page }) => {
      await expectStep(page, 'intro');
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { __captured: seen });
        document.addEventListener(
          'click',
          (event) => {
            const inner = event.composedPath()[0];
            if (inner instanceof Element) seen.push(inner.getAttribute('data-action') ?? inner.localName);
          },
          { capture: true },
        );
      });
      await widget(page).locator('[data-action="start"]').click();
      expect(await page.evaluate(() => (window as unknown as { __captured: string[] }).__captured)).toEqual(['start']);
    });
  });
});
