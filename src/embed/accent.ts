// A clinic may theme the widget with --clf-accent (buttons, selected answers) and
// --clf-accent-contrast (text on the accent). A pair a visitor cannot read is never shown:
// the widget picks black or white text instead, and says so once in the console.

/** WCAG 2.2 minimums: 4.5:1 for text, 3:1 for the edges of controls. */
const TEXT_CONTRAST = 4.5;
const CONTROL_CONTRAST = 3;
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** The default accent of styles.css, used when a clinic's is not a color. */
const DEFAULT_ACCENT = '#0f766e';
const DEFAULT_ACCENT_RGB: Rgb = [15, 118, 110];
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
  // Colors with transparency come back as rgba(). A see-through color has no fixed contrast
  // (it depends on what is behind it), so it counts as unreadable.
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(normalized);
  if (!rgba || (rgba[4] !== undefined && Number(rgba[4]) < 1)) return null;
  return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])];
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

/**
 * Checks a clinic's accent pair, when either color is set (nothing to do, and no canvas made,
 * otherwise). A color that is not a color, or is see-through, is replaced, never trusted.
 */
export function checkAccent(doc: Document, pair: ReturnType<typeof accentPair>): AccentFix {
  if (!pair.accent && !pair.onAccent) return { css: '', warnings: [] };
  const read = colorReader(doc);
  if (!read) return { css: '', warnings: [] };
  const rules: string[] = [];
  const warnings: string[] = [];

  let accentText = pair.accent || DEFAULT_ACCENT;
  let accent = read(accentText);
  if (!accent) {
    warnings.push(`--clf-accent: ${accentText} is not an opaque color; using the default accent ${DEFAULT_ACCENT}.`);
    rules.push(`--accent: ${DEFAULT_ACCENT};`);
    accentText = DEFAULT_ACCENT;
    accent = DEFAULT_ACCENT_RGB;
  }

  const contrastText = pair.onAccent || '#ffffff';
  const onAccent = read(contrastText);
  const ratio = onAccent ? contrast(accent, onAccent) : 0;
  if (ratio < TEXT_CONTRAST) {
    const readable = contrast(accent, WHITE) >= contrast(accent, BLACK) ? '#ffffff' : '#000000';
    rules.push(`--accent-contrast: ${readable};`);
    warnings.push(
      onAccent
        ? `--clf-accent: ${accentText} with text ${contrastText} has a contrast of ${ratio.toFixed(1)}:1 (needs ${TEXT_CONTRAST}:1); using ${readable} for text on the accent.`
        : `--clf-accent-contrast: ${contrastText} is not an opaque color; using ${readable} for text on the accent.`,
    );
  }
  const edge = contrast(accent, WHITE);
  if (edge < CONTROL_CONTRAST) {
    rules.push(`--accent-line: ${INK};`);
    warnings.push(
      `--clf-accent: ${accentText} has a contrast of ${edge.toFixed(1)}:1 against the white card (needs ${CONTROL_CONTRAST}:1); selected answers are outlined in dark gray instead.`,
    );
  }
  return { css: rules.length > 0 ? `.clf { ${rules.join(' ')} }` : '', warnings };
}
