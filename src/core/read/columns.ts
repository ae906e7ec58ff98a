/**
 * Finding the customer, date, amount, quantity, unit price and order id columns of an order sheet:
 * from the headers (en, pl, ru, ro, da and the usual shop exports), failing that from the values.
 * The user can always override the guess; `why` says how each column was found, for the sidebar.
 */
import type { CellValue } from '../types';
import { parseAmount } from './amounts';
import { isBlank } from './cells';
import { parseDateCell } from './dates';

/** The roles a column can play in an order sheet. */
export type ColumnRole = 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'orderId';

/** 0-based column index of each role, `null` when the sheet has no such column. */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** How a column was found: its header matched a known name, or its values looked the part. */
export type ColumnReason = { source: 'header'; header: string } | { source: 'values' };

export interface ColumnGuess {
  mapping: ColumnMapping;
  why: Partial<Record<ColumnRole, ColumnReason>>;
}

/**
 * Known header names, already normalised (see `normaliseHeader`), with a score: the best-scored
 * (column, role) pairs are taken first. A trailing `*` also matches the words inside a longer
 * header ("Order Total (PLN)"), 30 points lower.
 */
const NAMES: Record<ColumnRole, Record<number, string>> = {
  customer: {
    100:
      'customer id|customer no|customer nr|customer number|customer code|client id|user id|buyer id|buyer user id|member id|' +
      'masterid|cust|cust id|id klienta|nr klienta|numer klienta|kod klienta|id клиента|код клиента|номер клиента|' +
      'id client|cod client|kunde id|kundenummer|kundenr|kunde nr',
    90:
      'email*|e mail*|customer email|billing email|buyer email|email address|adres email|adres e mail|email klienta|' +
      'электронная почта|почта|email client|adresa de email|kunde email',
    85: 'customer*|client*|buyer|klient*|kupujacy|nabywca|клиент*|покупатель*|заказчик|cumparator|kunde*|kober',
    60:
      'customer name|billing name|full name|buyer name|nazwa klienta|imie i nazwisko|имя клиента|фио|nume client|' +
      'kundenavn|navn',
  },
  date: {
    100:
      'order date|date|created at|invoice date|purchase date|sale date|transaction date|date created|order created|' +
      'data|data zamowienia|data zakupu|data sprzedazy|data transakcji|дата|дата заказа|дата покупки|дата продажи|' +
      'data comenzii|data comanda|data achizitiei|dato|ordredato|ordre dato|kobsdato|salgsdato|fakturadato',
    70: 'paid at|timestamp|datetime|date paid|order time|created|date*|data*|дата*|dato*',
  },
  amount: {
    100:
      'amount|total|order total|sales|dollar value|revenue|order value|total price|grand total|sum|item total|order amount|' +
      'kwota|wartosc|wartosc zamowienia|suma|kwota brutto|wartosc brutto|razem|сумма|сумма заказа|итого|стоимость|' +
      'выручка|total comanda|valoare|valoare comanda|belob|total belob|ordrevaerdi|ordre total|omsaetning|value',
    75: 'subtotal|net|order net|total paid|payment amount|kwota netto|wartosc netto|amount*|total*|kwota*|сумма*|suma*|belob*',
  },
  quantity: {
    100: 'quantity|qty|lineitem quantity|number of items|units|ilosc|liczba sztuk|количество|кол во|cantitate|antal|stk',
  },
  price: {
    100:
      'unit price|price|lineitem price|item price|cena|cena jednostkowa|цена|цена за единицу|pret|pret unitar|pris|' +
      'enhedspris|stykpris',
  },
  orderId: {
    100:
      'order id|order number|order no|order nr|invoice|invoice no|invoice number|transaction id|receipt id|' +
      'numer zamowienia|nr zamowienia|id zamowienia|zamowienie|numer faktury|номер заказа|заказ|id заказа|номер чека|' +
      'numar comanda|numar comenzii|id comanda|comanda|ordrenummer|ordre nr|ordre id|ordre|fakturanummer',
    80: 'order',
  },
};

/** Words that make a header a different thing when it only contains a known word. */
const NOT_IT = /\b(ship|shipped|shipping|delivery|dostawy|доставки|livrare|levering|tax|vat|discount|rabat|скидка|reducere|refund|fee|status|note)\b/;
/** Columns that mark a Shopify export, where "Name" is the order number. */
const SHOPIFY = ['lineitem quantity', 'lineitem price', 'financial status'];

/**
 * A header reduced to lower-case words without accents or punctuation; camelCase is split.
 * @example normaliseHeader('Data zamówienia') === 'data zamowienia'; normaliseHeader('InvoiceDate') === 'invoice date'
 */
export function normaliseHeader(header: CellValue): string {
  return String(header ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[łđøæß]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss' })[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Candidate {
  role: ColumnRole;
  column: number;
  score: number;
}

function headerCandidates(headers: string[]): Candidate[] {
  const shopify = SHOPIFY.some((name) => headers.includes(name));
  const out: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header === '') return;
    if (header === 'name') out.push({ role: shopify ? 'orderId' : 'customer', column, score: shopify ? 95 : 60 });
    for (const role of Object.keys(NAMES) as ColumnRole[]) {
      for (const [score, names] of Object.entries(NAMES[role])) {
        for (const name of names.split('|')) {
          const partial = name.endsWith('*');
          const phrase = partial ? name.slice(0, -1) : name;
          if (header === phrase) out.push({ role, column, score: Number(score) });
          else if (partial && !NOT_IT.test(header) && ` ${header} `.includes(` ${phrase} `)) {
            out.push({ role, column, score: Number(score) - 30 });
          }
        }
      }
    }
  });
  return out;
}

/**
 * Guesses the role of each column from a header row and a sample of data rows.
 * Headers first (best matches taken first, one role per column); then, for a customer, date or
 * amount still missing, the values: a column of dates (Date cells, date texts, YYYYMMDD numbers;
 * bare serial numbers are not guessed), a column of amounts with decimals (unless quantity and
 * price were found), an id-like column with repeats (e-mail addresses preferred).
 * @example
 * detectColumns(['Klient', 'Data zamówienia', 'Kwota'], [], 'pl_PL').mapping
 * // { customer: 0, date: 1, amount: 2, quantity: null, price: null, orderId: null }
 */
export function detectColumns(header: readonly CellValue[], sample: readonly CellValue[][], locale?: string): ColumnGuess {
  const headers = header.map(normaliseHeader);
  const mapping: ColumnMapping = { customer: null, date: null, amount: null, quantity: null, price: null, orderId: null };
  const why: ColumnGuess['why'] = {};
  const taken = new Set<number>();
  const candidates = headerCandidates(headers).sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { role, column } of candidates) {
    if (mapping[role] !== null || taken.has(column)) continue;
    mapping[role] = column;
    taken.add(column);
    why[role] = { source: 'header', header: String(header[column]) };
  }

  const width = Math.max(header.length, ...sample.map((row) => row.length));
  const free = () => Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  const values = (column: number) => sample.map((row) => row[column]).filter((v) => !isBlank(v));
  const guess = (role: ColumnRole, column: number | undefined) => {
    if (column === undefined) return;
    mapping[role] = column;
    taken.add(column);
    why[role] = { source: 'values' };
  };

  if (mapping.date === null) guess('date', free().find((c) => mostly(values(c), isDateLike)));
  if (mapping.amount === null && (mapping.quantity === null || mapping.price === null)) {
    const amountLike = free()
      .map((c) => ({ c, vs: values(c) }))
      .filter(({ vs }) => mostly(vs, (v) => typeof v !== 'boolean' && !(v instanceof Date) && parseAmount(v, locale) !== null))
      .map(({ c, vs }) => ({ c, decimals: vs.filter((v) => !Number.isInteger(parseAmount(v, locale))).length }))
      .filter(({ decimals }) => decimals > 0)
      .sort((a, b) => b.decimals - a.decimals);
    guess('amount', amountLike[0]?.c);
  }
  if (mapping.customer === null) {
    const idLike = free().filter((c) => isIdLike(values(c), locale));
    guess('customer', idLike.find((c) => mostly(values(c), (v) => typeof v === 'string' && v.includes('@'))) ?? idLike[0]);
  }
  return { mapping, why };
}

/** At least 80% of the (non-empty) values pass, and there is at least one. */
function mostly(values: CellValue[], test: (v: CellValue) => boolean): boolean {
  return values.length > 0 && values.filter(test).length >= 0.8 * values.length;
}

const UTC_DMY = { offsetAt: () => 0, order: 'dmy' } as const;

function isDateLike(value: CellValue): boolean {
  if (value instanceof Date) return true;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 19000101 && parseDateCell(value, UTC_DMY) !== null;
  return typeof value === 'string' && /\d/.test(value) && !/^\s*\d+(\.\d+)?\s*$/.test(value) && parseDateCell(value, UTC_DMY) !== null;
}

/** Ids: texts or whole numbers, not dates, not amounts with decimals, repeating but not a handful of codes. */
function isIdLike(values: CellValue[], locale: string | undefined): boolean {
  if (values.length < 2) return false;
  const ok = mostly(values, (v) => (typeof v === 'string' || Number.isInteger(v)) && !isDateLike(v));
  if (!ok || values.some((v) => typeof v === 'string' && !Number.isInteger(parseAmount(v, locale) ?? 0))) return false;
  const distinct = new Set(values.map((v) => String(v).trim())).size;
  return distinct < values.length && distinct >= Math.max(2, values.length / 10);
}
