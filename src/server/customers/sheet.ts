/**
 * The "Customers" sheet: one row per customer sorted by net spend, a filter on the header, the
 * rules in the header note; to the right the tier sizes month by month and NPS by group. The sheet
 * is the add-on's (ownedSheet.ts): the size is checked before anything is cleared, then it is
 * rewritten in place. Text cells are formatted as plain text before values arrive, so a customer
 * named "=1+1" or a phone "+48601234567" stays text; dates are day serials with a date format.
 */
import { STATUSES, type CustomerRow, type CustomerStatus, type NpsGroup, type NpsGrouping } from '../../core/customers';
import { isoOfDay } from '../../core/days';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { UserError } from '../errors';
import { ensureSize, findOwnedSheet, ownedSheetForRun, withDocumentLock } from '../ownedSheet';
import { asLimitError, checkFits, workbookCells } from '../sheetSize';
import type { CustomersRead } from './read';

/** Developer metadata key of the Customers sheet. */
export const CUSTOMERS_KEY = 'retention.customers';
/** Rows above the customers: title, columns used and data notes, rules, tiers, column headers. */
export const HEADER_ROWS = 5;
const LOCK_WAIT_MS = 20_000;
/** Day serial of 1970-01-01 (Sheets counts days from 1899-12-30). */
const SERIAL_OF_EPOCH = 25569;

type Cell = string | number;

/** One column of the customer table: its field, header key, number format and how a row fills it. */
interface Column {
  field: string;
  header: MessageKey;
  format: string;
  value: (row: CustomerRow, word: (key: MessageKey) => string, read: CustomersRead) => Cell;
}

/** Each status's message key, put together once rather than for every customer. */
const STATUS_KEYS = Object.fromEntries(STATUSES.map((status) => [status, `customers.status.${status}`])) as Record<CustomerStatus, MessageKey>;

const date = (day: number | null): Cell => (day === null ? '' : day + SERIAL_OF_EPOCH);
const text = (value: string | null): Cell => value ?? '';
const num = (value: number | null): Cell => (value === null || !Number.isFinite(value) ? '' : value);

/** Every column; those about data the sheet lacks are left out (see `columnsFor`). */
const COLUMNS: Column[] = [
  { field: 'id', header: 'customers.col.customer', format: '@', value: (r) => r.id },
  { field: 'email', header: 'customers.col.email', format: '@', value: (r) => text(r.email) },
  { field: 'phone', header: 'customers.col.phone', format: '@', value: (r) => text(r.phone ?? r.phoneText) },
  { field: 'firstName', header: 'customers.col.firstName', format: '@', value: (r) => text(r.firstName) },
  { field: 'lastName', header: 'customers.col.lastName', format: '@', value: (r) => text(r.lastName) },
  { field: 'firstPurchase', header: 'customers.col.firstPurchase', format: 'yyyy-mm-dd', value: (r) => date(r.firstPurchase) },
  { field: 'lastPurchase', header: 'customers.col.lastPurchase', format: 'yyyy-mm-dd', value: (r) => date(r.lastPurchase) },
  { field: 'purchases', header: 'customers.col.purchases', format: '0', value: (r) => r.purchases },
  { field: 'spend', header: 'customers.col.spend', format: '#,##0.00', value: (r) => r.spend },
  { field: 'aov', header: 'customers.col.aov', format: '#,##0.00', value: (r) => num(r.aov) },
  { field: 'usualInterval', header: 'customers.col.usualInterval', format: '0.#', value: (r) => num(r.usualInterval) },
  { field: 'daysSince', header: 'customers.col.daysSince', format: '0', value: (r) => r.daysSinceLast },
  { field: 'expectedNext', header: 'customers.col.expectedNext', format: 'yyyy-mm-dd', value: (r) => date(r.expectedNext) },
  { field: 'status', header: 'customers.col.status', format: '@', value: (r, word) => word(STATUS_KEYS[r.status]) },
  { field: 'segment', header: 'customers.col.segment', format: '@', value: (r, word) => word(r.segment) },
  { field: 'tier', header: 'customers.col.tier', format: '@', value: (r) => text(r.tier) },
  { field: 'toNextTier', header: 'customers.col.toNextTier', format: '#,##0.##', value: (r) => num(r.toNextTier) },
  { field: 'anniversary', header: 'customers.col.anniversary', format: 'yyyy-mm-dd', value: (r) => date(r.nextAnniversary) },
  { field: 'consent', header: 'customers.col.consent', format: '@', value: (r, word) => word(r.consent === true ? 'customers.consent.yes' : 'customers.consent.no') },
  { field: 'pAlive', header: 'customers.col.pAlive', format: '0.0%', value: (r, _, read) => (read.value.kind === 'model' ? num(read.value.values.pAlive[r.index]) : '') },
  { field: 'predictedClv', header: 'customers.col.predictedClv', format: '#,##0.00', value: (r, _, read) => (read.value.kind === 'model' ? num(read.value.values.predictedClv[r.index]) : '') },
  { field: 'nps', header: 'customers.col.nps', format: '0', value: (r) => num(r.nps) },
];

/**
 * The columns the sheet has data for: contacts when the order sheet has them, consent with a
 * consent column, P(alive) and predicted CLV with the order sheet's customer-value model, NPS with linked answers.
 * @example columnsFor(read).map((c) => c.field) // ['id', 'email', 'firstPurchase', …]
 */
export function columnsFor(read: CustomersRead): Column[] {
  const c = read.contactColumns;
  const has: Record<string, boolean> = {
    email: c.email !== null || read.list.hasEmails,
    phone: c.phone !== null,
    firstName: c.firstName !== null || c.name !== null,
    lastName: c.lastName !== null || c.name !== null,
    consent: read.list.hasConsent,
    nps: read.nps !== null,
    pAlive: read.value.kind === 'model',
    predictedClv: read.value.kind === 'model',
  };
  return COLUMNS.filter((column) => has[column.field] !== false);
}

/** What the sheet shows above the table. */
export interface SheetHeader {
  orderSheet: string;
  used: string[];
  health: string[];
}

/**
 * Writes the Customers sheet under the document lock and returns its name.
 * @example writeCustomersSheet(read, { orderSheet: 'Orders', used, health }, 'en') === 'Customers'
 */
export function writeCustomersSheet(read: CustomersRead, header: SheetHeader, language: Language): string {
  const busy = (): string => {
    throw new UserError('customers.error.busy', {}, language);
  };
  return withDocumentLock(LOCK_WAIT_MS, busy, () => {
    const columns = columnsFor(read);
    const side = sideBlocks(read, language);
    const sideColumn = columns.length + 2;
    const sideWidth = Math.max(0, ...side.map((row) => row.length));
    const size = { rows: Math.max(HEADER_ROWS + read.list.count, HEADER_ROWS - 1 + side.length), columns: sideColumn - 1 + sideWidth };
    const tooLarge = (cells: number, used: number) =>
      new UserError('customers.error.tooLarge', { cells: cells.toLocaleString('en-US'), used: used.toLocaleString('en-US') }, language);
    checkFits(size, findOwnedSheet(CUSTOMERS_KEY), tooLarge);
    const sheet = ownedSheetForRun(t(language, 'customers.sheetName'), CUSTOMERS_KEY, 'v1');
    try {
      sheet.getFilter()?.remove();
      ensureSize(sheet, size.rows, size.columns);
      writeTable(sheet, read, header, columns, language);
      if (side.length > 0) {
        const range = sheet.getRange(HEADER_ROWS - 1, sideColumn, side.length, sideWidth);
        range.setNumberFormats(side.map((row) => padded(row, sideWidth).map((v) => (typeof v === 'number' ? '0.##' : '@'))));
        range.setValues(side.map((row) => padded(row, sideWidth)));
      }
    } catch (error) {
      throw asLimitError(error, () => tooLarge(size.rows * size.columns, workbookCells()));
    }
    return sheet.getName();
  });
}

/** A note line as a sentence in the header row (the sidebar shows them as separate lines, some without a full stop). */
function sentence(line: string): string {
  return /[.!?:]$/.test(line.trim()) ? line : `${line}.`;
}

function padded(row: Cell[], width: number): Cell[] {
  return row.length >= width ? row : [...row, ...new Array<Cell>(width - row.length).fill('')];
}

function writeTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, read: CustomersRead, header: SheetHeader, columns: Column[], language: Language): void {
  const { list } = read;
  const width = columns.length;
  const line = (value: string) => padded([value], width);
  const tiers = list.tiers.tiers.map((tier) => `${tier.name} ${tier.threshold}`).join(', ');
  const tierLine =
    t(language, 'customers.sheet.tiers', {
      basis: t(language, `customers.basis.${list.tiers.basis}`),
      window: t(language, `customers.window.${list.tiers.window}`),
      tiers,
    }) + (list.defaultTiers ? ` ${t(language, 'customers.sheet.defaultTiers')}` : '');
  const top: Cell[][] = [
    line(t(language, 'customers.sheet.title', { sheet: header.orderSheet, asOf: isoOfDay(list.asOfDay) })),
    line([...header.used, ...header.health].map(sentence).join(' ')),
    line(`${t(language, 'customers.sheet.rules')} ${valueNote(read, language)}`),
    line(tierLine),
    columns.map((c) => t(language, c.header, read.value.kind === 'model' ? { horizon: read.value.model.horizonMonths } : {})),
  ];
  sheet.getRange(1, 1, HEADER_ROWS, width).setNumberFormat('@');
  sheet.getRange(1, 1, HEADER_ROWS, width).setValues(top);
  const n = list.count;
  // Formats first, one call per run of neighbouring columns with the same format: text columns are
  // plain text before their values arrive.
  for (let j = 0; j < width; ) {
    let end = j + 1;
    while (end < width && columns[end].format === columns[j].format) end++;
    sheet.getRange(HEADER_ROWS + 1, j + 1, n, end - j).setNumberFormat(columns[j].format);
    j = end;
  }
  // Statuses, segments and consent repeat: each word translated once, not once per customer.
  const words = new Map<MessageKey, string>();
  const word = (key: MessageKey): string => {
    let text = words.get(key);
    if (text === undefined) words.set(key, (text = t(language, key)));
    return text;
  };
  const body = new Array<Cell[]>(n);
  let i = 0;
  list.visit((row) => {
    const out = new Array<Cell>(width);
    for (let j = 0; j < width; j++) out[j] = columns[j].value(row, word, read);
    body[i++] = out;
  });
  sheet.getRange(HEADER_ROWS + 1, 1, n, width).setValues(body);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 3, 1).setFontColor('#5f6368');
  sheet.getRange(HEADER_ROWS, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(HEADER_ROWS);
  sheet.getRange(HEADER_ROWS, 1, n + 1, width).createFilter();
}

/** The header note on P(alive) and predicted CLV: the model and its horizon, or how to get them. */
function valueNote(read: CustomersRead, language: Language): string {
  const state = read.value;
  if (state.kind === 'none') return t(language, 'customers.sheet.noModel', { tab: t(language, 'clv.tab') });
  const m = state.model;
  if (state.kind === 'tooMany') return t(language, 'customers.sheet.modelTooMany', { customers: state.customers, max: state.max, horizon: m.horizonMonths });
  const discount = `${+(m.monthlyDiscount * 100).toFixed(2)}%`.replace('.', language === 'en' ? '.' : ',');
  return t(language, 'customers.sheet.model', { sheet: m.sheetName, end: m.observationEnd, horizon: m.horizonMonths, discount, asOf: isoOfDay(read.list.asOfDay) });
}

/** The side blocks: tier sizes month by month, then NPS by each grouping. */
function sideBlocks(read: CustomersRead, language: Language): Cell[][] {
  const { list, history } = read;
  const names = list.tiers.tiers.map((tier) => tier.name);
  const rows: Cell[][] = [[t(language, 'customers.history.title')]];
  rows.push([t(language, 'customers.history.month'), ...names, t(language, 'customers.history.movedDown')]);
  for (const month of history) rows.push([month.month, ...month.sizes, month.movedDown]);
  if (read.nps) {
    rows.push([], [t(language, 'customers.nps.linked', { sheet: read.nps.sheet, matched: read.nps.read.matched, answers: read.nps.read.answers })]);
    rows.push([t(language, 'customers.nps.title')]);
    for (const by of ['tier', 'status', 'cohort', 'segment'] as NpsGrouping[]) {
      rows.push([
        t(language, `customers.nps.by.${by}`),
        t(language, 'customers.nps.nps'),
        t(language, 'customers.nps.answers'),
        t(language, 'customers.nps.customers'),
        t(language, 'customers.nps.repeatRate'),
      ]);
      for (const g of read.nps.groups[by]) rows.push(npsRow(g, by, language));
      rows.push([]);
    }
  }
  return rows;
}

function npsRow(g: NpsGroup, by: NpsGrouping, language: Language): Cell[] {
  const label = by === 'status' ? t(language, `customers.status.${g.group}` as MessageKey) : by === 'segment' ? t(language, g.group as MessageKey) : g.group;
  return [label, g.nps === null ? '' : Math.round(g.nps * 10) / 10, g.answers, g.customers, g.repeatRate === null ? '' : Math.round(g.repeatRate * 1000) / 1000, g.few ? t(language, 'customers.nps.few') : ''];
}
