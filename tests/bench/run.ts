// npm run bench: the built widget against SurveyJS and against a static page of the same
// first screen, in headless Debian Chromium, with and without a mid-range-phone profile.
// Runs alternate (widget, SurveyJS, static, widget, ...) so that drift on the machine hits all
// three alike; each run is a fresh browser context (nothing cached). Prints medians with
// min-max, then, last, `ratio vs SurveyJS: first question N.Nx` for the phone profile.
// Not part of `npm test`: timings belong in a benchmark, not in a unit test.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/chromium';
import { readmeSnippets } from '../e2e/support/readme';
import { clinicPage, staticPage, surveyJsPage, widgetPage } from './pages';
import { serve, type BenchFile } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
// SurveyJS's packages export no paths to their browser bundles, so they are read from disk.
const MODULES = resolve(ROOT, 'node_modules');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SUBJECTS = ['widget', 'surveyjs', 'static'] as const;
type Subject = (typeof SUBJECTS)[number];
/** The README's paste-in, as a clinic copies it (the reserve line included). */
const README_PASTE_IN = readmeSnippets().find((snippet) => snippet.lang === 'html')?.code ?? '';

interface Profile {
  readonly name: string;
  readonly cpuSlowdown: number;
  /** Chromium DevTools network emulation; null for none. */
  readonly network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
  readonly viewport: { width: number; height: number };
}

const PROFILES: readonly Profile[] = [
  { name: 'no throttling', cpuSlowdown: 1, network: null, viewport: { width: 1280, height: 800 } },
  {
    // Lighthouse's mobile profile: a mid-range phone (CPU 4x slower) on slow 4G
    // (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up).
    name: 'mid-range phone',
    cpuSlowdown: 4,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    viewport: { width: 360, height: 740 },
  },
];

interface Sample {
  firstQuestionMs: number;
  threeQuestionsMs: number | null;
  scriptMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** The longest of those long tasks that mostly ran script (evaluation, timers, events). */
  longestScriptTaskMs: number;
  /** The longest of those that were mostly the browser's own work: parsing, style, layout, paint. */
  longestBrowserTaskMs: number;
  heapKiB: number;
  transferredKiB: number;
  stepLatencyMs: number[];
}

/**
 * In every page before its own scripts: when the first question shows, long tasks, and the
 * script runs that long animation frames list (each of 5 ms or more, inside a frame over 50).
 */
const PROBE = () => {
  const bench = {
    first: 0,
    longTasks: [] as { start: number; duration: number }[],
    scripts: [] as { start: number; end: number; forcedLayout: number }[],
  };
  Object.assign(window, { __bench: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    type Script = PerformanceEntry & { forcedStyleAndLayoutDuration: number };
    for (const frame of list.getEntries() as (PerformanceEntry & { scripts: Script[] })[]) {
      for (const script of frame.scripts) {
        const { startTime: start, duration, forcedStyleAndLayoutDuration: forcedLayout } = script;
        bench.scripts.push({ start, end: start + duration, forcedLayout });
      }
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const visible = () => {
    const host = document.querySelector('care-level-finder');
    // The first screen: the widget's intro, or SurveyJS's start page (the same intro).
    const target =
      host?.shadowRoot?.querySelector('[data-action="start"]') ?? document.querySelector('.sd-navigation__start-btn');
    return target !== null && target !== undefined && target.getBoundingClientRect().height > 0;
  };
  // The frame in which the first question is laid out: what a visitor sees next.
  const tick = () => {
    if (visible()) bench.first = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

async function throttle(session: CDPSession, profile: Profile): Promise<void> {
  await session.send('Network.enable');
  await session.send('Performance.enable');
  if (profile.cpuSlowdown > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) await session.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
}

/**
 * Start, then three questions, with the very same Playwright calls for both subjects: a click
 * (with Playwright's actionability checks) on Start, on the answer's whole row and on the next
 * button, then wait for the fourth question. Only the selectors differ.
 */
const WALK: Record<
  'widget' | 'surveyjs',
  { start: string; row: (question: string, option: string) => string; next: string; fourth: string }
> = {
  widget: {
    start: 'care-level-finder [data-action="start"]',
    row: (_question, option) => `care-level-finder label.option:has(input[data-option="${option}"])`,
    next: 'care-level-finder [data-action="continue"]',
    fourth: 'care-level-finder [data-step="withdrawal"]',
  },
  surveyjs: {
    start: '.sd-navigation__start-btn',
    row: (question, option) => `[data-name="${question}"] label:has(input[value="${option}"])`,
    next: '.sd-navigation__next-btn',
    fourth: '[data-name="withdrawal"]',
  },
};

async function answerThree(page: Page, subject: 'widget' | 'surveyjs'): Promise<void> {
  const walk = WALK[subject];
  await page.locator(walk.start).click();
  for (const [question, option] of [
    ['who', 'self'],
    ['danger', 'none'],
    ['age', 'adult'],
  ] as const) {
    await page.locator(walk.row(question, option)).click();
    await page.locator(walk.next).click();
  }
  await page.locator(walk.fourth).waitFor();
}

/** The widget's own latency: Continue pressed until the next question is in the DOM. */
async function stepLatencies(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const root = () =>
      document.querySelector('care-level-finder')?.shadowRoot?.querySelector<HTMLElement>('[data-step]');
    const answers = ['none', 'no', 'no', 'stable', 'no', 'one-two-hours-week'];
    const latencies: number[] = [];
    for (const option of answers) {
      root()?.querySelector<HTMLInputElement>(`input[data-option="${option}"]`)?.click();
      const before = root()?.dataset.step;
      const start = performance.now();
      root()?.querySelector<HTMLButtonElement>('[data-action="continue"]')?.click();
      if (root()?.dataset.step === before) {
        await new Promise<void>((done) => {
          const observer = new MutationObserver(() => {
            if (root()?.dataset.step !== before) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(document.querySelector('care-level-finder')?.shadowRoot ?? document, {
            subtree: true,
            attributes: true,
            childList: true,
          });
        });
      }
      latencies.push(performance.now() - start);
    }
    return latencies;
  });
}

async function measure(browser: Browser, url: string, subject: Subject, profile: Profile): Promise<Sample> {
  const context = await browser.newContext({ viewport: profile.viewport });
  try {
    // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions sent into the
    // page carry those calls, so the page gets a no-op `__name` first.
    await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await throttle(session, profile);
    let transferred = 0;
    session.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferred += event.encodedDataLength;
    });
    await page.goto(`${url}/${subject}.html`);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { first: number } }).__bench.first > 0,
      undefined,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    const probe = await page.evaluate(
      () =>
        (
          window as unknown as {
            __bench: {
              first: number;
              longTasks: { start: number; duration: number }[];
              scripts: { start: number; end: number; forcedLayout: number }[];
            };
          }
        ).__bench,
    );
    const metrics = new Map(
      ((await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
        (metric) => [metric.name, metric.value],
      ),
    );
    // Long tasks while loading: those that began before the first question was shown.
    const loading = probe.longTasks.filter((task) => task.start <= probe.first);
    // A long task is script when script runs fill most of it; otherwise it is the browser's
    // own work, such as parsing the page or the first style, layout and paint of the widget.
    // A layout that a script forces (this probe's own check of the first screen, say) is
    // counted as the browser's.
    const scriptShare = (task: { start: number; duration: number }) =>
      probe.scripts.reduce((sum, script) => {
        const overlap = Math.min(script.end, task.start + task.duration) - Math.max(script.start, task.start);
        return overlap > 0 ? sum + Math.max(0, overlap - script.forcedLayout) : sum;
      }, 0) / task.duration;
    const isScript = (task: { start: number; duration: number }) => scriptShare(task) > 0.5;
    const longest = (tasks: readonly { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));
    const sample: Sample = {
      firstQuestionMs: probe.first,
      threeQuestionsMs: null,
      scriptMs: (metrics.get('ScriptDuration') ?? 0) * 1000,
      longTasks: loading.length,
      longestTaskMs: longest(loading),
      longestScriptTaskMs: longest(loading.filter(isScript)),
      longestBrowserTaskMs: longest(loading.filter((task) => !isScript(task))),
      heapKiB: (metrics.get('JSHeapUsedSize') ?? 0) / 1024,
      transferredKiB: transferred / 1024,
      stepLatencyMs: [],
    };
    if (subject !== 'static') {
      const start = Date.now();
      await answerThree(page, subject);
      sample.threeQuestionsMs = Date.now() - start;
    }
    if (subject === 'widget') sample.stepLatencyMs = await stepLatencies(page);
    return sample;
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function cell(values: readonly number[], digits = 0): string {
  if (values.length === 0) return '-';
  const format = (value: number) => value.toFixed(digits);
  return `${format(median(values))} (${format(Math.min(...values))}-${format(Math.max(...values))})`;
}

type Results = Record<Subject, Sample[]>;

function table(profile: Profile, results: Results): string {
  const rows: [string, (sample: Sample) => number | null, number][] = [
    ['first question visible, ms', (sample) => sample.firstQuestionMs, 0],
    ['Start and three questions by clicks, ms', (sample) => sample.threeQuestionsMs, 0],
    ['script time, ms', (sample) => sample.scriptMs, 1],
    ['long tasks while loading', (sample) => sample.longTasks, 0],
    ['longest task while loading, ms', (sample) => sample.longestTaskMs, 0],
    ['- mostly script, ms', (sample) => sample.longestScriptTaskMs, 0],
    ['- mostly the browser (parse, style, layout, paint), ms', (sample) => sample.longestBrowserTaskMs, 0],
    ['JS heap, KiB', (sample) => sample.heapKiB, 0],
    ['transferred, KiB', (sample) => sample.transferredKiB, 1],
    ['step latency (widget), ms', (sample) => (sample.stepLatencyMs.length ? median(sample.stepLatencyMs) : null), 2],
  ];
  const header = `| ${profile.name} (median, min-max, ${RUNS} runs) | widget | SurveyJS | static page |`;
  const lines = [header, '|---|---|---|---|'];
  for (const [label, pick, digits] of rows) {
    const cells = SUBJECTS.map((subject) =>
      cell(
        results[subject].map(pick).filter((value): value is number => value !== null),
        digits,
      ),
    );
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

// The clinic page: what a content page pays for the screening in Core Web Vitals terms.
const CLINIC_SUBJECTS = ['none', 'widget', 'surveyjs'] as const;
type ClinicSubject = (typeof CLINIC_SUBJECTS)[number];

interface ClinicSample {
  /** Sum of layout shifts without recent input (one load, one session window). */
  cls: number;
  /** The page's Largest Contentful Paint, ms. */
  lcpMs: number;
  longTasks: number;
  /** Total blocking time: the part of each long task over 50 ms, summed. */
  tbtMs: number;
}
type ClinicResults = Record<ClinicSubject, ClinicSample[]>;

/** Layout shifts, LCP and long tasks, recorded from the very start of the page. */
const CLINIC_PROBE = () => {
  const vitals = { cls: 0, lcp: 0, tasks: [] as number[] };
  Object.assign(window, { __vitals: vitals });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) vitals.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Loads the clinic page and reads its vitals once the page is quiet: its load event, the
 * screening's first screen on it, then a second without a long task (nothing left to settle).
 */
async function measureClinicPage(
  browser: Browser,
  url: string,
  subject: ClinicSubject,
  profile: Profile,
): Promise<ClinicSample> {
  const context = await browser.newContext({ viewport: profile.viewport });
  try {
    await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await context.addInitScript(CLINIC_PROBE);
    const page = await context.newPage();
    await throttle(await context.newCDPSession(page), profile);
    await page.goto(`${url}/clinic-${subject}.html`, { waitUntil: 'load', timeout: 60_000 });
    if (subject === 'widget') await page.locator('care-level-finder [data-step="intro"]').waitFor({ timeout: 60_000 });
    if (subject === 'surveyjs') await page.locator('.sd-navigation__start-btn').waitFor({ timeout: 60_000 });
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let quiet = setTimeout(done, 1000);
          new PerformanceObserver(() => {
            clearTimeout(quiet);
            quiet = setTimeout(done, 1000);
          }).observe({ type: 'longtask' });
        }),
    );
    const vitals = await page.evaluate(
      () => (window as unknown as { __vitals: { cls: number; lcp: number; tasks: number[] } }).__vitals,
    );
    return {
      cls: vitals.cls,
      lcpMs: vitals.lcp,
      longTasks: vitals.tasks.length,
      tbtMs: vitals.tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

function clinicTable(profile: Profile, results: ClinicResults): string {
  const rows: [string, (sample: ClinicSample) => number, number][] = [
    ['layout shift (CLS)', (sample) => sample.cls, 3],
    ["the page's LCP, ms", (sample) => sample.lcpMs, 0],
    ['long tasks while loading', (sample) => sample.longTasks, 0],
    ['total blocking time, ms', (sample) => sample.tbtMs, 0],
  ];
  const lines = [
    `| clinic page, ${profile.name} (median, min-max, ${RUNS} runs) | no screening | widget | added by the widget | SurveyJS | added by SurveyJS |`,
    '|---|---|---|---|---|---|',
  ];
  for (const [label, pick, digits] of rows) {
    const base = median(results.none.map(pick));
    const added = (subject: ClinicSubject) => (median(results[subject].map(pick)) - base).toFixed(digits);
    lines.push(
      `| ${label} | ${cell(results.none.map(pick), digits)} | ${cell(results.widget.map(pick), digits)} | ${added('widget')} | ${cell(results.surveyjs.map(pick), digits)} | ${added('surveyjs')} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const files = new Map<string, BenchFile>([
    ['/widget.js', { body: readFileSync(resolve(ROOT, 'dist/widget.js')), type: 'text/javascript' }],
    ['/widget.html', { body: widgetPage(README_PASTE_IN), type: 'text/html' }],
    [
      '/survey.core.min.js',
      { body: readFileSync(resolve(MODULES, 'survey-core/survey.core.min.js')), type: 'text/javascript' },
    ],
    [
      '/survey-js-ui.min.js',
      { body: readFileSync(resolve(MODULES, 'survey-js-ui/survey-js-ui.min.js')), type: 'text/javascript' },
    ],
    [
      '/survey-core.fontless.min.css',
      { body: readFileSync(resolve(MODULES, 'survey-core/survey-core.fontless.min.css')), type: 'text/css' },
    ],
    ['/surveyjs.html', { body: surveyJsPage(), type: 'text/html' }],
    ...CLINIC_SUBJECTS.map((subject): [string, BenchFile] => [
      `/clinic-${subject}.html`,
      { body: clinicPage(subject, README_PASTE_IN), type: 'text/html' },
    ]),
  ]);
  const server = await serve(files);
  const browser = await launchBrowser();
  try {
    // The floor: the widget's own first screen, captured once, served without any script.
    const capture = await (await browser.newContext()).newPage();
    await capture.goto(`${server.url}/widget.html`);
    await capture.locator('care-level-finder [data-step="intro"]').waitFor();
    const firstScreen = await capture.locator('care-level-finder').evaluate((host) => host.shadowRoot?.innerHTML ?? '');
    await capture.context().close();
    files.set('/static.html', {
      body: staticPage(readFileSync(resolve(ROOT, 'src/ui/styles.css'), 'utf8'), firstScreen),
      type: 'text/html',
    });

    const version = browser.version();
    console.log(`Care Level Finder benchmark: Chromium ${version}, ${RUNS} alternating runs per page and profile`);
    const all = new Map<string, Results>();
    for (const profile of PROFILES) {
      const results: Results = { widget: [], surveyjs: [], static: [] };
      for (let run = 0; run < RUNS; run += 1) {
        for (const subject of SUBJECTS) results[subject].push(await measure(browser, server.url, subject, profile));
      }
      all.set(profile.name, results);
      console.log(`\n${table(profile, results)}`);
    }

    const desktop = all.get('no throttling');
    const phone = all.get('mid-range phone');
    if (!desktop || !phone) throw new Error('a profile did not run');
    const first = (results: Results, subject: Subject) =>
      median(results[subject].map((sample) => sample.firstQuestionMs));
    const phoneRatio = first(phone, 'surveyjs') / first(phone, 'widget');
    const floorRatio = first(desktop, 'widget') / first(desktop, 'static');
    const steps = (results: Results) => median(results.widget.flatMap((sample) => sample.stepLatencyMs));
    const worst = (subject: Subject, pick: (sample: Sample) => number) => Math.max(...phone[subject].map(pick));
    const longest = worst('widget', (sample) => sample.longestTaskMs);
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log('\nTargets');
    console.log(
      `- first question at least 5x sooner than SurveyJS on the phone: ${phoneRatio.toFixed(1)}x, ${verdict(phoneRatio >= 5)}`,
    );
    console.log(
      `- within 1.3x of the static page without throttling: ${floorRatio.toFixed(2)}x, ${verdict(floorRatio <= 1.3)}`,
    );
    console.log(
      `- median step latency under 8 ms without throttling: ${steps(desktop).toFixed(2)} ms, ${verdict(steps(desktop) < 8)}`,
    );
    console.log(`  (on the phone profile, 4x slower CPU: ${steps(phone).toFixed(2)} ms, ${verdict(steps(phone) < 8)})`);
    console.log(
      `- no long task over 50 ms while loading on the phone: longest ${longest.toFixed(0)} ms, ${verdict(longest <= 50)}`,
    );
    const script = worst('widget', (sample) => sample.longestScriptTaskMs);
    console.log(`  (mostly the widget's script: longest ${script.toFixed(0)} ms, ${verdict(script <= 50)};`);
    console.log(
      `  mostly the browser's own work: longest ${worst('widget', (sample) => sample.longestBrowserTaskMs).toFixed(0)} ms, ` +
        `on the static page ${worst('static', (sample) => sample.longestBrowserTaskMs).toFixed(0)} ms)`,
    );

    for (const profile of PROFILES) {
      const clinic: ClinicResults = { none: [], widget: [], surveyjs: [] };
      for (let run = 0; run < RUNS; run += 1) {
        for (const subject of CLINIC_SUBJECTS)
          clinic[subject].push(await measureClinicPage(browser, server.url, subject, profile));
      }
      console.log(`\n${clinicTable(profile, clinic)}`);
    }
    console.log(`\nratio vs SurveyJS: first question ${phoneRatio.toFixed(1)}x`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
