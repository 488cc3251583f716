// The second edition's new screens in a real browser: every guide on the emergency and crisis
// screens, focus on the first step's heading when safe withdrawal or pregnancy with opioids
// leads the result, and axe (WCAG 2.2 A/AA) on each of these screens in English and Spanish at
// 320 and 1280 px wide.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUIDE_RULES } from '../../src/screening';
import { expectNoHorizontalScroll, expectNoViolations } from './support/axe';
import { expectStep, press, useBrowserAndServer, walk, widgetRoot, type Answer } from './support/browser';
import { LOADED_AFTER_WITHDRAWAL } from './support/paths';

const LANGS = ['en', 'es'] as const;
const WIDTHS = [320, 1280] as const;

const fixture = useBrowserAndServer((server) => {
  for (const lang of LANGS) {
    server.page(
      `/clinic-${lang}.html`,
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>
<body><main><h1>Clinic</h1>
<script src="/widget.js" async></script>
<care-level-finder phone="+1-555-010-4477" clinic-name="Test Clinic" persist="none" offers="residential iop outpatient detox"></care-level-finder>
</main></body></html>`,
    );
  }
});

/** Every emergency guide at once: an overdose, a seizure and someone hurt. */
const TO_EVERY_EMERGENCY_GUIDE: readonly Answer[] = [
  ['who', ['loved-one']],
  ['danger', ['overdose', 'seizure-confusion', 'harm-now']],
];
const TO_CRISIS: readonly Answer[] = [
  ['who', ['self']],
  ['danger', ['suicidal-thoughts']],
];
/** Both first steps, and as many other notes as one screen can carry. */
function toFirstSteps(
  withdrawal: readonly ('daily-alcohol' | 'daily-benzos' | 'pregnant' | 'opioids')[],
): readonly Answer[] {
  return [
    ['who', ['self']],
    ['danger', ['none']],
    ['age', ['under-18']],
    ['withdrawal', withdrawal],
    ...LOADED_AFTER_WITHDRAWAL,
  ];
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.querySelector('care-level-finder')?.shadowRoot?.activeElement;
    return active ? `${active.localName}:${active.textContent ?? ''}` : 'nothing';
  });
}

/** Every guide id a walk below has shown, to check that together they reach them all. */
const GUIDES_SEEN = new Set<string>();

async function guidesOn(page: Page): Promise<string[]> {
  const guides = await page
    .locator('care-level-finder [data-guide]')
    .evaluateAll((elements) =>
      elements.map((guide) => `${guide.getAttribute('data-guide')}:${guide.querySelectorAll('li').length}`),
    );
  for (const guide of guides) GUIDES_SEEN.add(guide.split(':')[0] ?? '');
  return guides;
}

async function open(lang: (typeof LANGS)[number], width: number) {
  const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${fixture.server.url}/clinic-${lang}.html`);
  await press(page, 'start');
  return { page, close: () => context.close() };
}

describe('guides while help comes', () => {
  it('shows every emergency guide, numbered, after 911 and before Poison Help', async () => {
    const { page, close } = await open('en', 1280);
    try {
      await walk(page, TO_EVERY_EMERGENCY_GUIDE);
      await expectStep(page, 'result');
      await expect
        .poll(() => widgetRoot(page.locator('care-level-finder')).getAttribute('data-outcome'))
        .toBe('emergency');
      expect(await guidesOn(page)).toEqual([
        'overdose-first-aid:7',
        'seizure-first-aid:6',
        'get-safe:3',
        'wait-for-help:3',
      ]);
      const order = await page
        .locator('care-level-finder [data-step]')
        .evaluate((root) =>
          [...root.querySelectorAll('a[href="tel:911"], [data-guide], a[href="tel:+18002221222"]')].map(
            (element) => element.getAttribute('data-guide') ?? element.getAttribute('href'),
          ),
        );
      expect(order).toEqual([
        'tel:911',
        'overdose-first-aid',
        'seizure-first-aid',
        'get-safe',
        'wait-for-help',
        'tel:+18002221222',
      ]);
      expect(await focusedText(page)).toBe('h2:Call 911 now');
    } finally {
      await close();
    }
  });

  it('shows the crisis safety steps after 988 and 911', async () => {
    const { page, close } = await open('en', 1280);
    try {
      await walk(page, TO_CRISIS);
      await expectStep(page, 'result');
      expect(await guidesOn(page)).toEqual(['crisis-safety:3']);
      expect(await focusedText(page)).toBe('h2:Call or text 988 now');
    } finally {
      await close();
    }
  });

  it('reached every guide of the rules in the two walks above', () => {
    expect([...GUIDES_SEEN].sort()).toEqual(GUIDE_RULES.map((guide) => guide.id).sort());
  });
});

describe('a first step leads the result', () => {
  it.each([
    [['daily-alcohol', 'pregnant', 'opioids'], 'withdrawal-high', 'h2:First: get medical care for withdrawal today'],
    [['daily-benzos'], 'withdrawal-high', 'h2:First: do not stop or cut down suddenly'],
    [['pregnant', 'opioids'], 'pregnancy-opioids', 'h2:First: do not stop opioids suddenly while pregnant'],
  ] as const)('with %j, focus lands on the heading of %s', async (withdrawal, note, heading) => {
    const { page, close } = await open('en', 1280);
    try {
      await walk(page, toFirstSteps(withdrawal));
      await expectStep(page, 'result');
      await expect.poll(() => focusedText(page)).toBe(heading);
      // The focused heading is inside that note's element, which comes before the level's name.
      const inNote = await page.evaluate((id) => {
        const root = document.querySelector('care-level-finder')?.shadowRoot;
        const active = root?.activeElement;
        const level = root?.querySelector('.title--level');
        return (
          Boolean(active?.closest(`[data-note="${id}"]`)) &&
          Boolean(level && active && active.compareDocumentPosition(level) & 4)
        );
      }, note);
      expect(inNote).toBe(true);
      if ((withdrawal as readonly string[]).includes('daily-alcohol')) {
        await expect(page.locator('care-level-finder [data-note="withdrawal-high"]').textContent()).resolves.toContain(
          'We offer medical detox. Call us today.',
        );
      }
    } finally {
      await close();
    }
  });
});

describe.each(LANGS)('no axe violation on the new screens in %s', (lang) => {
  it.each(WIDTHS)(
    'at %i px: every emergency guide, the crisis steps, and both first steps with every note',
    async (width) => {
      for (const [name, answers] of [
        ['emergency', TO_EVERY_EMERGENCY_GUIDE],
        ['crisis', TO_CRISIS],
        ['first steps', toFirstSteps(['daily-alcohol', 'pregnant', 'opioids'])],
      ] as const) {
        const { page, close } = await open(lang, width);
        try {
          await walk(page, answers);
          await expectStep(page, 'result');
          await expectNoViolations(page, `${lang} ${width}px ${name}`);
          await expectNoHorizontalScroll(page, `${lang} ${width}px ${name}`);
          if (name === 'first steps') {
            const notes = await page
              .locator('care-level-finder [data-note]')
              .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-note')));
            expect(notes).toEqual([
              'withdrawal-high',
              'pregnancy-opioids',
              'teen',
              'naloxone',
              'medications-opioids',
              'medications-alcohol',
              'home-safety',
              'co-occurring',
              'schedule-evening',
            ]);
          }
        } finally {
          await close();
        }
      }
    },
    120_000,
  );
});
