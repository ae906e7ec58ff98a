/**
 * NPS(scores, groups) through the built bundle: NPS per group counted by hand, the few-answers
 * note at the Customers sheet's threshold (30), mismatched ranges refused naming parameter 2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { col, errorOf, sheetHost, type Cell } from './helpers';

let en: LocalHost;
let pl: LocalHost;
beforeAll(async () => {
  en = await sheetHost('Europe/Warsaw', 'en_US');
  pl = await sheetHost('Europe/Warsaw', 'pl_PL');
});

// Silver first, then Gold, then Member; one empty score (skipped), one answer without a group.
const ROWS: [Cell, Cell][] = [
  [6, 'Silver'],
  [10, 'Gold'],
  [8, 'Member'],
  [9, 'Gold'],
  ['', 'Gold'],
  [5, 'Silver'],
  [7, 'Gold'],
  [8, 'Member'],
  [9, 'Silver'],
  [3, 'Gold'],
  [10, ''],
];
const scores = col(ROWS.map((r) => r[0]));
const groups = col(ROWS.map((r) => r[1]));

describe('NPS(scores, groups)', () => {
  it('spills NPS per group in first-seen order with the answers behind each', () => {
    const out = en.runCustomFunction('NPS', scores, groups) as Cell[][];
    expect(out[0]).toEqual(['Group', 'NPS', 'Answers', 'Note']);
    const few = 'too few answers to mean much';
    expect(out.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Silver', 3, few],
      ['Gold', 4, few],
      ['Member', 2, few],
      ['(no group)', 1, few],
    ]);
    // Silver 6, 5, 9: promoters {9} = 1, detractors {6, 5} = 2 → (1 − 2) / 3 × 100 = −33.33…
    expect(out[1][1]).toBeCloseTo(-100 / 3, 10);
    // Gold 10, 9, 7, 3 (the empty score skipped): promoters 2, detractors 1 → (2 − 1) / 4 × 100 = 25
    expect(out[2][1]).toBe(25);
    // Member 8, 8: passives only → 0
    expect(out[3][1]).toBe(0);
    // the answer 10 without a group: 1 promoter of 1 → 100
    expect(out[4][1]).toBe(100);
  });

  it('says "too few" below 30 answers and nothing from 30 on', () => {
    // Big: 30 answers, 20 × 10 and 10 × 0 → (20 − 10) / 30 × 100 = 33.33…; Small: 29 × 9 → 100.
    const rows: [Cell, Cell][] = [
      ...Array.from({ length: 20 }, () => [10, 'Big'] as [Cell, Cell]),
      ...Array.from({ length: 29 }, () => [9, 'Small'] as [Cell, Cell]),
      ...Array.from({ length: 10 }, () => [0, 'Big'] as [Cell, Cell]),
    ];
    const out = en.runCustomFunction('NPS', col(rows.map((r) => r[0])), col(rows.map((r) => r[1]))) as Cell[][];
    expect(out[1][0]).toBe('Big');
    expect(out[1][1]).toBeCloseTo(100 / 3, 10);
    expect(out[1].slice(2)).toEqual([30, '']);
    expect(out[2]).toEqual(['Small', 100, 29, 'too few answers to mean much']);
  });

  it('groups numbers as numbers and trims text, in the document language', () => {
    // 2024: 10, 0 → (1 − 1) / 2 = 0; "A" and " A " one group: 9, 9 → 100.
    const out = pl.runCustomFunction('NPS', col([10, 9, 0, 9]), col([2024, 'A', 2024, ' A '])) as Cell[][];
    expect(out).toEqual([
      ['Grupa', 'NPS', 'Odpowiedzi', 'Uwagi'],
      [2024, 0, 2, 'za mało odpowiedzi, by wnioskować'],
      ['A', 100, 2, 'za mało odpowiedzi, by wnioskować'],
    ]);
  });

  it('refuses groups over other rows than the scores, naming parameter 2', () => {
    expect(errorOf(() => en.runCustomFunction('NPS', col([10, 9, 8]), col(['a', 'b', 'c', 'd'])))).toBe(
      'Function NPS parameter 2 (groups_or_passives) has 4 rows, but parameter 1 has 3. Give ranges over the same rows, e.g. A2:A, B2:B, C2:C.',
    );
    expect(errorOf(() => en.runCustomFunction('NPS', col([10, 9, 8, 7]), col(['a', 'b'])))).toBe(
      'Function NPS parameter 2 (groups_or_passives) has 2 rows, but parameter 1 has 4. Give ranges over the same rows, e.g. A2:A, B2:B, C2:C.',
    );
    // Extra empty rows (whole-column ranges of different lengths) are fine: 10, 9 → 100.
    expect(en.runCustomFunction('NPS', col([10, 9, '', '']), col(['a', 'a']))).toEqual([
      ['Group', 'NPS', 'Answers', 'Note'],
      ['a', 100, 2, 'too few answers to mean much'],
    ]);
  });

  it('refuses a score that is not 0–10 by its position, and no answers at all', () => {
    expect(errorOf(() => en.runCustomFunction('NPS', col([10, '', 11]), col(['a', 'b', 'c'])))).toBe(
      'Function NPS parameter 1 expects whole numbers from 0 to 10, but answer 3 is "11".',
    );
    expect(errorOf(() => en.runCustomFunction('NPS', col(['', '']), col(['a', 'b'])))).toBe('Function NPS: there are no answers. Give survey answers from 0 to 10.');
  });

  it('keeps the numeric and the range forms', () => {
    expect(en.runCustomFunction('NPS', 50, 30, 20)).toBe(30); // (50 − 20) / 100 × 100
    expect(en.runCustomFunction('NPS', col([10, 9, 8, 6]))).toBe(25); // (2 − 1) / 4 × 100
  });
});
