// Every string of a section of the visitor copy as a table of key and words, for the screens
// the preview shows whole (emergency, crisis, "Need help now?", the call, the fallback).

import type { Text } from '../../src/copy';
import { VoicedRow } from './shared';

/** Every string of a copy section, with its key, the functions shown for "Harbor Light". */
export function CopyTable({ section }: { readonly section: object }) {
  const rows: [string, Text][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') rows.push([path, value]);
    else if (typeof value === 'function') {
      rows.push(
        [`${path} (with a clinic name)`, String(value('Harbor Light'))],
        [`${path} (without)`, String(value(null))],
      );
    } else if (value && typeof value === 'object' && 'self' in value && 'loved-one' in value)
      rows.push([path, value as Text]);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(section, '');
  return (
    <table class="copy">
      <tbody>
        {rows.map(([key, text]) => (
          <VoicedRow key={key} head={<code>{key}</code>} text={text} />
        ))}
      </tbody>
    </table>
  );
}
