// The clinician preview: every question, rule, note and outcome, read from the code that runs
// in the widget (questions, rule data, copy), never from a second hand-written copy. One file
// per section; the state they share (language, the row the live widget starts from) is state.ts.

import { CombinationTable } from './CombinationTable';
import { Header } from './Header';
import { LivePanel } from './LivePanel';
import { Notes } from './Notes';
import { Outcomes } from './Outcomes';
import { PhoneTeam } from './PhoneTeam';
import { Questions } from './Questions';
import { Safety } from './Safety';
import { copy, liveRow } from './state';

export function PreviewPage() {
  const words = copy.value;
  return (
    <>
      <Header />
      <nav class="toc" aria-label="On this page">
        <a href="#questions">Questions</a> <a href="#outcomes">Outcomes and rules</a> <a href="#notes">Notes</a>{' '}
        <a href="#combinations">Every combination</a> <a href="#safety">Emergency, crisis and help</a>{' '}
        <a href="#phone-team">For your phone team</a> <a href="#live">Live widget</a>
      </nav>
      <div class="layout">
        <main class="content">
          <Questions copy={words} />
          <Outcomes copy={words} />
          <Notes copy={words} />
          <CombinationTable copy={words} />
          <Safety copy={words} />
          <PhoneTeam row={liveRow.value} />
        </main>
        <LivePanel />
      </div>
    </>
  );
}
