/**
 * NPS answers joined to customers: an answers sheet (Google Forms' "Form Responses 1": a
 * timestamp, an e-mail or customer id, a 0–10 score) read with its columns found like order
 * columns, each customer's latest answer kept, and NPS by tier, status, acquisition cohort and RFM
 * segment with the number of answers behind each. Rules: docs/CUSTOMERS.md.
 */
import { isBlank } from '../read/cells';
import { parseDateCell, type DateContext } from '../read/dates';
import { normaliseHeader } from '../read/headers';
import { idKey } from '../read/ids';
import { nps } from '../metrics/nps';
import { repeatPurchaseRate } from '../metrics/orders';
import type { CellValue } from '../types';
import { contactColumns } from './contactColumns';
import type { CustomerRow, LatestAnswers } from './list';

export interface AnswerColumns {
  timestamp: number | null;
  customer: number | null;
  score: number | null;
}

const TIMESTAMP = ['timestamp', 'sygnatura czasowa', 'отметка времени', 'marcaj de timp', 'marcaj temporal', 'tidsstempel', 'submitted at', 'date', 'data', 'дата', 'dato'];
const CUSTOMER = ['customer id', 'customer', 'client id', 'id klienta', 'klient', 'id клиента', 'клиент', 'id client', 'client', 'kunde id', 'kunde', 'order id'];
const SCORE = /(^| )(nps|score|recommend\w*|likely|rating|ocena|ocen\w*|polecil\w*|polecen\w*|оценка|порекомендуете|рекомендовать|scor|recomanda\w*|anbefale\w*|karakter)( |$)/;

/**
 * The answers sheet's columns: the timestamp and the customer (an e-mail column, else a customer
 * id) by header, the score by header or else as the column whose values are whole numbers 0–10.
 * @example answerColumns(['Timestamp', 'Email', 'How likely are you to recommend us?'], []) // { timestamp: 0, customer: 1, score: 2 }
 */
export function answerColumns(header: readonly CellValue[], sample: readonly CellValue[][]): AnswerColumns {
  const headers = header.map(normaliseHeader);
  const find = (names: string[]) => {
    for (const name of names) {
      const i = headers.indexOf(name);
      if (i >= 0) return i;
    }
    return null;
  };
  const timestamp = find(TIMESTAMP);
  const email = contactColumns(header).email;
  const customer = email ?? find(CUSTOMER);
  const free = (i: number) => i !== timestamp && i !== customer;
  let score: number | null = headers.findIndex((h, i) => free(i) && SCORE.test(h));
  if (score < 0) {
    score = headers.findIndex((_, i) => {
      const values = sample.map((row) => row[i]).filter((v) => !isBlank(v));
      return free(i) && values.length > 0 && values.every((v) => scoreOf(v) !== null);
    });
  }
  return { timestamp, customer, score: score >= 0 ? score : null };
}

/**
 * A score cell as a whole number 0–10, else null.
 * @example scoreOf('9') === 9; scoreOf(10) === 10; scoreOf('9.5') === null
 */
export function scoreOf(value: CellValue): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : null;
}

export interface AnswersRead {
  latest: LatestAnswers;
  /** Rows with a score and a customer. */
  answers: number;
  /** Answers whose customer is in the order sheet. */
  matched: number;
  /** Rows not used, by reason, with the first sheet rows (1-based). */
  badScore: { count: number; rows: number[] };
  noCustomer: { count: number; rows: number[] };
  unmatched: { count: number; rows: number[] };
}

/**
 * Each customer's latest answer (by timestamp; a later row wins a tie and rows without a
 * timestamp count as the oldest). `customerOf` turns an id or e-mail key (src/core/read/ids.ts)
 * into a customer index.
 * @example readAnswers(rows, columns, ctx, (key) => index.get(key)).latest.get(0) // { score: 9, day: 19800 }
 */
export function readAnswers(
  rows: readonly CellValue[][],
  columns: AnswerColumns,
  dates: DateContext,
  customerOf: (key: string) => number | undefined,
  firstRowNumber = 2,
): AnswersRead {
  const latest: LatestAnswers = new Map();
  const out: AnswersRead = { latest, answers: 0, matched: 0, badScore: { count: 0, rows: [] }, noCustomer: { count: 0, rows: [] }, unmatched: { count: 0, rows: [] } };
  const skip = (entry: { count: number; rows: number[] }, row: number) => {
    if (entry.count++ < 5) entry.rows.push(row);
  };
  rows.forEach((cells, i) => {
    const row = firstRowNumber + i;
    const score = columns.score === null ? null : scoreOf(cells[columns.score]);
    const key = columns.customer === null ? '' : idKey(cells[columns.customer]);
    if (cells.every((c) => isBlank(c))) return;
    if (score === null) return skip(out.badScore, row);
    if (key === '') return skip(out.noCustomer, row);
    out.answers++;
    const c = customerOf(key);
    if (c === undefined) return skip(out.unmatched, row);
    out.matched++;
    const day = columns.timestamp === null ? -0x7fffffff : (parseDateCell(cells[columns.timestamp], dates) ?? -0x7fffffff);
    const previous = latest.get(c);
    if (!previous || day >= previous.day) latest.set(c, { score, day });
  });
  return out;
}

/** The groupings of NPS. */
export type NpsGrouping = 'tier' | 'status' | 'cohort' | 'segment';
export const NPS_GROUPINGS: readonly NpsGrouping[] = ['tier', 'status', 'cohort', 'segment'];

/** Fewer answers than this in a group: its NPS is shown as too few to mean much. */
export const MIN_NPS_ANSWERS = 30;

export interface NpsGroup {
  group: string;
  /** −100 … 100; null without answers. */
  nps: number | null;
  answers: number;
  customers: number;
  /** Share of the group's customers with two or more purchases. */
  repeatRate: number | null;
  /** answers < MIN_NPS_ANSWERS. */
  few: boolean;
}

/**
 * The group of a customer row; '' for customers below every tier.
 * @example groupOf(row, 'segment') === 'rfm.champions'
 */
export function groupOf(row: CustomerRow, by: NpsGrouping): string {
  if (by === 'tier') return row.tier ?? '';
  if (by === 'status') return row.status;
  if (by === 'cohort') return row.cohort;
  return row.segment;
}

/**
 * NPS of each group from the customers' latest answers, with the answer and customer counts and the
 * group's repeat rate; groups in order of first appearance in `rows` (tiers: the rules' order when
 * `order` is given).
 * @example npsBy(list.rows, 'tier')[0] // { group: 'Gold', nps: 50, answers: 4, customers: 6, repeatRate: 1, few: true }
 */
export function npsBy(rows: readonly CustomerRow[], by: NpsGrouping, order: readonly string[] = []): NpsGroup[] {
  const groups = new Map<string, { scores: number[]; customers: number; repeat: number }>();
  for (const name of order) groups.set(name, { scores: [], customers: 0, repeat: 0 });
  for (const row of rows) {
    const key = groupOf(row, by);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scores: [], customers: 0, repeat: 0 }));
    g.customers++;
    if (row.purchases >= 2) g.repeat++;
    if (row.nps !== null) g.scores.push(row.nps);
  }
  return [...groups].map(([group, g]) => ({
    group,
    nps: g.scores.length > 0 ? nps(g.scores) : null,
    answers: g.scores.length,
    customers: g.customers,
    repeatRate: repeatPurchaseRate({ customers: g.customers, repeatCustomers: g.repeat, purchases: 0, netRevenue: 0, spanDays: 0 }),
    few: g.scores.length < MIN_NPS_ANSWERS,
  }));
}
