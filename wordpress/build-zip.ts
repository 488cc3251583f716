// The last step of `npm run build`: dist/wordpress/care-level-finder.zip, ready for WordPress's
// Plugins -> Add New -> Upload Plugin. Holds care-level-finder/ with the plugin's files from
// wordpress/ (not this script), the freshly built dist/widget.js and the project's license.
// Fails when a version written in the plugin differs from package.json's.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const ROOT = resolve(import.meta.dirname, '..');
const PLUGIN = resolve(ROOT, 'wordpress');
export const SLUG = 'care-level-finder';
export const ZIP_PATH = resolve(ROOT, 'dist/wordpress', `${SLUG}.zip`);

// One date for every entry, so that the same sources make the same zip.
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The plugin's files, relative to wordpress/, with `/` separators: everything but the build's own TypeScript. */
function pluginFiles(directory = PLUGIN): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return pluginFiles(path);
    return entry.name.endsWith('.ts') ? [] : [relative(PLUGIN, path).split(sep).join('/')];
  });
}

/** Each place the plugin writes its version, and what it says there. */
function versionsInPlugin(): Record<string, string | undefined> {
  const read = (file: string) => readFileSync(resolve(PLUGIN, file), 'utf8');
  return {
    'care-level-finder.php header': /^\s*\*\s*Version:\s*(\S+)/m.exec(read('care-level-finder.php'))?.[1],
    'care-level-finder.php VERSION': /const VERSION = '([^']+)'/.exec(read('care-level-finder.php'))?.[1],
    'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(read('readme.txt'))?.[1],
    'block/block.json version': (JSON.parse(read('block/block.json')) as { version?: string }).version,
    'block/editor.asset.php version': /'version'\s*=>\s*'([^']+)'/.exec(read('block/editor.asset.php'))?.[1],
  };
}

export function buildZip(): { path: string; files: string[] } {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  const wrong = Object.entries(versionsInPlugin()).filter(([, found]) => found !== version);
  if (wrong.length > 0) {
    throw new Error(
      `wordpress/: the plugin's version must be package.json's ${version}; found ${wrong
        .map(([where, found]) => `${found ?? 'nothing'} in ${where}`)
        .join(', ')}`,
    );
  }
  const entries: Zippable = {};
  const add = (name: string, data: Uint8Array) => {
    entries[`${SLUG}/${name}`] = [data, { mtime: MTIME, level: 9 }];
  };
  for (const file of pluginFiles()) add(file, readFileSync(resolve(PLUGIN, file)));
  add('widget.js', readFileSync(resolve(ROOT, 'dist/widget.js')));
  add('license.txt', readFileSync(resolve(ROOT, 'LICENSE')));
  mkdirSync(resolve(ZIP_PATH, '..'), { recursive: true });
  writeFileSync(ZIP_PATH, zipSync(entries));
  return { path: ZIP_PATH, files: Object.keys(entries).sort() };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { path, files } = buildZip();
  console.log(`${relative(ROOT, path)}: ${files.length} files`);
}
