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
/** The text fields, by the attribute the widget's parser names in its problems. */
const TEXT_FIELDS = { phone: 'phone', clinicName: 'clinic-name', hours: 'hours' } as const;
/**
 * The live preview keeps each text field's last good value while the field holds one the
 * widget has a problem with (a number it refuses, a name it must shorten): the field explains
 * the problem, and the widget is not made to log it on every keystroke.
 */
const previewFields = signal(fields.value);
effect(() => {
  const next = { ...fields.value };
  for (const [field, attribute] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, string][]) {
    if (problems.value.has(attribute)) next[field] = previewFields.peek()[field];
  }
  previewFields.value = next;
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

/** A text field for one attribute, labelled, with the widget's own problem with it below. */
function TextField({
  field,
  label,
  tel = false,
}: {
  readonly field: keyof typeof TEXT_FIELDS;
  readonly label: string;
  /** A phone number: the phone keypad. */
  readonly tel?: boolean;
}) {
  const attribute = TEXT_FIELDS[field];
  const input = {
    id: attribute,
    name: attribute,
    value: fields.value[field],
    'aria-describedby': describedBy(attribute),
    // Marked invalid while the widget has a problem with it (a number it refuses, a name it
    // must shorten), so a screen reader says so along with the message.
    'aria-invalid': problems.value.has(attribute),
    onInput: (event: { readonly currentTarget: HTMLInputElement }) => update({ [field]: event.currentTarget.value }),
  };
  return (
    <>
      <label for={attribute}>{label}</label>
      {tel ? <input {...input} type="tel" /> : <input {...input} />}
      <Problem attribute={attribute} />
    </>
  );
}

/** A checkbox or a radio button with its words after it (and the id of a hint that explains it). */
function Choice({
  label,
  hint,
  onChange,
  ...input
}: {
  readonly type: 'checkbox' | 'radio';
  readonly name: string;
  readonly value?: string;
  readonly checked: boolean;
  readonly hint?: string;
  readonly onChange: (checked: boolean) => void;
  readonly label: string;
}) {
  return (
    <label class="check">
      <input {...input} aria-describedby={hint} onChange={(event) => onChange(event.currentTarget.checked)} /> {label}
    </label>
  );
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
          <TextField field="phone" label="Phone number for the call button" tel />
          <TextField field="clinicName" label="Clinic name" />
          <TextField field="hours" label="Hours (optional)" />

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
              <Choice
                key={level}
                type="checkbox"
                name="offers"
                value={level}
                checked={value.offers.includes(level)}
                onChange={(checked) => {
                  const offers = checked
                    ? OFFERS.filter((known) => known === level || value.offers.includes(known))
                    : value.offers.filter((known) => known !== level);
                  update({ offers });
                }}
                label={OFFER_LABELS[level]}
              />
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
              <Choice
                key={mode}
                type="radio"
                name="mode"
                value={mode}
                checked={value.mode === mode}
                onChange={() => update({ mode })}
                label={mode === 'inline' ? 'In the page' : 'A floating “Find the right care” button'}
              />
            ))}
          </fieldset>

          <Choice
            type="checkbox"
            name="pinned"
            checked={value.pinned}
            hint="pinned-hint"
            onChange={(pinned) => update({ pinned })}
            label="Pin this exact version (Subresource Integrity)"
          />
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
          <LivePreview fields={previewFields.value} />
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
