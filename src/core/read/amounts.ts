/**
 * Amounts (and quantities, unit prices) from cells: numbers as they are, text with currency signs
 * and the locale's separators.
 *
 * Text rules:
 * - A currency sign or word may stand before or after the number (`$`, `€`, `zł`, `kr.`, `lei`, `₽`,
 *   `руб.`, `PLN`, `USD`, …); any other letter, or a letter inside the number, rejects the text.
 * - Negative: a minus (`-`, `−`) before or after the number, or the number in parentheses.
 * - Spaces (also no-break U+00A0, narrow no-break U+202F, thin U+2009, figure U+2007) and
 *   apostrophes only group thousands.
 * - Two different separators: the last one is the decimal separator (`1.234,56`, `1,234.56`).
 *   One separator repeated: it groups thousands (`1.234.567`).
 * - One separator once: decimals unless exactly three digits follow it (`12,50` → 12.5, `1.5` → 1.5).
 *   With three digits (`1,234`, `1.234`) the locale decides: the locale's decimal separator is
 *   decimal (`1,234` in pl/ru/ro/da = 1.234), the other one groups (`1,234` in en = 1234, `1.234`
 *   in da = 1234). `0,125` is always 0.125. `decideDecimalSeparator` lets a column override the locale.
 * - Groups after the first must have three digits: `12,34,5` is rejected.
 */
import type { CellValue } from '../types';
import { decimalOfLocale, type DecimalSeparator } from './locale';

const CURRENCY_WORDS = new Set(
  ('zl pln kr dkk sek nok lei leu ron eur usd us gbp chf rub руб р uah грн czk kc huf ft ' +
    'a au c ca nz hk s sg cad aud nzd')
    .split(' '),
);
/** Characters that only group thousands: spaces (plain, no-break, narrow no-break, thin, figure), apostrophes. */
const GROUP_CODES = [0x20, 0xa0, 0x202f, 0x2009, 0x2007, 0x27, 0x2019];
const LETTERS = /\p{L}+/gu;
const EDGE_ALLOWED = /^[\p{L}\p{Sc}\s.\-−+()]*$/u;

/**
 * The number in a cell, or `null` when the cell holds no amount (empty, junk, a date, a boolean).
 * @example
 * parseAmount('1 234,56 zł', 'pl_PL') === 1234.56
 * parseAmount('$1,234.56', 'en_US') === 1234.56
 * parseAmount('(12.50)', 'en_US') === -12.5
 * parseAmount('1,234', 'en_US') === 1234; parseAmount('1,234', 'da_DK') === 1.234
 */
export function parseAmount(value: CellValue, locale: string | undefined): number | null {
  return parseAmountWith(value, decimalOfLocale(locale));
}

/**
 * `parseAmount` with the decimal separator given instead of a locale (see `decideDecimalSeparator`).
 * @example parseAmountWith('1.234', ',') === 1234
 */
export function parseAmountWith(value: CellValue, decimal: DecimalSeparator): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const parts = splitAmount(value);
  if (!parts) return null;
  const sep = decimalIndex(parts, decimal);
  const whole = parts.runs.slice(0, sep === -1 ? parts.runs.length : sep + 1).join('');
  const fraction = sep === -1 ? '' : parts.runs[sep + 1];
  if (!groupsValid(parts, sep)) return null;
  const n = Number(fraction ? `${whole}.${fraction}` : whole);
  return parts.negative ? -n : n;
}

interface AmountParts {
  negative: boolean;
  /** Digit runs, in order. */
  runs: string[];
  /** seps[i] separates runs[i] and runs[i + 1]; grouping-only characters are all `' '`. */
  seps: string[];
}

function splitAmount(raw: string): AmountParts | null {
  const text = raw.trim();
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  // A leading separator belongs to the number (".50", "-,5") unless it ends a word ("kr.50").
  const before = text[first - 1];
  if ((before === '.' || before === ',') && !/\p{L}/u.test(text[first - 2] ?? '')) first--;
  let negative = false;
  if (first > 0 || last < text.length - 1) {
    const sign = edgesNegative(text.slice(0, first), text.slice(last + 1));
    if (sign === null) return null;
    negative = sign;
  }

  const runs: string[] = [];
  const seps: string[] = [];
  let runStart = first;
  for (let i = first; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    const sep = c === 46 ? '.' : c === 44 ? ',' : GROUP_CODES.indexOf(c) >= 0 ? ' ' : '';
    if (sep === '' || (i === runStart && runs.length > 0)) return null; // not a separator, or two in a row
    runs.push(text.slice(runStart, i));
    seps.push(sep);
    runStart = i + 1;
  }
  runs.push(text.slice(runStart, last + 1));
  return { negative, runs, seps };
}

const edgeCache = new Map<string, boolean | null>();

/**
 * Sign given by what surrounds the number; `null` when the surroundings are not an amount's.
 * Memoised: a column repeats the same few currency signs.
 */
function edgesNegative(prefix: string, suffix: string): boolean | null {
  const edges = `${prefix} ${suffix}`;
  let sign = edgeCache.get(edges);
  if (sign === undefined) {
    sign = readEdges(prefix, suffix, edges);
    if (edgeCache.size < 1000) edgeCache.set(edges, sign);
  }
  return sign;
}

function readEdges(prefix: string, suffix: string, edges: string): boolean | null {
  if (!EDGE_ALLOWED.test(edges)) return null;
  for (const word of edges.match(LETTERS) ?? []) {
    if (!CURRENCY_WORDS.has(foldCurrencyWord(word))) return null;
  }
  const minus = count(edges, /[-−]/g);
  const open = count(prefix, /\(/g);
  const close = count(suffix, /\)/g);
  if (minus + open > 1 || open !== close || count(edges, /[()]/g) !== open + close) return null;
  return minus === 1 || open === 1;
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

function foldCurrencyWord(word: string): string {
  return word.toLowerCase().replace('ł', 'l').replace('č', 'c');
}

/**
 * Index in `seps` of the decimal separator, −1 when every separator groups thousands.
 */
function decimalIndex({ runs, seps }: AmountParts, decimal: DecimalSeparator): number {
  if (seps.length === 0) return -1;
  const i = seps.length - 1;
  const last = seps[i];
  if (last === ' ') return -1;
  if (seps.indexOf(last) !== i) return -1; // repeated: groups
  if (seps.length > 1) return i;
  const ambiguous = runs[1].length === 3 && runs[0].length >= 1 && runs[0].length <= 3 && runs[0] !== '0';
  return !ambiguous || last === decimal ? i : -1;
}

function groupsValid({ runs, seps }: AmountParts, decimalAt: number): boolean {
  const groupCount = decimalAt === -1 ? seps.length : decimalAt;
  if (groupCount === 0) return true;
  const groupChar = seps[0];
  if (runs[0].length < 1 || runs[0].length > 3) return false;
  for (let g = 0; g < groupCount; g++) {
    if (seps[g] !== groupChar || runs[g + 1].length !== 3) return false;
  }
  return decimalAt === -1 || seps[decimalAt] !== groupChar;
}

/**
 * Decimal separator of a column of amounts typed as text, decided once for the whole column:
 * a text whose separator can only be decimal (`12.50`, `1,234.56`, `0.125`) votes for it; the
 * side with more votes wins; without votes, the locale decides (`decimalOfLocale`).
 * @example decideDecimalSeparator(['1.250', '12.50'], 'pl_PL') === '.'
 */
export function decideDecimalSeparator(values: readonly CellValue[], locale: string | undefined): DecimalSeparator {
  let point = 0;
  let comma = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') continue;
    const parts = splitAmount(value);
    if (!parts) continue;
    const asPoint = decimalIndex(parts, '.');
    const asComma = decimalIndex(parts, ',');
    if (asPoint === asComma && asPoint >= 0) {
      if (parts.seps[asPoint] === '.') point++;
      else if (parts.seps[asPoint] === ',') comma++;
    }
  }
  if (point !== comma) return point > comma ? '.' : ',';
  return decimalOfLocale(locale);
}
