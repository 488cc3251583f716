// "Before you call": the few plain lines a visitor may read out or copy on the call, built from
// a level decision in the visitor's language and voice. One function for the widget's summary
// and the clinician preview's "For your phone team", so the clinic reads what the visitor has.
// Never ids, scores or level numbers: only the words the result screen already showed.

import { noteRule, type LevelDecision, type NoteId } from '../screening';
import { becauseText, noteWords, type Copy } from './index';
import { say, type Voice } from './schema';

/** The summary as lines of plain text; joined with line breaks, it is what Copy and Save give. */
function summaryLines(copy: Copy, decision: LevelDecision, voice: Voice): string[] {
  const words = copy.summary;
  const mattered = [
    // The first steps, by their headings ("First: get medical care for withdrawal today").
    ...decision.notes
      .filter((note) => noteRule(note).firstStep)
      .map((note) => noteWords(copy, note, decision.wording[note], voice).title),
    ...decision.because.flatMap((fact) => {
      const bullet = becauseText(copy, fact);
      return bullet ? [say(bullet, voice)] : [];
    }),
  ];
  const questions: Readonly<Partial<Record<NoteId, string>>> = words.questions;
  const asks = decision.notes.flatMap((note) => questions[note] ?? []).slice(0, 2);
  return [
    say(words.forWhom, voice),
    words.suggested(copy.result.levels[decision.outcome].name),
    '',
    words.mattered,
    ...mattered.map((line) => `- ${line}`),
    '',
    words.ask,
    ...[...asks, words.cost].map((line) => `- ${line}`),
    '',
    copy.result.notADiagnosis,
  ];
}

export function summaryText(copy: Copy, decision: LevelDecision, voice: Voice): string {
  return summaryLines(copy, decision, voice).join('\n');
}
