// The code blocks of README.md, so that the tests run exactly what the README shows.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Snippet {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
}

/** The README's URL for widget.js, which tests replace with their own server's. */
export const README_SCRIPT_URL = 'https://your-cdn.example/care-level-finder/widget.js';

export function readmeSnippets(): Snippet[] {
  const lines = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)```(\w+)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? ''); end += 1) body.push((lines[end] ?? '').slice(indent));
    snippets.push({ lang: open[2] ?? '', code: body.join('\n'), line: index + 1 });
    index = end;
  }
  return snippets;
}
