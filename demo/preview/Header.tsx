// The preview's header: what the page is, the language it shows the visitor's words in, and a
// Print button for the whole page.

import { LANGS, type Lang } from '../../src/copy';
import { LANG_NAMES } from '../lang-names';
import { lang } from './state';

export function Header() {
  return (
    <header class="preview-header">
      <div>
        <p class="eyebrow">Care Level Finder · clinician preview</p>
        <h1>Every question, rule and outcome</h1>
        <p class="lead">
          Everything on this page is read from the widget's own code: the questions, the rules, the notes and the words
          a visitor sees. Review it before the widget goes live.
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: two page controls side by side, not a form's fieldset */}
      <div class="controls" role="group" aria-label="Preview controls">
        <label>
          Language{' '}
          <select value={lang.value} onChange={(event) => (lang.value = event.currentTarget.value as Lang)}>
            {LANGS.map((code) => (
              <option key={code} value={code}>
                {LANG_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
    </header>
  );
}
