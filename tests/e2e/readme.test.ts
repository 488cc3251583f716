// Every snippet in README.md is run by a test: the HTML ones here, on a page, as a clinic
// would paste them; the JavaScript ones here, on a page with the script; the TypeScript import
// in consumer.test.ts; the shell commands by CI (`npm ci`, `npm test`), by consumer.test.ts
// (installing the package) and by the `npm start` test below. The snippets that talk to a
// vendor's script (call tracking, analytics) are run by their own test files against
// stand-ins for the vendor (support/readme.ts, RUN_AGAINST_STAND_INS); this file checks that
// each of those files does read them.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choose, continueStep, expectStep, press, withPage, useBrowserAndServer } from './support/browser';
import { README_SCRIPT_URL, readmeSnippets, RUN_AGAINST_STAND_INS, standInTestOf } from './support/readme';

const fixture = useBrowserAndServer();

const ROOT = resolve(import.meta.dirname, '../..');
const SNIPPETS = readmeSnippets();
/** The snippets a clinic pastes as they are; the others need a vendor's stand-in. */
const PLAIN = SNIPPETS.filter((snippet) => standInTestOf(snippet) === undefined);
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>${body}</body></html>`;
}

describe('README.md', () => {
  it('has only snippets that some test runs', () => {
    // ```text blocks are shown, not run: a line with a value that differs per build (the SRI hash).
    const kinds = SNIPPETS.map((snippet) => snippet.lang).filter((lang) => lang !== 'text');
    expect(new Set(kinds)).toEqual(new Set(['html', 'js', 'ts', 'sh']));
    for (const shown of SNIPPETS.filter((snippet) => snippet.lang === 'text'))
      expect(shown.code).toContain('integrity="sha384-');
    const commands = SNIPPETS.filter((snippet) => snippet.lang === 'sh').flatMap((snippet) =>
      snippet.code.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()),
    );
    // The two commands of the Quick start, and installing the package (consumer.test.ts).
    expect(commands).toEqual(['npm install care-level-finder', 'npm install && npm start', 'npm test']);
  });

  it.each(Object.entries(RUN_AGAINST_STAND_INS))(
    'leaves the snippets under "%s" to %s, which reads them',
    (heading, file) => {
      const snippets = SNIPPETS.filter((snippet) => standInTestOf(snippet) === file);
      expect(snippets.length, `no snippet under the heading "${heading}"`).toBeGreaterThan(0);
      const path = resolve(import.meta.dirname, file);
      expect(existsSync(path), `${file} should exist`).toBe(true);
      expect(readFileSync(path, 'utf8')).toContain('snippetsRunBy(import.meta.filename)');
    },
  );

  it.each(PLAIN.filter((snippet) => snippet.lang === 'html').map((snippet) => [snippet.line, snippet]))(
    'runs the HTML snippet at line %i as pasted, with no console message',
    async (line, snippet) => {
      expect(snippet.code).toContain(README_SCRIPT_URL);
      fixture.server.page(`/readme-${line}.html`, page(snippet.code.replace(README_SCRIPT_URL, '/widget.js')));
      await withPage(fixture.browser, `${fixture.server.url}/readme-${line}.html`, async ({ page: tab }) => {
        const messages: string[] = [];
        tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
        const host = tab.locator('care-level-finder');
        // The element's own mode (the paste-in's reserve rule names popup mode too).
        if (/<care-level-finder[^>]*\smode="popup"/.test(snippet.code)) {
          await host.locator('.launcher').click();
        }
        await expectStep(host, 'intro');
        await press(host, 'start');
        await expectStep(host, 'who');
        expect(messages).toEqual([]);
      });
    },
  );

  it.each(PLAIN.filter((snippet) => snippet.lang === 'js').map((snippet) => [snippet.line, snippet]))(
    'runs the JavaScript snippet at line %i on a page with the script',
    async (_line, snippet) => {
      fixture.server.page(
        '/readme-js.html',
        page(
          '<script src="/widget.js"></script><div id="screening"></div><care-level-finder phone="+1-555-010-4477" persist="none"></care-level-finder>',
        ),
      );
      await withPage(fixture.browser, `${fixture.server.url}/readme-js.html`, async ({ page: tab, problems }) => {
        const logs: string[] = [];
        tab.on('console', (message) => logs.push(message.text()));
        await expectStep(tab.locator('care-level-finder'), 'intro');
        // The build stamps the package's version into the global.
        expect(await tab.evaluate(() => window.CareLevelFinder?.version)).toBe(VERSION);
        // Note whether mount() rendered, for a snippet that mounts and then unmounts at once.
        await tab.evaluate(() => {
          const api = window.CareLevelFinder;
          if (!api) throw new Error('widget.js did not define CareLevelFinder');
          Object.assign(window, { __mounted: false });
          window.CareLevelFinder = {
            ...api,
            mount: (target, options) => {
              const widget = api.mount(target, options);
              Object.assign(window, { __mounted: Boolean(target.shadowRoot?.querySelector('[data-step="intro"]')) });
              return widget;
            },
          };
        });
        await tab.addScriptTag({ content: snippet.code });
        if (snippet.code.includes('#screening')) {
          expect(await tab.evaluate(() => (window as unknown as { __mounted: boolean }).__mounted)).toBe(true);
        }
        if (snippet.code.includes('clf:complete')) {
          const host = tab.locator('care-level-finder');
          await press(host, 'start');
          for (const option of ['self', 'overdose']) {
            await choose(host, option);
            await continueStep(host);
          }
          await expectStep(host, 'result');
          expect(logs).toContain('A visitor saw a suggestion.');
        }
        expect(problems).toEqual([]);
      });
    },
  );

  it('npm start builds, serves the demo on 127.0.0.1 and prints its address', async () => {
    // As a developer runs it: not under vitest's NODE_ENV=test, which would make Vite write a
    // development bundle over the production one the other tests load.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((found, fail) => {
        let output = '';
        const timer = setTimeout(() => fail(new Error(`no address printed:\n${output}`)), 60_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Care Level Finder demo: (http:\/\/127\.0\.0\.1:\d+\/demo\/)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            found(match[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => fail(new Error(`npm start exited (${code}):\n${output}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<care-level-finder');
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
