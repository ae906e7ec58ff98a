/**
 * Per-row rules applied before the order reader sees a row: who the customer is when the identity
 * spans several columns (a first and a last name joined; another column standing in where the
 * customer is blank), and the row's flags from its status, a `Cancelled at`-like column and the
 * currency (see `RowFlag`).
 */
import type { CellValue } from '../types';
import { isBlank } from './cells';
import { normaliseHeader } from './headers';
import { isErrorValue } from './ids';
import { RowFlag } from './orderBuffer';
import type { StatusValues } from './platforms';

/** One identity part's cells: the column, and a last-name column joined to it. */
export interface IdentityCells {
  cells: readonly CellValue[];
  last?: readonly CellValue[];
}

/**
 * The customer of each row: the first part that is not blank there (a first name and a last name
 * joined with a space). With `zeroIsGuest`, an id of 0 is blank. An error value (`#N/A`) in the
 * customer column is kept when nothing stands in for it, so the reader can report it.
 * @example identityColumn([{ cells: ['', 'b@x.pl'] }, { cells: ['Ann Lee', 'Bo'] }], false) // ['Ann Lee', 'b@x.pl']
 */
export function identityColumn(parts: readonly IdentityCells[], zeroIsGuest: boolean): CellValue[] {
  const n = parts[0].cells.length;
  const out: CellValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let value: CellValue = '';
    let error: CellValue = '';
    for (const part of parts) {
      const cell = identityCell(part, i, zeroIsGuest);
      if (isBlank(cell)) continue;
      if (isErrorValue(cell)) {
        if (error === '') error = cell;
        continue;
      }
      value = cell;
      break;
    }
    out[i] = value === '' ? error : value;
  }
  return out;
}

function identityCell(part: IdentityCells, i: number, zeroIsGuest: boolean): CellValue {
  const cell = part.cells[i];
  if (zeroIsGuest && (cell === 0 || (typeof cell === 'string' && cell.trim() === '0'))) return '';
  if (!part.last) return cell;
  const first = isBlank(cell) ? '' : String(cell).trim();
  const last = isBlank(part.last[i]) ? '' : String(part.last[i]).trim();
  return `${first} ${last}`.trim();
}

/**
 * A status as compared with the status lists: normalised like a header, without WooCommerce's
 * `wc-` prefix.
 * @example normaliseStatus('wc-Checkout-Draft') === 'checkout draft'
 */
export function normaliseStatus(value: CellValue): string {
  return normaliseHeader(value).replace(/^wc /, '');
}

/** What decides the flags of a chunk of rows. */
export interface FlagInputs {
  status?: { cells: readonly CellValue[]; values: StatusValues };
  /** `filled`: a non-empty cell voids; `false`: FALSE/"false"/"no" voids; `notOrder`: a match is not a sale. */
  extras?: { cells: readonly CellValue[]; test: 'filled' | 'false' | 'notOrder'; pattern?: RegExp }[];
  /** Rows whose currency (non-empty, compared upper-cased) is not `wanted` are another currency. */
  currency?: { cells: readonly CellValue[]; wanted: string };
}

/**
 * Each row's `RowFlag` bits.
 * @example rowFlags(2, { status: { cells: ['paid', 'voided'], values: { void: ['voided'], refunded: [] } } }) // [0, 1]
 */
export function rowFlags(n: number, inputs: FlagInputs): Uint8Array {
  const flags = new Uint8Array(n);
  if (inputs.status) {
    const voids = new Set(inputs.status.values.void);
    const refunded = new Set(inputs.status.values.refunded);
    const memo = new Map<CellValue, number>();
    const cells = inputs.status.cells;
    for (let i = 0; i < n; i++) {
      const cell = cells[i];
      if (isBlank(cell)) continue;
      let flag = memo.get(cell);
      if (flag === undefined) {
        const status = normaliseStatus(cell);
        flag = voids.has(status) ? RowFlag.VOID : refunded.has(status) ? RowFlag.REFUNDED : 0;
        memo.set(cell, flag);
      }
      flags[i] |= flag;
    }
  }
  for (const extra of inputs.extras ?? []) {
    for (let i = 0; i < n; i++) {
      const cell = extra.cells[i];
      if (extra.test === 'filled' && !isBlank(cell)) flags[i] |= RowFlag.VOID;
      else if (extra.test === 'false' && isFalse(cell)) flags[i] |= RowFlag.VOID;
      else if (extra.test === 'notOrder' && !isBlank(cell) && extra.pattern?.test(normaliseHeader(cell))) flags[i] |= RowFlag.NOT_ORDER;
    }
  }
  if (inputs.currency) {
    const wanted = inputs.currency.wanted.toUpperCase();
    for (let i = 0; i < n; i++) {
      const cell = inputs.currency.cells[i];
      if (!isBlank(cell) && currencyCode(cell) !== wanted) flags[i] |= RowFlag.OTHER_CURRENCY;
    }
  }
  return flags;
}

/** FALSE, the number 0 (an export writing 0/1), or a false word: `false`, `no`, `n`, `0`. */
function isFalse(cell: CellValue): boolean {
  if (cell === false || cell === 0) return true;
  return typeof cell === 'string' && ['false', 'no', 'n', '0'].includes(cell.trim().toLowerCase());
}

/**
 * A currency cell as a code: trimmed, upper case.
 * @example currencyCode(' eur ') === 'EUR'
 */
export function currencyCode(cell: CellValue): string {
  return String(cell).trim().toUpperCase();
}

/**
 * How many rows carry each currency (empty cells left out), most used first.
 * @example countCurrencies(['usd', 'EUR', 'usd', '']) // [['USD', 2], ['EUR', 1]]
 */
export function countCurrencies(cells: readonly CellValue[], counts = new Map<string, number>()): [string, number][] {
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const code = currencyCode(cell);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
