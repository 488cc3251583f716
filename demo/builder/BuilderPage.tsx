// The embed-code builder: a clinic's webmaster fills in a few fields, sees the real widget
// follow, and copies the paste-in. Bad input is explained next to its field by the widget's
// own option parser, so the builder and the widget can never disagree about what is valid.

import { computed, effect, signal } from '@preact/signals';
import { MODES, parseOptions } from '../../src/config';
import { LANGS } from '../../src/copy';
import { LEVELS, OFFERS, type Offer } from '../../src/screening';
import { LANG_NAMES } from '../lang-names';
import './jsx-element';
import { attributesOf, DEFAULT_ACCENT, snippetOf, type BuilderFields } from './snippet';

const OFFER_LABELS: { readonly [O in Offer]: string } = {
  residential: 'Residential',
  iop: 'Intensive outpatient (IOP)',
  outpatient: 'Outpatient',
  detox: 'Medical detox (supervised withdrawal)',
};

const fields = signal<BuilderFields>({
  phone: '(555) 010-4477',
  clinicName: 'Harbor Light Recovery',
  hours: 'Open every day, 8 am to 10 pm',
  lang: '',
  offers: LEVELS,
  mode: 'inline',
  accent: DEFAULT_ACCENT,
  pinned: false,
});
/** The Subresource Integrity value of the very widget.js this builder serves, once computed. */
const integrity = signal<string | null>(null);
const snippet = computed(() => snippetOf(fields.value, integrity.value));

/** sha384 of ../widget.js, as a browser checks an `integrity` attribute (base64 of the digest). */
async function computeIntegrity(): Promise<void> {
  const bytes = await (await fetch('../widget.js')).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  integrity.value = `sha384-${btoa(String.fromCharCode(...digest))}`;
}
computeIntegrity().catch(() => {
  integrity.value = null;
});
/** What the widget itself would say about these attributes, by attribute name. */
const problems = computed(() => {
  const value = fields.value;
  const { problems: found } = parseOptions({
    phone: value.phone,
    clinicName: value.clinicName,
    hours: value.hours,
    lang: value.lang || null,
    offers: value.offers.join(' '),
    mode: value.mode,
  });
  return new Map(found.map((problem) => [problem.attribute, problem.message]));
});
const copied = signal('');
/**
 * The live preview keeps the last valid number while the field holds a bad one: the field
 * explains the problem, and the widget is not made to log an error on every keystroke.
 */
const previewPhone = signal(fields.value.phone);
effect(() => {
  if (!problems.value.has('phone')) previewPhone.value = fields.value.phone;
});

function update(change: Partial<BuilderFields>) {
  fields.value = { ...fields.value, ...change };
  copied.value = '';
}

function Problem({ attribute }: { readonly attribute: string }) {
  const message = problems.value.get(attribute);
  return message ? (
    <p id={`${attribute}-problem`} class="problem" role="status">
      {message}
    </p>
  ) : null;
}

function describedBy(attribute: string): string | undefined {
  return problems.value.has(attribute) ? `${attribute}-problem` : undefined;
}

export function BuilderPage() {
  const value = fields.value;
  return (
    <>
      <header class="builder-header">
        <p class="eyebrow">Care Level Finder · embed builder</p>
        <h1>Set up the widget for your site</h1>
        <p>Fill in your clinic's details, check the preview, then copy the three lines into your page.</p>
      </header>
      <div class="builder">
        <form class="fields" onSubmit={(event) => event.preventDefault()} aria-label="Widget settings">
          <label for="phone">Phone number for the call button</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            value={value.phone}
            aria-describedby={describedBy('phone')}
            aria-invalid={problems.value.has('phone')}
            onInput={(event) => update({ phone: event.currentTarget.value })}
          />
          <Problem attribute="phone" />

          <label for="clinic-name">Clinic name</label>
          <input
            id="clinic-name"
            name="clinic-name"
            value={value.clinicName}
            aria-describedby={describedBy('clinic-name')}
            onInput={(event) => update({ clinicName: event.currentTarget.value })}
          />
          <Problem attribute="clinic-name" />

          <label for="hours">Hours (optional)</label>
          <input
            id="hours"
            name="hours"
            value={value.hours}
            aria-describedby={describedBy('hours')}
            onInput={(event) => update({ hours: event.currentTarget.value })}
          />
          <Problem attribute="hours" />

          <label for="lang">Language</label>
          <select
            id="lang"
            name="lang"
            value={value.lang}
            onChange={(event) => update({ lang: event.currentTarget.value as BuilderFields['lang'] })}
          >
            <option value="">The language of the page</option>
            {LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {LANG_NAMES[lang]}
              </option>
            ))}
          </select>

          <fieldset aria-describedby={describedBy('offers')}>
            <legend>Care you offer</legend>
            {OFFERS.map((level) => (
              <label key={level} class="check">
                <input
                  type="checkbox"
                  name="offers"
                  value={level}
                  checked={value.offers.includes(level)}
                  onChange={(event) => {
                    const offers = event.currentTarget.checked
                      ? OFFERS.filter((known) => known === level || value.offers.includes(known))
                      : value.offers.filter((known) => known !== level);
                    update({ offers });
                  }}
                />{' '}
                {OFFER_LABELS[level]}
              </label>
            ))}
            {!value.offers.some((offer) => (LEVELS as readonly string[]).includes(offer)) ? (
              <p id="offers-problem" class="problem" role="status">
                Choose at least one level; with none chosen the widget assumes you offer all three.
              </p>
            ) : null}
          </fieldset>

          <fieldset>
            <legend>How it appears</legend>
            {MODES.map((mode) => (
              <label key={mode} class="check">
                <input
                  type="radio"
                  name="mode"
                  value={mode}
                  checked={value.mode === mode}
                  onChange={() => update({ mode })}
                />{' '}
                {mode === 'inline' ? 'In the page' : 'A floating “Find the right care” button'}
              </label>
            ))}
          </fieldset>

          <label class="check">
            <input
              type="checkbox"
              name="pinned"
              checked={value.pinned}
              aria-describedby="pinned-hint"
              onChange={(event) => update({ pinned: event.currentTarget.checked })}
            />{' '}
            Pin this exact version (Subresource Integrity)
          </label>
          <p id="pinned-hint" class="hint">
            For a URL that names a version, such as …/care-level-finder@0.1.0/widget.js: the browser then runs that
            exact file and nothing else, even if the server is taken over. Leave it off for a URL that changes under you
            (an unversioned or "latest" URL), or the widget will stop loading at the next release.
            {value.pinned && !integrity.value ? ' Computing the value…' : ''}
          </p>

          <label for="accent">Accent color</label>
          <input
            id="accent"
            name="accent"
            type="color"
            value={value.accent}
            onInput={(event) => update({ accent: event.currentTarget.value })}
          />
        </form>

        <section class="output" aria-labelledby="snippet-title">
          <h2 id="snippet-title">Paste this into your page</h2>
          <pre>
            <code id="snippet">{snippet.value}</code>
          </pre>
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(snippet.value);
                copied.value = 'Copied.';
              } catch {
                copied.value = 'Select the text above and copy it.';
              }
            }}
          >
            Copy the code
          </button>{' '}
          <span role="status">{copied.value}</span>
          <h2>Preview</h2>
          <LivePreview fields={{ ...value, phone: previewPhone.value }} />
        </section>
      </div>
    </>
  );
}

/**
 * The real widget on this page, following every field through its attributes (set before the
 * element joins the page, so it starts with the clinic's number).
 */
function LivePreview({ fields: current }: { readonly fields: BuilderFields }) {
  const attributes = Object.fromEntries(attributesOf(current));
  // persist="none": trying settings out must not leave a half-finished screening behind.
  return (
    <care-level-finder id="builder-preview" persist="none" {...attributes} style={{ '--clf-accent': current.accent }} />
  );
}
