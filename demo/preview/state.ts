// The preview's shared state: the language it shows the visitor's words in, and the row of the
// combinations table (and the step) the live widget starts from, which "Try" sets.

import { computed, signal } from '@preact/signals';
import { COPY, type Lang } from '../../src/copy';
import type { StepId } from '../../src/screening';
import { type Combination, combinations } from './combinations';

export const lang = signal<Lang>('en');
export const copy = computed(() => COPY[lang.value]);

/** Every combination of the deciding answers, as the combinations table lists them. */
export const ROWS = combinations();
export const liveRow = signal<Combination>(ROWS[0] as Combination);
export const liveStep = signal<StepId | 'result'>('result');

/** "Try": the live widget opens at this row's result, and the page scrolls to it. */
export function tryRow(row: Combination): void {
  liveRow.value = row;
  liveStep.value = 'result';
  document.getElementById('live')?.scrollIntoView({ block: 'start' });
}
