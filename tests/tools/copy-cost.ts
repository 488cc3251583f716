// How much of dist/widget.js is the visitor copy, and how much is code: builds the widget twice,
// once as it is and once with every string literal of src/copy/en.ts, es.ts and contacts.ts (the words, and the numbers
// and addresses they link to) emptied, and
// prints both sizes and their difference (gzip -9 and brotli 11, as a visitor downloads them).
// Run: npx tsx tests/tools/copy-cost.ts
// Used to set the size budget when copy is added: the budget may rise by what the copy costs.

import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { compressedKiB } from '../../vite.config';

const ROOT = resolve(import.meta.dirname, '../..');

/** Empties every quoted or template string in the copy files, keeping the code around them. */
function withoutCopyText(): Plugin {
  return {
    name: 'clf-without-copy-text',
    enforce: 'pre',
    transform(code, id) {
      if (!/src\/copy\/(en|es|contacts)\.ts$/.test(id)) return null;
      const emptied = code
        .split('\n')
        .map((line) =>
          /^\s*(import|\/\/)/.test(line) ? line : line.replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"),
        )
        .join('\n');
      return { code: emptied, map: null };
    },
  };
}

async function widgetSize(plugins: Plugin[]): Promise<{ gzip: number; brotli: number }> {
  const output = await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    plugins,
    build: { write: false },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const widget = result.output.find((file) => file.fileName === 'widget.js');
    if (widget && widget.type === 'chunk') return compressedKiB(widget.code);
  }
  throw new Error('no widget.js in the build output');
}

const whole = await widgetSize([]);
const code = await widgetSize([withoutCopyText()]);
const row = (name: string, size: { gzip: number; brotli: number }) =>
  `${name.padEnd(28)} ${size.gzip.toFixed(2).padStart(6)} KiB gzip ${size.brotli.toFixed(2).padStart(6)} KiB brotli`;
console.log(row('dist/widget.js', whole));
console.log(row('without the copy text', code));
console.log(row('the copy text (difference)', { gzip: whole.gzip - code.gzip, brotli: whole.brotli - code.brotli }));
