import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCENT, snippetOf, type BuilderFields } from '../../demo/builder/snippet';

const FIELDS: BuilderFields = {
  phone: '(555) 010-4477',
  clinicName: 'Harbor Light Recovery',
  hours: '',
  lang: '',
  offers: ['residential', 'iop', 'outpatient'],
  mode: 'inline',
  accent: DEFAULT_ACCENT,
};

describe('the builder snippet', () => {
  it('is the README paste-in with only the attributes that differ from the defaults', () => {
    expect(snippetOf(FIELDS)).toBe(
      '<script src="https://your-cdn.example/care-level-finder/widget.js" async></script>\n' +
        '<care-level-finder phone="(555) 010-4477" clinic-name="Harbor Light Recovery"></care-level-finder>',
    );
  });

  it('writes offers when detox is added, or a level left out, and never for the default', () => {
    const offersOf = (offers: BuilderFields['offers']) => snippetOf({ ...FIELDS, offers }).match(/offers="([^"]*)"/)?.[1] ?? null;
    expect(offersOf(['residential', 'iop', 'outpatient'])).toBeNull();
    expect(offersOf(['residential', 'iop', 'outpatient', 'detox'])).toBe('residential iop outpatient detox');
    expect(offersOf(['iop', 'detox'])).toBe('iop detox');
    // No level at all: the widget assumes the default, and the builder says so beside the field.
    expect(offersOf(['detox'])).toBeNull();
  });

  it('adds the chosen language, offers, mode and accent, and escapes what it quotes', () => {
    const snippet = snippetOf({ ...FIELDS, clinicName: 'A & "B" <C>', lang: 'es', offers: ['iop', 'outpatient'], mode: 'popup', accent: '#1e3a8a' });
    expect(snippet.split('\n')).toEqual([
      '<style>care-level-finder { --clf-accent: #1e3a8a; }</style>',
      '<script src="https://your-cdn.example/care-level-finder/widget.js" async></script>',
      '<care-level-finder phone="(555) 010-4477" clinic-name="A &amp; &quot;B&quot; &lt;C&gt;" lang="es" offers="iop outpatient" mode="popup"></care-level-finder>',
    ]);
  });
});
