import { beforeAll, describe, expect, it } from 'vitest';
import { answerColumns, customerList, npsBy, parseTiers, readAnswers, scoreOf, type AnswersRead, type CustomerList } from '../../../src/core/customers';
import type { CellValue } from '../../../src/core/types';
import { tableOf } from '../metrics/orderTable';
import { AS_OF, SHOP } from './shop';

const CTX = { offsetAt: () => 0, order: 'dmy' } as const;
const HEADER = ['Timestamp', 'Customer', 'How likely are you to recommend us to a friend?'];
const ANSWERS: CellValue[][] = [
  ['01.02.2024 10:00', 'B5', 3], // older answer of B5
  ['01.06.2024 10:00', 'B5', 9],
  ['02.06.2024 10:00', 'O1', 6],
  ['03.06.2024 10:00', 'B3', '10'],
  ['04.06.2024 10:00', 'B1', 8],
  ['05.06.2024 10:00', 'N1', 10],
  ['06.06.2024 10:00', 'X9', 10], // not a customer
  ['07.06.2024 10:00', 'D1', 11], // not a score
  ['', '', ''],
];

describe('NPS answers joined to the test shop', () => {
  let list: CustomerList;
  let read: AnswersRead;
  beforeAll(() => {
    const table = tableOf(SHOP);
    const index = new Map(table.customerIds.map((id, i) => [id, i]));
    const columns = answerColumns(HEADER, ANSWERS);
    read = readAnswers(ANSWERS, columns, CTX, (key) => index.get(key));
    list = customerList(
      table,
      { asOfDay: AS_OF, tiers: { tiers: parseTiers('Member:0,Silver:500,Gold:2000'), basis: 'spend', window: 'lifetime' }, defaultNames: ['M', 'S', 'G'], country: null },
      undefined,
      read.latest,
    );
  });

  it('finds the columns and keeps each customer\'s latest answer', () => {
    expect(answerColumns(HEADER, [])).toEqual({ timestamp: 0, customer: 1, score: 2 });
    expect(answerColumns(['Sygnatura czasowa', 'Adres e-mail', 'Pytanie 1'], [['x', 'a@b.pl', 7]])).toEqual({ timestamp: 0, customer: 1, score: 2 });
    expect(read).toMatchObject({ answers: 7, matched: 6, badScore: { count: 1, rows: [9] }, unmatched: { count: 1, rows: [8] } });
    expect(list.rows.find((r) => r.id === 'B5')!.nps).toBe(9);
    expect(scoreOf('9.5')).toBeNull();
  });

  it('gives NPS by tier against a hand count, with answers and repeat rates', () => {
    // Gold: B5 9 → 1 promoter of 1 = 100. Silver: O1 6, B3 10 (B2 none) → (1 − 1) / 2 = 0.
    // Member: B1 8, N1 10 (B4, D1 none) → (1 − 0) / 2 = 50. Repeat rates: Gold 1/1, Silver 2/3 (B3, B2), Member 2/4 (B1, B4).
    expect(npsBy(list.rows, 'tier', ['Member', 'Silver', 'Gold'])).toEqual([
      { group: 'Member', nps: 50, answers: 2, customers: 4, repeatRate: 0.5, few: true },
      { group: 'Silver', nps: 0, answers: 2, customers: 3, repeatRate: 2 / 3, few: true },
      { group: 'Gold', nps: 100, answers: 1, customers: 1, repeatRate: 1, few: true },
    ]);
  });

  it('gives NPS by status and by cohort', () => {
    // new N1 10 → 100; active B1 8 (B2 none) → 0; due B3 10 (D1 none) → 100; overdue O1 6 → −100; lapsed B5 9 (B4 none) → 100.
    const status = Object.fromEntries(npsBy(list.rows, 'status').map((g) => [g.group, [g.nps, g.answers]]));
    expect(status).toEqual({ new: [100, 1], active: [0, 1], due: [100, 1], overdue: [-100, 1], lapsed: [100, 1] });
    // Cohorts: 2023-01 B5 9 → 100; 2024-01 B4 none → null; 2024-03 B3 10 → 100; 2024-04 O1 6 → −100.
    const cohort = Object.fromEntries(npsBy(list.rows, 'cohort').map((g) => [g.group, g.nps]));
    expect(cohort).toMatchObject({ '2023-01': 100, '2024-01': null, '2024-03': 100, '2024-04': -100 });
  });
});
