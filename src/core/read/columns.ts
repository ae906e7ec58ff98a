/**
 * Which column of an order sheet is what: the export is recognised by its headers and read by its
 * own rules (src/core/read/platforms.ts); any other sheet by the generic header names in five
 * languages (headers.ts), failing those by its values. The result says how each column was found
 * and what is doubtful, so every output can name the columns it used. Rules: docs/DECISIONS-reading.md.
 */
import type { CellValue } from '../types';
import { parseAmount } from './amounts';
import { isBlank } from './cells';
import { parseDateCell } from './dates';
import { COLUMN_ROLES, FIRST_NAME, LAST_NAME, LINE_IDS, NAMES, RULED_OUT, normaliseHeader, type ColumnRole } from './headers';
import { GENERIC_STATUS, recognisePlatform, type ExtraRuleSpec, type PlatformId, type PlatformProfile, type StatusValues } from './platforms';

export { normaliseHeader, COLUMN_ROLES, type ColumnRole };

/** 0-based column index of each role, `null` when the sheet has no such column. */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** How a column was found: its header matched a known name, or its values looked the part. */
export type ColumnReason = { source: 'header'; header: string } | { source: 'values' };

/** One column that names the customer, with a last-name column joined to it when it is a first name. */
export interface IdentityPart {
  column: number;
  last: number | null;
}

/**
 * Who the customer of a row is: the first part that is not blank on that row (the customer column,
 * then the columns that stand in for it, e.g. Shopify's `Billing Name` on orders without an e-mail).
 */
export interface Identity {
  parts: IdentityPart[];
  /** A customer id of 0 means a guest: blank (WooCommerce, BigCommerce). */
  zeroIsGuest: boolean;
}

/** A row rule on a column other than the status: e.g. a filled `Cancelled at` voids the order. */
export interface ExtraRule {
  column: number;
  test: ExtraRuleSpec['test'];
  pattern?: RegExp;
}

/** Why a column choice deserves a second look; shown next to the column. */
export interface ColumnDoubt {
  role: ColumnRole;
  /** `masked`: values like "J******* S****" (people may share one); `guessed`: from values, no header;
   *  `initials`: names like "J. Doe"; `allDifferent`: every order has another customer. */
  code: 'masked' | 'guessed' | 'initials' | 'allDifferent';
  example: string;
}

export interface ColumnGuess {
  mapping: ColumnMapping;
  why: Partial<Record<ColumnRole, ColumnReason>>;
  /** The export recognised, or null (generic rules). */
  platform: PlatformId | null;
  identity: Identity;
  /** `order`: the amount is written once per order and taken once; `line`: summed over the order's lines. */
  amountLevel: 'order' | 'line';
  /** `subtract`: net = amount − refunds; `replace`: a non-zero refunds cell is the order's net. */
  refundMode: 'subtract' | 'replace';
  /** Values of the status column that void an order or mean a full refund. */
  statusValues: StatusValues;
  extraRules: ExtraRule[];
  /** Settlement-currency columns, for files with several currencies (Stripe's `Converted Amount`). */
  converted: { amount: number; refunds: number | null; currency: number } | null;
  /** `utc`: dates without an offset are UTC; `sheet`: the shop's (spreadsheet's) clock. */
  dateZone: 'sheet' | 'utc';
  doubts: ColumnDoubt[];
}

/** Options of `detectColumns`. */
export interface DetectOptions {
  /** Per column: the sample's cells are formatted as percentages (never an amount). */
  percentColumns?: readonly boolean[];
}

interface Candidate {
  role: ColumnRole;
  column: number;
  score: number;
}

const emptyMapping = (): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null,
});

/**
 * Guesses the role of each column from a header row and a sample of data rows: the export's own
 * rules when its headers are recognised, the generic header names otherwise, then the values
 * (a column of dates, of amounts with decimals, of repeating ids) for what is still missing.
 * @example
 * detectColumns(['Klient', 'Data zamówienia', 'Kwota'], [], 'pl_PL').mapping
 * // { customer: 0, date: 1, amount: 2, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null }
 */
export function detectColumns(
  header: readonly CellValue[],
  sample: readonly CellValue[][],
  locale?: string,
  options: DetectOptions = {},
): ColumnGuess {
  const headers = header.map(normaliseHeader);
  const platform = recognisePlatform(headers);
  const mapping = emptyMapping();
  const why: ColumnGuess['why'] = {};
  const taken = new Set<number>();
  const take = (role: ColumnRole, column: number, reason: ColumnReason) => {
    mapping[role] = column;
    taken.add(column);
    why[role] = reason;
  };
  const byHeader = (role: ColumnRole, column: number) => take(role, column, { source: 'header', header: String(header[column]) });
  const columnOf = (names: readonly string[] | undefined) => {
    for (const name of names ?? []) {
      const column = headers.indexOf(name);
      if (column >= 0 && !taken.has(column)) return column;
    }
    return -1;
  };
  const values = (column: number) => sample.map((row) => row[column]).filter((v) => !isBlank(v));

  let identity: Identity = { parts: [], zeroIsGuest: platform?.zeroIsGuest === true };
  const doubts: ColumnDoubt[] = [];
  if (platform) {
    for (const role of ['date', 'amount', 'orderId', 'refunds', 'currency', 'status'] as const) {
      const column = columnOf(platformNames(platform, role));
      if (column >= 0) byHeader(role, column);
    }
    const parts = identityParts(platform.customer, headers).filter((part) => !taken.has(part.column));
    const chosen = chooseIdentity(parts, values, sample, mapping.orderId, true);
    if (chosen) {
      identity = { parts: chosen.parts, zeroIsGuest: identity.zeroIsGuest };
      byHeader('customer', chosen.parts[0].column);
      doubts.push(...chosen.doubts);
    }
  }

  // Generic header names for the roles still missing (the customer only when no platform found one).
  const candidates = headerCandidates(headers)
    .filter(({ role, column }) => mapping[role] === null && !taken.has(column) && !(platform && role === 'customer'))
    .sort((a, b) => b.score - a.score || a.column - b.column);
  const customerCandidates: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.role === 'customer') {
      customerCandidates.push(candidate);
      continue;
    }
    if (mapping[candidate.role] !== null || taken.has(candidate.column)) continue;
    if (candidate.role === 'amount' && options.percentColumns?.[candidate.column]) continue;
    byHeader(candidate.role, candidate.column);
  }
  if (mapping.customer === null && !platform) {
    const parts = customerCandidates.filter((c) => !taken.has(c.column)).map((c) => ({ column: c.column, last: null }));
    const weak = new Set(customerCandidates.filter((c) => c.score < 70).map((c) => c.column));
    const chosen = chooseIdentity(parts, values, sample, mapping.orderId, false, weak);
    if (chosen) {
      identity = { parts: chosen.parts.slice(0, 1), zeroIsGuest: false };
      byHeader('customer', chosen.parts[0].column);
      doubts.push(...chosen.doubts);
    }
  }
  if (mapping.customer === null) {
    // Only first and last names: the two joined (a first name alone is never a customer).
    const first = headers.findIndex((h, i) => FIRST_NAME.test(h) && !taken.has(i));
    const last = headers.findIndex((h, i) => LAST_NAME.test(h) && !FIRST_NAME.test(h) && !taken.has(i) && i !== first);
    if (first >= 0 && last >= 0 && (sample.length === 0 || values(first).length > 0)) {
      identity = { parts: [{ column: first, last }], zeroIsGuest: false };
      byHeader('customer', first);
      taken.add(last);
    }
  }

  guessFromValues({ headers, sample, locale, options, mapping, taken, values, take, doubts, platform: platform !== null });
  if (mapping.customer !== null && identity.parts.length === 0) identity = { parts: [{ column: mapping.customer, last: null }], zeroIsGuest: false };

  return {
    mapping,
    why,
    platform: platform?.id ?? null,
    identity,
    amountLevel: platform ? platform.amountLevel : amountLevelOf(sample, mapping.amount, mapping.orderId),
    refundMode: platform?.refundMode ?? 'subtract',
    statusValues: platform?.statusValues ?? GENERIC_STATUS,
    extraRules: extraRules(platform, headers),
    converted: convertedColumns(platform, headers),
    dateZone: platform?.dateZone ?? 'sheet',
    doubts,
  };
}

function platformNames(platform: PlatformProfile, role: 'date' | 'amount' | 'orderId' | 'refunds' | 'currency' | 'status'): string[] | undefined {
  return platform[role];
}

/** The platform's identity columns present in the sheet, best first. */
function identityParts(entries: PlatformProfile['customer'], headers: string[]): IdentityPart[] {
  const parts: IdentityPart[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      const column = headers.indexOf(entry);
      if (column >= 0) parts.push({ column, last: null });
    } else {
      const [first, last] = entry.map((name) => headers.indexOf(name));
      if (first >= 0 && last >= 0) parts.push({ column: first, last });
    }
  }
  return parts;
}

/**
 * The identity columns to use, from candidates best first: a column empty in the sample, of order
 * numbers (`#1411`, the order id's own values) or (for weak candidates) different on every one of
 * at least 20 orders is not a customer. Masked values (`J******* S****`) are a last resort, the
 * most varied of them, with a doubt.
 */
function chooseIdentity(
  parts: IdentityPart[],
  values: (column: number) => CellValue[],
  sample: readonly CellValue[][],
  orderId: number | null,
  keepFallbacks: boolean,
  weak: Set<number> = new Set(),
): { parts: IdentityPart[]; doubts: ColumnDoubt[] } | null {
  const usable = parts.filter((part) => {
    const vs = values(part.column);
    if ((sample.length > 0 && vs.length === 0) || looksLikeOrderNumbers(vs, part.column, orderId, sample)) return false;
    return !(weak.has(part.column) && differsOnEveryOrder(sample, part.column, orderId));
  });
  if (usable.length === 0) return null;
  const masked = (part: IdentityPart) => mostly(values(part.column), (v) => String(v).includes('**'), 0.5);
  const clear = usable.filter((part) => !masked(part));
  const doubts: ColumnDoubt[] = [];
  let ordered = clear.length > 0 ? [...clear, ...usable.filter(masked)] : usable;
  if (clear.length === 0) {
    const distinct = (part: IdentityPart) => new Set(values(part.column).map(String)).size;
    ordered = [...usable].sort((a, b) => distinct(b) - distinct(a));
    doubts.push({ role: 'customer', code: 'masked', example: String(values(ordered[0].column)[0]) });
  }
  const first = ordered[0];
  const initials = values(first.column).filter((v) => typeof v === 'string' && /^\p{L}\.\s*\p{L}/u.test(v.trim()));
  if (initials.length > 0 && initials.length >= 0.5 * values(first.column).length) {
    doubts.push({ role: 'customer', code: 'initials', example: String(initials[0]) });
  }
  return { parts: keepFallbacks ? [first, ...ordered.slice(1).filter((p) => p !== first && !masked(p))] : [first], doubts };
}

/** Values like "#1411", or the very values of the order id column, row by row. */
function looksLikeOrderNumbers(vs: CellValue[], column: number, orderId: number | null, sample: readonly CellValue[][]): boolean {
  if (mostly(vs, (v) => /^#\s*\d+$/.test(String(v).trim()))) return true;
  if (orderId === null) return false;
  const rows = sample.filter((row) => !isBlank(row[column]));
  return rows.length > 0 && rows.every((row) => String(row[column]).trim() === String(row[orderId]).trim());
}

/** At least 20 orders in the sample, each with a value of its own in the column. */
function differsOnEveryOrder(sample: readonly CellValue[][], column: number, orderId: number | null): boolean {
  const orderOf = new Map<string, string>();
  sample.forEach((row, i) => {
    const value = row[column];
    if (isBlank(value)) return;
    const order = orderId === null || isBlank(row[orderId]) ? `row${i}` : String(row[orderId]);
    if (!orderOf.has(order)) orderOf.set(order, String(value).trim());
  });
  return orderOf.size >= 20 && new Set(orderOf.values()).size === orderOf.size;
}

function headerCandidates(headers: string[]): Candidate[] {
  const out: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header === '') return;
    for (const role of COLUMN_ROLES) {
      if (role === 'orderId' && LINE_IDS.has(header)) continue;
      if (role === 'customer' && isNamePart(header)) continue;
      for (const [score, names] of Object.entries(NAMES[role])) {
        for (const name of names.split('|')) {
          const partial = name.endsWith('*');
          const phrase = partial ? name.slice(0, -1) : name;
          if (header === phrase) out.push({ role, column, score: Number(score) });
          else if (partial && !ruledOut(role, header) && ` ${header} `.includes(` ${phrase} `)) {
            out.push({ role, column, score: Number(score) - 30 });
          }
        }
      }
    }
  });
  return out;
}

/** Customer names that hold a first- or last-name word but are a whole name (`Imię i nazwisko`, `Nume client`). */
const WHOLE_NAMES = new Set(NAMES.customer[60].split('|'));

/** A first-name or last-name header (`First Name`, `Nazwisko`): a part of a customer, never one alone. */
function isNamePart(header: string): boolean {
  return (FIRST_NAME.test(header) || LAST_NAME.test(header)) && !WHOLE_NAMES.has(header);
}

function ruledOut(role: ColumnRole, header: string): boolean {
  const rule = RULED_OUT[role as keyof typeof RULED_OUT];
  return rule !== undefined && rule.test(header);
}

interface GuessContext {
  headers: string[];
  sample: readonly CellValue[][];
  locale: string | undefined;
  options: DetectOptions;
  mapping: ColumnMapping;
  taken: Set<number>;
  values: (column: number) => CellValue[];
  take: (role: ColumnRole, column: number, reason: ColumnReason) => void;
  doubts: ColumnDoubt[];
  /** A recognised export names its customer columns: none is guessed from values. */
  platform: boolean;
}

/** Customer, date and amount from the values, when no header named them. */
function guessFromValues(ctx: GuessContext): void {
  const { headers, sample, locale, options, mapping, taken, values, take } = ctx;
  const width = Math.max(headers.length, ...sample.map((row) => row.length));
  const free = () => Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  const guess = (role: ColumnRole, column: number | undefined) => {
    if (column !== undefined) take(role, column, { source: 'values' });
    return column;
  };
  const allowed = (role: 'customer' | 'date' | 'amount', column: number) => {
    const header = headers[column] ?? '';
    if (ruledOut(role, header)) return false;
    return role !== 'customer' || !isNamePart(header);
  };

  if (mapping.date === null) guess('date', free().find((c) => allowed('date', c) && mostly(values(c), isDateLike)));
  if (mapping.amount === null && (mapping.quantity === null || mapping.price === null)) {
    const amountLike = free()
      .filter((c) => allowed('amount', c) && !options.percentColumns?.[c])
      .map((c) => ({ c, vs: values(c) }))
      .filter(({ vs }) => mostly(vs, (v) => typeof v !== 'boolean' && !(v instanceof Date) && parseAmount(v, locale) !== null))
      .map(({ c, vs }) => ({ c, decimals: vs.filter((v) => !Number.isInteger(parseAmount(v, locale))).length }))
      .filter(({ decimals }) => decimals > 0)
      .sort((a, b) => b.decimals - a.decimals);
    guess('amount', amountLike[0]?.c);
  }
  if (mapping.customer === null && !ctx.platform) {
    const idLike = free().filter(
      (c) =>
        allowed('customer', c) &&
        isIdLike(values(c), locale) &&
        !looksLikeOrderNumbers(values(c), c, mapping.orderId, sample) &&
        // Repeats from the lines of one order are not repeat customers (the 20-order rule above).
        !differsOnEveryOrder(sample, c, mapping.orderId),
    );
    const column = guess('customer', idLike.find((c) => mostly(values(c), (v) => typeof v === 'string' && v.includes('@'))) ?? idLike[0]);
    if (column !== undefined) ctx.doubts.push({ role: 'customer', code: 'guessed', example: String(values(column)[0]) });
  }
}

/**
 * Whether an amount column holds one amount per order (written on its first line, or repeated on
 * every line) or one per line, judged from the sample's orders with several lines.
 * @example amountLevelOf([[1, 10], [1, 10], [2, 5]], 1, 0) === 'order' // the same 10 on both lines of order 1
 */
export function amountLevelOf(sample: readonly CellValue[][], amount: number | null, orderId: number | null): 'order' | 'line' {
  if (amount === null || orderId === null) return 'line';
  const byOrder = new Map<string, CellValue[]>();
  for (const row of sample) {
    if (isBlank(row[orderId])) continue;
    const key = String(row[orderId]).trim();
    const lines = byOrder.get(key) ?? [];
    lines.push(row[amount]);
    byOrder.set(key, lines);
  }
  let repeated = false;
  let firstOnly = false;
  for (const lines of byOrder.values()) {
    if (lines.length < 2) continue;
    const filled = lines.filter((v) => !isBlank(v)).map((v) => String(v).trim());
    if (new Set(filled).size > 1) return 'line';
    if (filled.length > 1) repeated = true;
    else if (filled.length === 1 && !isBlank(lines[0])) firstOnly = true;
  }
  return repeated || firstOnly ? 'order' : 'line';
}

function extraRules(platform: PlatformProfile | null, headers: string[]): ExtraRule[] {
  const rules: ExtraRule[] = [];
  for (const spec of platform?.extraRules ?? []) {
    const column = spec.headers.map((h) => headers.indexOf(h)).find((i) => i >= 0);
    if (column !== undefined) rules.push({ column, test: spec.test, pattern: spec.pattern });
  }
  return rules;
}

function convertedColumns(platform: PlatformProfile | null, headers: string[]): ColumnGuess['converted'] {
  if (!platform?.converted) return null;
  const find = (names: string[] | undefined) => (names ?? []).map((h) => headers.indexOf(h)).find((i) => i >= 0) ?? -1;
  const amount = find(platform.converted.amount);
  const currency = find(platform.converted.currency);
  if (amount < 0 || currency < 0) return null;
  const refunds = find(platform.converted.refunds);
  return { amount, refunds: refunds >= 0 ? refunds : null, currency };
}

/**
 * The guess with the user's corrections (0-based columns, null for "none"): a corrected customer is
 * that one column, a corrected amount or order id has its level judged again from the sample.
 * @example applyCorrections(guess, { customer: 3 }, sample).identity.parts // [{ column: 3, last: null }]
 */
export function applyCorrections(guess: ColumnGuess, corrections: Partial<ColumnMapping>, sample: readonly CellValue[][]): ColumnGuess {
  const mapping = { ...guess.mapping };
  let changed = false;
  for (const role of COLUMN_ROLES) {
    const column = corrections[role];
    if (column === undefined || column === mapping[role]) continue;
    mapping[role] = column;
    changed = true;
  }
  if (!changed) return guess;
  const customerChanged = mapping.customer !== guess.mapping.customer;
  const amountChanged = mapping.amount !== guess.mapping.amount || mapping.orderId !== guess.mapping.orderId;
  const values = (column: number) => sample.map((row) => row[column]).filter((v) => !isBlank(v));
  const doubts = guess.doubts.filter((d) => !(customerChanged && d.role === 'customer'));
  if (customerChanged && mapping.customer !== null && mostly(values(mapping.customer), (v) => String(v).includes('**'), 0.5)) {
    doubts.push({ role: 'customer', code: 'masked', example: String(values(mapping.customer)[0]) });
  }
  return {
    ...guess,
    mapping,
    identity: customerChanged
      ? { parts: mapping.customer === null ? [] : [{ column: mapping.customer, last: null }], zeroIsGuest: false }
      : guess.identity,
    amountLevel: amountChanged ? amountLevelOf(sample, mapping.amount, mapping.orderId) : guess.amountLevel,
    refundMode: mapping.refunds !== guess.mapping.refunds ? 'subtract' : guess.refundMode,
    converted: amountChanged ? null : guess.converted,
    doubts,
  };
}

/** At least `share` of the (non-empty) values pass, and there is at least one. */
function mostly(values: CellValue[], test: (v: CellValue) => boolean, share = 0.8): boolean {
  return values.length > 0 && values.filter(test).length >= share * values.length;
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
