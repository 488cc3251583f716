// dist/wordpress/care-level-finder.zip as `npm run build` leaves it (the e2e global setup
// builds): the folder WordPress's Upload Plugin expects, the plugin's files, the widget.js just
// built and the licence. wordpress.test.ts installs it on a real WordPress.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, ZIP_PATH } from '../../wordpress/build-zip';

const ROOT = resolve(import.meta.dirname, '../..');
const PLUGIN = resolve(ROOT, 'wordpress');

function pluginSources(directory = PLUGIN): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return pluginSources(path);
    return entry.name.endsWith('.ts') ? [] : [relative(PLUGIN, path).split(sep).join('/')];
  });
}

describe('the WordPress plugin zip', () => {
  const zip = readFileSync(ZIP_PATH);
  const entries = unzipSync(zip);

  it('holds care-level-finder/ with the plugin files, the built widget.js and the licence, and nothing else', () => {
    const expected = [...pluginSources(), 'widget.js', 'license.txt'].map((file) => `care-level-finder/${file}`);
    expect(Object.keys(entries).sort()).toEqual(expected.sort());
    expect(expected).toContain('care-level-finder/care-level-finder.php');
    expect(expected).toContain('care-level-finder/uninstall.php');
    expect(expected).toContain('care-level-finder/readme.txt');
  });

  it('has the widget.js of this build and the project licence, byte for byte', () => {
    expect(
      Buffer.from(entries['care-level-finder/widget.js'] ?? []).equals(readFileSync(resolve(ROOT, 'dist/widget.js'))),
    ).toBe(true);
    expect(
      Buffer.from(entries['care-level-finder/license.txt'] ?? []).equals(readFileSync(resolve(ROOT, 'LICENSE'))),
    ).toBe(true);
    for (const file of pluginSources()) {
      expect(
        Buffer.from(entries[`care-level-finder/${file}`] ?? []).equals(readFileSync(resolve(PLUGIN, file))),
        file,
      ).toBe(true);
    }
  });

  it('is the same zip when built again from the same files', () => {
    buildZip();
    expect(readFileSync(ZIP_PATH).equals(zip)).toBe(true);
  });
});
