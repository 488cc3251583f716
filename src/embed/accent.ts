// A clinic may theme the widget with --clf-accent (buttons, selected answers) and
// --clf-accent-contrast (text on the accent). A pair a visitor cannot read is never shown:
// the widget picks black or white text instead, and says so once in the console.

/** WCAG 2.2 minimums: 4.5:1 for text, 3:1 for the edges of controls. */
const TEXT_CONTRAST = 4.5;
const CONTROL_CONTRAST = 3;
const CARD: Rgb = [255, 255, 255];
const INK = '#1f2933';

type Rgb = readonly [number, number, number];

type ColorReader = (value: string) => Rgb | null;

/**
 * Reads any CSS color (names, hex, rgb(), hsl()...) through a canvas, which CSP allows.
 * Null where there is no canvas (some test DOMs): then nothing is checked.
 */
function colorReader(doc: Document): ColorReader | null {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = doc.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
  return context ? (value) => parseColor(context, value) : null;
}

function parseColor(context: CanvasRenderingContext2D, value: string): Rgb | null {
  if (!value) return null;
  context.fillStyle = '#010203';
  context.fillStyle = value;
  const normalized = String(context.fillStyle);
  // An invalid color leaves the sentinel in place.
  if (normalized === '#010203' && value.replace(/\s/g, '').toLowerCase() !== '#010203') return null;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normalized);
  if (hex) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16)];
  // Colors with transparency come back as rgba(); the alpha is ignored (treated as opaque).
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normalized);
  return rgba ? [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface AccentFix {
  /** CSS for the widget's root, overriding the clinic's pair; empty when nothing is wrong. */
  readonly css: string;
  /** One sentence per problem, for the console. */
  readonly warnings: readonly string[];
}

/** The clinic's accent and text-on-accent colors, as the host element computes them. */
export function accentPair(host: Element): { readonly accent: string; readonly onAccent: string } {
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  return {
    accent: style?.getPropertyValue('--clf-accent').trim() ?? '',
    onAccent: style?.getPropertyValue('--clf-accent-contrast').trim() ?? '',
  };
}

/** Checks a clinic's accent pair; nothing to do (and no canvas made) when none is set. */
export function checkAccent(doc: Document, pair: ReturnType<typeof accentPair>): AccentFix {
  const accentText = pair.accent;
  if (!accentText) return { css: '', warnings: [] };
  const read = colorReader(doc);
  if (!read) return { css: '', warnings: [] };
  const accent = read(accentText);
  if (!accent) return { css: '', warnings: [`--clf-accent: ${accentText} is not a color; using the default accent.`] };

  const rules: string[] = [];
  const warnings: string[] = [];
  const contrastText = pair.onAccent || '#ffffff';
  const onAccent = read(contrastText) ?? [255, 255, 255];
  const ratio = contrast(accent, onAccent);
  if (ratio < TEXT_CONTRAST) {
    const white: Rgb = [255, 255, 255];
    const black: Rgb = [0, 0, 0];
    const readable = contrast(accent, white) >= contrast(accent, black) ? '#ffffff' : '#000000';
    rules.push(`--accent-contrast: ${readable};`);
    warnings.push(
      `--clf-accent: ${accentText} with text ${contrastText} has a contrast of ${ratio.toFixed(1)}:1 (needs ${TEXT_CONTRAST}:1); using ${readable} for text on the accent.`,
    );
  }
  const edge = contrast(accent, CARD);
  if (edge < CONTROL_CONTRAST) {
    rules.push(`--accent-line: ${INK};`);
    warnings.push(
      `--clf-accent: ${accentText} has a contrast of ${edge.toFixed(1)}:1 against the white card (needs ${CONTROL_CONTRAST}:1); selected answers are outlined in dark gray instead.`,
    );
  }
  return { css: rules.length > 0 ? `.clf { ${rules.join(' ')} }` : '', warnings };
}
