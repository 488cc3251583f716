import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ACCENT, RESERVE_RULE, snippetOf, type BuilderFields } from '../../demo/builder/snippet';

const FIELDS: BuilderFields = {
  phone: '(555) 010-4477',
  clinicName: 'Harbor Light Recovery',
  hours: '',
  lang: '',
  offers: ['residential', 'iop', 'outpatient'],
  mode: 'inline',
  accent: DEFAULT_ACCENT,
  pinned: false,
};

describe('the builder snippet', () => {
  it('is the README paste-in with only the attributes that differ from the defaults', () => {
    expect(snippetOf(FIELDS)).toBe(
      '<script src="https://your-cdn.example/care-level-finder/widget.js" async></script>\n' +
        `<style>${RESERVE_RULE}</style>\n` +
        '<care-level-finder phone="(555) 010-4477" clinic-name="Harbor Light Recovery"></care-level-finder>',
    );
    // The very lines of the README's paste-in, but for the attributes.
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const pasteIn = /```html\n([\s\S]*?)\n```/.exec(readme)?.[1]?.split('\n') ?? [];
    expect(pasteIn.slice(0, 2)).toEqual(snippetOf(FIELDS).split('\n').slice(0, 2));
    expect(pasteIn).toHaveLength(3);
  });

  it('pins the script with its integrity value only when asked and once it is known', () => {
    const value = 'sha384-abc';
    expect(snippetOf(FIELDS, value)).not.toContain('integrity');
    expect(snippetOf({ ...FIELDS, pinned: true }, null)).not.toContain('integrity');
    expect(snippetOf({ ...FIELDS, pinned: true }, value).split('\n')[0]).toBe(
      '<script src="https://your-cdn.example/care-level-finder/widget.js" integrity="sha384-abc" crossorigin="anonymous" async></script>',
    );
  });

  it('reserves no room in popup mode, whose element takes none', () => {
    expect(snippetOf({ ...FIELDS, mode: 'popup' })).not.toContain('min-height');
  });

  it('writes offers when detox is added, or a level left out, and never for the default', () => {
    const offersOf = (offers: BuilderFields['offers']) =>
      snippetOf({ ...FIELDS, offers }).match(/offers="([^"]*)"/)?.[1] ?? null;
    expect(offersOf(['residential', 'iop', 'outpatient'])).toBeNull();
    expect(offersOf(['residential', 'iop', 'outpatient', 'detox'])).toBe('residential iop outpatient detox');
    expect(offersOf(['iop', 'detox'])).toBe('iop detox');
    // No level at all: the widget assumes the default, and the builder says so beside the field.
    expect(offersOf(['detox'])).toBeNull();
  });

  it('adds the chosen language, offers, mode and accent, and escapes what it quotes', () => {
    const snippet = snippetOf({
      ...FIELDS,
      clinicName: 'A & "B" <C>',
      lang: 'es',
      offers: ['iop', 'outpatient'],
      mode: 'popup',
      accent: '#1e3a8a',
    });
    expect(snippet.split('\n')).toEqual([
      '<script src="https://your-cdn.example/care-level-finder/widget.js" async></script>',
      '<style>care-level-finder { --clf-accent: #1e3a8a; }</style>',
      '<care-level-finder phone="(555) 010-4477" clinic-name="A &amp; &quot;B&quot; &lt;C&gt;" lang="es" offers="iop outpatient" mode="popup"></care-level-finder>',
    ]);
  });
});
