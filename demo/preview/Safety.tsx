// "Emergency, crisis and help": the exact words of the emergency and crisis screens with their
// guides, the "Need help now?" panel, the clinic's call button and the widget's fallback.

import type { Copy } from '../../src/copy';
import { CopyTable } from './CopyTables';
import { Guides } from './Guides';

export function Safety({ copy: words }: { readonly copy: Copy }) {
  return (
    <section id="safety" aria-labelledby="safety-title">
      <h2 id="safety-title">Emergency, crisis, “Need help now?” and the call</h2>
      <h3>Emergency screen (a danger sign other than suicidal thoughts)</h3>
      <CopyTable section={words.emergency} />
      <Guides copy={words} />
      <h3>Crisis screen (thoughts of suicide or of hurting someone)</h3>
      <CopyTable section={words.crisis} />
      <h3>“Need help now?” panel (on every screen)</h3>
      <CopyTable section={words.helpPanel} />
      <h3>The clinic's call button</h3>
      <CopyTable section={words.call} />
      <h3>If the widget fails</h3>
      <CopyTable section={words.fallback} />
    </section>
  );
}
