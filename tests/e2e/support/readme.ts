// The code blocks of README.md, so that the tests run exactly what the README shows.

import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export interface Snippet {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
  /** The headings the snippet sits under, outermost first. */
  readonly headings: readonly string[];
}

/** The README's URL for widget.js, which tests replace with their own server's. */
export const README_SCRIPT_URL = 'https://your-cdn.example/care-level-finder/widget.js';

/**
 * README sections whose snippets talk to a vendor's script (a call-tracking service, an
 * analytics tool): each is run by the test file named here, against a stand-in for that
 * vendor's global, instead of as a plain paste-in by readme.test.ts. That file reads them
 * with `snippetsRunBy(import.meta.filename)`, and readme.test.ts checks that it does.
 */
export const RUN_AGAINST_STAND_INS: Readonly<Record<string, string>> = {
  'Call tracking': 'call-tracking.test.ts',
  Analytics: 'analytics.test.ts',
};

export function readmeSnippets(): Snippet[] {
  const lines = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  const headings: { level: number; text: string }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const heading = /^(#{1,6})\s+(.+?)\s*$/.exec(lines[index] ?? '');
    if (heading) {
      const level = heading[1]?.length ?? 1;
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: heading[2] ?? '' });
      continue;
    }
    const open = /^(\s*)```(\w+)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? ''); end += 1)
      body.push((lines[end] ?? '').slice(indent));
    snippets.push({
      lang: open[2] ?? '',
      code: body.join('\n'),
      line: index + 1,
      headings: headings.map((h) => h.text),
    });
    index = end;
  }
  return snippets;
}

/** The test file that runs `snippet` against a stand-in, if it sits in such a section. */
export function standInTestOf(snippet: Snippet): string | undefined {
  for (const heading of snippet.headings) {
    const file = RUN_AGAINST_STAND_INS[heading];
    if (file) return file;
  }
  return undefined;
}

/** The snippets that the test file `testFile` (a path or a name) runs against stand-ins. */
export function snippetsRunBy(testFile: string): Snippet[] {
  return readmeSnippets().filter((snippet) => standInTestOf(snippet) === basename(testFile));
}
