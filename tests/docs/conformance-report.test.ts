// docs/accessibility-conformance-report.md (VPAT 2.5, WCAG edition): every WCAG 2.2 Level A
// and AA success criterion has a row, in the right table, with one of the VPAT's conformance
// levels, and every "Supports" or "Partially Supports" names what backs it: a test file that
// exists, or a manual review that the report defines. The README links the report.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const REPORT = readFileSync(resolve(ROOT, 'docs/accessibility-conformance-report.md'), 'utf8');

/** WCAG 2.2's Level A success criteria (https://www.w3.org/TR/WCAG22/), written out here. */
const LEVEL_A = {
  '1.1.1': 'Non-text Content',
  '1.2.1': 'Audio-only and Video-only (Prerecorded)',
  '1.2.2': 'Captions (Prerecorded)',
  '1.2.3': 'Audio Description or Media Alternative (Prerecorded)',
  '1.3.1': 'Info and Relationships',
  '1.3.2': 'Meaningful Sequence',
  '1.3.3': 'Sensory Characteristics',
  '1.4.1': 'Use of Color',
  '1.4.2': 'Audio Control',
  '2.1.1': 'Keyboard',
  '2.1.2': 'No Keyboard Trap',
  '2.1.4': 'Character Key Shortcuts',
  '2.2.1': 'Timing Adjustable',
  '2.2.2': 'Pause, Stop, Hide',
  '2.3.1': 'Three Flashes or Below Threshold',
  '2.4.1': 'Bypass Blocks',
  '2.4.2': 'Page Titled',
  '2.4.3': 'Focus Order',
  '2.4.4': 'Link Purpose (In Context)',
  '2.5.1': 'Pointer Gestures',
  '2.5.2': 'Pointer Cancellation',
  '2.5.3': 'Label in Name',
  '2.5.4': 'Motion Actuation',
  '3.1.1': 'Language of Page',
  '3.2.1': 'On Focus',
  '3.2.2': 'On Input',
  '3.2.6': 'Consistent Help',
  '3.3.1': 'Error Identification',
  '3.3.2': 'Labels or Instructions',
  '3.3.7': 'Redundant Entry',
  '4.1.2': 'Name, Role, Value',
};

/** WCAG 2.2's Level AA success criteria. */
const LEVEL_AA = {
  '1.2.4': 'Captions (Live)',
  '1.2.5': 'Audio Description (Prerecorded)',
  '1.3.4': 'Orientation',
  '1.3.5': 'Identify Input Purpose',
  '1.4.3': 'Contrast (Minimum)',
  '1.4.4': 'Resize Text',
  '1.4.5': 'Images of Text',
  '1.4.10': 'Reflow',
  '1.4.11': 'Non-text Contrast',
  '1.4.12': 'Text Spacing',
  '1.4.13': 'Content on Hover or Focus',
  '2.4.5': 'Multiple Ways',
  '2.4.6': 'Headings and Labels',
  '2.4.7': 'Focus Visible',
  '2.4.11': 'Focus Not Obscured (Minimum)',
  '2.5.7': 'Dragging Movements',
  '2.5.8': 'Target Size (Minimum)',
  '3.1.2': 'Language of Parts',
  '3.2.3': 'Consistent Navigation',
  '3.2.4': 'Consistent Identification',
  '3.3.3': 'Error Suggestion',
  '3.3.4': 'Error Prevention (Legal, Financial, Data)',
  '3.3.8': 'Accessible Authentication (Minimum)',
  '4.1.3': 'Status Messages',
};

/** 4.1.1 Parsing: obsolete and removed in WCAG 2.2; the VPAT 2.5 still lists it. */
const REMOVED = { '4.1.1': 'Parsing' };

const LEVELS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];

interface Row {
  readonly number: string;
  readonly name: string;
  readonly level: string;
  readonly conformance: string;
  readonly remarks: string;
}

/** The rows of the table under `heading`. */
function rowsUnder(heading: string): Row[] {
  const start = REPORT.indexOf(`### ${heading}`);
  expect(start, `the report has "### ${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = REPORT.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('#'));
  return (end === -1 ? rest : rest.slice(0, end))
    .filter((line) => /^\| \d/.test(line))
    .map((line) => {
      const [criteria = '', conformance = '', remarks = ''] = line.slice(2, -2).split(' | ');
      const match = /^(\d+\.\d+\.\d+) (.+) \(Level (AA?)(?:, WCAG 2\.2 only)?\)$/.exec(criteria);
      if (!match) throw new Error(`a row the test cannot read: ${line}`);
      return { number: match[1] ?? '', name: match[2] ?? '', level: match[3] ?? '', conformance, remarks };
    });
}

const TABLE_A = rowsUnder('Table 1: Success Criteria, Level A');
const TABLE_AA = rowsUnder('Table 2: Success Criteria, Level AA');

describe('the accessibility conformance report', () => {
  it('lists every WCAG 2.2 Level A criterion, by number and name, in Table 1', () => {
    expect(Object.fromEntries(TABLE_A.map((row) => [row.number, row.name]))).toEqual({ ...LEVEL_A, ...REMOVED });
    expect(TABLE_A.every((row) => row.level === 'A')).toBe(true);
  });

  it('lists every WCAG 2.2 Level AA criterion, by number and name, in Table 2', () => {
    expect(Object.fromEntries(TABLE_AA.map((row) => [row.number, row.name]))).toEqual(LEVEL_AA);
    expect(TABLE_AA.every((row) => row.level === 'AA')).toBe(true);
  });

  it('gives each criterion one of the VPAT conformance levels and a remark', () => {
    for (const row of [...TABLE_A, ...TABLE_AA]) {
      expect(LEVELS, row.number).toContain(row.conformance);
      expect(row.remarks.trim(), row.number).not.toBe('');
    }
  });

  it('backs every "Supports" and "Partially Supports" with a test file that exists or a review it defines', () => {
    const reviews = new Set([...REPORT.matchAll(/^- \*\*Review (R\d+),/gm)].map((match) => match[1]));
    expect(reviews.size).toBeGreaterThan(0);
    for (const row of [...TABLE_A, ...TABLE_AA].filter((candidate) => candidate.conformance.includes('Supports'))) {
      const files = [...row.remarks.matchAll(/`(tests\/[^`]+)`/g)].map((match) => match[1] ?? '');
      const cited = [...row.remarks.matchAll(/Reviews? (R\d+)/g)].map((match) => match[1]);
      expect(files.length + cited.length, `${row.number} names no test and no review`).toBeGreaterThan(0);
      for (const file of files) expect(existsSync(resolve(ROOT, file)), `${row.number}: ${file}`).toBe(true);
      for (const review of cited) expect(reviews.has(review), `${row.number}: ${review} is not defined`).toBe(true);
    }
  });

  it('says plainly what was not tested, and every test file it names exists', () => {
    expect(REPORT).toContain('No screen-reader session with users');
    for (const [, file] of REPORT.matchAll(/`(tests\/[^`]+)`/g))
      expect(existsSync(resolve(ROOT, file ?? '')), file).toBe(true);
  });

  it('is linked from the README', () => {
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain('(docs/accessibility-conformance-report.md)');
  });
});
