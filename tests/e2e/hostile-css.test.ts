// embed.md: "Host-page CSS must not change the widget's look otherwise, and the widget's CSS
// must not touch the host page." Both directions, measured with getComputedStyle and layout
// boxes in a real browser:
// - the widget measures the same on a plain page and on a hostile one (!important on `*` and
//   on the element itself, a tiny root font-size, hidden buttons, huge z-index), and stays
//   usable there;
// - host elements that share the widget's class names measure the same with and without
//   the widget script.
// Controls: the hostile rules do reach an unprotected shadow root and the host's own
// elements, and a widget stylesheet leaked onto the document would show on the host's.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStep, press, walk, widget, widgetRoot, useBrowserAndServer, type Answer } from './support/browser';
import { withWatchedPage, type Watch } from './support/host-watch';

const HOSTILE_CSS = `
html { font-size: 8px; }
* { font-size: 40px !important; line-height: 5 !important; z-index: 2147483647 !important; }
button, input, label { display: none !important; }
care-level-finder { color: red !important; font: italic 40px serif !important; letter-spacing: 10px !important; }
div, p, h2, fieldset, legend { padding: 50px !important; margin: 50px !important; color: red !important; }
`;

// Host content before the widget (so its position does not depend on the widget's height),
// with the widget's own class names: if the widget's stylesheet reached the document, these
// are the elements it would restyle.
const HOST_CONTENT = `<h1>Test Clinic</h1>
<div class="card">
<h2 class="title">Our programs</h2>
<p class="small lead">Residential, intensive outpatient and outpatient care.</p>
<label class="option">Email me <input type="checkbox" name="subscribe"></label>
<button type="button" class="button button--primary">Contact us</button>
</div>`;

const WIDGET_SCRIPT = '<script src="/widget.js" async></script>';
const WIDGET_ELEMENT = '<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic"></care-level-finder>';

function hostPage(options: { readonly hostile: boolean; readonly script: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Clinic</title>${options.hostile ? `<style>${HOSTILE_CSS}</style>` : ''}</head>
<body>
${HOST_CONTENT}
${options.script ? WIDGET_SCRIPT : ''}
${WIDGET_ELEMENT}
</body>
</html>`;
}

const PLAIN_PAGE = '/plain.html';
const HOSTILE_PAGE = '/hostile.html';
const NO_WIDGET_PAGE = '/no-widget.html';

// One viewport for every page, so the two sides of each comparison are laid out alike.
// (Playwright's headless Chromium runs with --hide-scrollbars: the widget making a page
// taller cannot narrow the host's elements through a scrollbar.)
const VIEWPORT = { width: 1280, height: 1600 } as const;

/** One thing to measure: a name, a selector, and computed properties or box sizes to read. */
type Probe = readonly [name: string, selector: string, properties: readonly string[]];

const TEXT = [
  'font-size',
  'line-height',
  'font-family',
  'font-style',
  'font-weight',
  'letter-spacing',
  'color',
] as const;
const BOX = [
  'display',
  'box-sizing',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'width',
  'height',
] as const;

// Inside the shadow root, through the spec's DOM hooks and plain tags only.
const INTRO_PROBES: readonly Probe[] = [
  ['root', '[data-step]', [...TEXT, ...BOX]],
  ['heading', 'h2', [...TEXT, ...BOX]],
  ['text', 'p', [...TEXT, ...BOX]],
  ['start', '[data-action="start"]', [...TEXT, ...BOX, 'background-color']],
  ['help-now', '[data-action="help-now"]', [...TEXT, ...BOX]],
];

const QUESTION_PROBES: readonly Probe[] = [
  ['root', '[data-step]', [...TEXT, ...BOX]],
  ['fieldset', 'fieldset', BOX],
  ['legend', 'legend', [...TEXT, ...BOX]],
  ['legend heading', 'legend :is(h2, h3)', [...TEXT, ...BOX]],
  ['option row', 'label:has(input[data-option])', [...TEXT, ...BOX]],
  ['option input', 'input[data-option]', BOX],
  ['continue', '[data-action="continue"]', [...TEXT, ...BOX, 'background-color']],
];

// In the host page's light DOM.
const HOST_PROBES: readonly Probe[] = [
  // Not the body's height: the widget's content makes the page taller, by design.
  ['body', 'body', [...TEXT, ...BOX.filter((property) => property !== 'height')]],
  ['h1', 'h1', [...TEXT, ...BOX]],
  ['div.card', 'div.card', [...TEXT, ...BOX, 'background-color', 'border-top-width']],
  ['h2.title', 'h2.title', [...TEXT, ...BOX]],
  ['p.small', 'p.small', [...TEXT, ...BOX]],
  ['label.option', 'label.option', [...TEXT, ...BOX, 'border-top-width']],
  ['input', 'label.option input', BOX],
  ['button.button', 'button.button', [...TEXT, ...BOX, 'background-color', 'border-top-width']],
];

type Measures = Record<string, string>;

/**
 * Reads every probe under `scope` (the shadow root of `target`, or the document `target` is
 * in): computed values, and `width`/`height` as the layout box (getBoundingClientRect, so
 * `display: none` reads 0), plus `top`/`left` for light-DOM probes. A probe that matches
 * nothing reads "missing". One self-contained function: Playwright sends its source only.
 */
function measureIn(target: Locator, probes: readonly Probe[], where: 'shadow' | 'document'): Promise<Measures> {
  return target.evaluate(
    (element, args) => {
      const scope: ParentNode | null = args.where === 'shadow' ? element.shadowRoot : element.ownerDocument;
      const out: Record<string, string> = {};
      if (!scope) return { scope: 'missing' };
      for (const [name, selector, properties] of args.probes) {
        const found = scope.querySelector(selector);
        if (!found) {
          out[name] = 'missing';
          continue;
        }
        const style = getComputedStyle(found);
        const box = found.getBoundingClientRect();
        for (const property of properties) {
          if (property === 'width') out[`${name} width`] = box.width.toFixed(2);
          else if (property === 'height') out[`${name} height`] = box.height.toFixed(2);
          else out[`${name} ${property}`] = style.getPropertyValue(property);
        }
        if (args.where === 'document') {
          out[`${name} top`] = box.top.toFixed(2);
          out[`${name} left`] = box.left.toFixed(2);
        }
      }
      return out;
    },
    { probes, where },
  );
}

const measureWidget = (page: Page, probes: readonly Probe[]) => measureIn(widget(page), probes, 'shadow');
const measureHost = (page: Page) => measureIn(page.locator('html'), HOST_PROBES, 'document');

/** The names of the measures that differ between `a` and `b`. */
function changedKeys(a: Measures, b: Measures): string[] {
  return Object.keys(a).filter((key) => a[key] !== b[key]);
}

/** The measures are real: every probe matched, and the visible ones have a size. */
function expectMeasured(measures: Measures, visible: readonly string[]): void {
  expect(Object.entries(measures).filter(([, value]) => value === 'missing')).toEqual([]);
  for (const name of visible) {
    expect(measures[`${name} display`], `${name} display`).not.toBe('none');
    expect(Number(measures[`${name} height`]), `${name} height`).toBeGreaterThan(0);
  }
}

/** Opens the page, waits for the intro, measures it, starts and measures the first question. */
async function measureIntroAndQuestion(watch: Watch): Promise<{ intro: Measures; question: Measures }> {
  const { page } = watch;
  await expectStep(page, 'intro');
  const intro = await measureWidget(page, INTRO_PROBES);
  await press(page, 'start');
  await expectStep(page, 'who');
  const question = await measureWidget(page, QUESTION_PROBES);
  return { intro, question };
}

const TO_RESULT: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['none']],
  ['age', ['under-18']],
  ['withdrawal', ['none']],
  ['support', ['no']],
  ['tried-before', ['unsure']],
  ['home', ['mixed']],
  ['mental-health', ['sometimes']],
  ['schedule', ['unsure']],
];

describe('hostile host-page CSS and the widget', () => {
  const fixture = useBrowserAndServer((server) => {
    server.page(PLAIN_PAGE, hostPage({ hostile: false, script: true }));
    server.page(HOSTILE_PAGE, hostPage({ hostile: true, script: true }));
    server.page(NO_WIDGET_PAGE, hostPage({ hostile: false, script: false }));
  });

  const open = (path: string, run: (watch: Watch) => Promise<void>) =>
    withWatchedPage(fixture.browser, fixture.server.url + path, run, { viewport: VIEWPORT });

  it('hostile page CSS changes nothing inside the widget (intro, a question), which stays usable', async () => {
    let plain: { intro: Measures; question: Measures } | undefined;
    let hostile: { intro: Measures; question: Measures } | undefined;
    await Promise.all([
      open(PLAIN_PAGE, async (watch) => {
        plain = await measureIntroAndQuestion(watch);
      }),
      open(HOSTILE_PAGE, async (watch) => {
        hostile = await measureIntroAndQuestion(watch);
        // Usable, not only unchanged: on through the whole screening to a level result,
        // with the call button visible (not hidden by `display: none !important`).
        const { page } = watch;
        await walk(page, TO_RESULT);
        await expectStep(page, 'result');
        expect(await widgetRoot(widget(page)).getAttribute('data-outcome')).toBe('iop');
        expect(await widget(page).locator('a[data-action="call"]').isVisible()).toBe(true);
        expect(watch.pageErrors).toEqual([]);
      }),
    ]);
    if (!plain || !hostile) throw new Error('a page was not measured');

    // The plain page's values are the widget's own: its root sets them in px (embed.md).
    expectMeasured(plain.intro, ['root', 'heading', 'start', 'help-now']);
    expectMeasured(plain.question, ['root', 'legend', 'legend heading', 'option row', 'option input', 'continue']);
    expect(plain.intro['root font-size']).toBe('16px');
    expect(plain.intro['root line-height']).toBe('24px');

    expect(hostile.intro).toEqual(plain.intro);
    expect(hostile.question).toEqual(plain.question);
  });

  it("the widget's CSS changes nothing on the host page", async () => {
    let without: Measures | undefined;
    let withIntro: Measures | undefined;
    let withQuestion: Measures | undefined;
    await Promise.all([
      open(NO_WIDGET_PAGE, async ({ page }) => {
        // No script: the element stays an empty unknown element. goto() waited for "load".
        without = await measureHost(page);
      }),
      open(PLAIN_PAGE, async ({ page }) => {
        await expectStep(page, 'intro');
        withIntro = await measureHost(page);
        await press(page, 'start');
        await expectStep(page, 'who');
        withQuestion = await measureHost(page);
      }),
    ]);
    if (!without || !withIntro || !withQuestion) throw new Error('a page was not measured');

    expectMeasured(without, ['h1', 'div.card', 'h2.title', 'p.small', 'label.option', 'input', 'button.button']);
    expect(withIntro).toEqual(without);
    expect(withQuestion).toEqual(without);
  });

  it('control: the measurements see hostile CSS, and would see a leaked widget stylesheet', async () => {
    // Same markup as above, without the widget's own resets: a bare open shadow root.
    const bareShadow = (page: Page) =>
      page.evaluate(() => {
        // A div, like a page's own wrapper: the page's div rules reach it, as its `*` rules
        // and `care-level-finder` rules reach the widget's element.
        const host = document.createElement('div');
        host.id = 'bare';
        document.body.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML =
          '<div data-step="who"><fieldset><legend><h2>Question</h2></legend>' +
          '<label><input type="radio" data-option="self"> Me</label></fieldset>' +
          '<button type="submit" data-action="continue">Continue</button></div>';
      });
    const measureBare = (page: Page) => measureIn(page.locator('#bare'), QUESTION_PROBES, 'shadow');

    let plainHost: Measures | undefined;
    let plainBare: Measures | undefined;
    let leakedHost: Measures | undefined;
    let hostileHost: Measures | undefined;
    let hostileBare: Measures | undefined;
    let hostileWidgetHost: Measures | undefined;
    await Promise.all([
      open(PLAIN_PAGE, async ({ page }) => {
        await expectStep(page, 'intro');
        plainHost = await measureHost(page);
        await bareShadow(page);
        plainBare = await measureBare(page);
        // A widget stylesheet reaching the document (the bug this direction guards against):
        // adopt the widget's own sheet there.
        await widget(page).evaluate((host) => {
          host.ownerDocument.adoptedStyleSheets = [...(host.shadowRoot?.adoptedStyleSheets ?? [])];
        });
        leakedHost = await measureHost(page);
      }),
      open(HOSTILE_PAGE, async ({ page }) => {
        await expectStep(page, 'intro');
        hostileHost = await measureHost(page);
        hostileWidgetHost = await measureIn(
          page.locator('html'),
          [['care-level-finder', 'care-level-finder', TEXT]],
          'document',
        );
        await bareShadow(page);
        hostileBare = await measureBare(page);
      }),
    ]);
    if (!plainHost || !plainBare || !leakedHost || !hostileHost || !hostileBare || !hostileWidgetHost)
      throw new Error('a page was not measured');

    // The hostile rules reach the host's own elements...
    expect(changedKeys(plainHost, hostileHost)).toEqual(
      expect.arrayContaining([
        'h2.title font-size',
        'h2.title padding-top',
        'p.small color',
        'button.button display',
        'button.button width',
      ]),
    );
    // ...and, by inheritance from the page, a shadow root that does not reset its root.
    expect(hostileBare['root font-size']).toBe('40px');
    expect(changedKeys(plainBare, hostileBare)).toEqual(
      expect.arrayContaining([
        'root font-size',
        'root line-height',
        'root color',
        'legend heading font-size',
        'option row height',
      ]),
    );
    // The rules aimed at the widget's own element are in force on it.
    expect(hostileWidgetHost).toMatchObject({
      'care-level-finder font-size': '40px',
      'care-level-finder font-style': 'italic',
      'care-level-finder letter-spacing': '10px',
      'care-level-finder color': 'rgb(255, 0, 0)',
    });
    // The widget's sheet on the document would restyle the host's look-alike elements.
    expect(changedKeys(plainHost, leakedHost)).toEqual(
      expect.arrayContaining(['h2.title font-size', 'button.button background-color', 'label.option padding-top']),
    );
  });
});
