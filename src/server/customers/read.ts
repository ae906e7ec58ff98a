/**
 * The customer list of an order sheet: the orders read the way every output reads them
 * (src/server/orders.ts), the contact columns read in chunks (only those columns), the NPS answers
 * sheet when one is linked, then the core's customer list, tier history and NPS by group.
 */
import {
  answerColumns,
  contactCollector,
  contactColumns,
  countryOfLocale,
  listOfPlan,
  planCustomerList,
  NPS_GROUPINGS,
  npsBy,
  readAnswers,
  tierHistory,
  TIER_HISTORY_MONTHS,
  type AnswersRead,
  type ContactColumns,
  type Contacts,
  type CustomerList,
  type CustomerListPlan,
  type NpsGroup,
  type NpsGrouping,
  type TierMonth,
} from '../../core/customers';
import { isoOfDay } from '../../core/days';
import type { ColumnGuess } from '../../core/read/columns';
import { decideDateOrder, type DateContext } from '../../core/read/dates';
import { idKey } from '../../core/read/ids';
import { identityColumn } from '../../core/read/rowRules';
import type { CellValue, Language, OrderTable } from '../../core/types';
import { t } from '../../i18n';
import { spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { CHUNK_ROWS, orderDayRange, orderSheet, readOrderSheet } from '../orders';
import type { ReadingSummary } from '../reading';
import { offsetAtOfZone } from '../zone';
import { customerError, type CheckedCustomers } from './options';
import { customerValueState, type CustomerValueState } from './value';

export interface CustomersRead {
  table: OrderTable;
  reading: ReadingSummary;
  /** The list as a plan: the sheet writes its rows straight from it (no object per customer kept). */
  list: CustomerListPlan;
  contactColumns: ContactColumns;
  history: TierMonth[];
  /** NPS by group, when an answers sheet is linked. */
  nps: { sheet: string; read: AnswersRead; groups: Record<NpsGrouping, NpsGroup[]> } | null;
  /** P(alive) and predicted CLV from the customer-value model of this order sheet, when there is one. */
  value: CustomerValueState;
}

/** The customer list and what it was read from: all a campaign list needs. */
export interface CustomerListRead {
  table: OrderTable;
  reading: ReadingSummary;
  list: CustomerList;
  contactColumns: ContactColumns;
  answers: AnswersRead | null;
}

/**
 * Reads the order sheet (and the answers sheet) and makes the customer list.
 * @example readCustomerList(checkCustomers({ sheetName: 'Orders' }, 'en'), 'en').list.rows.length
 */
export function readCustomerList(options: CheckedCustomers, language: Language): CustomerListRead {
  const read = readCustomerPlan(options, language);
  return { ...read, list: listOfPlan(read.list) };
}

/** readCustomerList with the list as a plan (CustomerListPlan). */
function readCustomerPlan(options: CheckedCustomers, language: Language): Omit<CustomerListRead, 'list'> & { list: CustomerListPlan } {
  const { table, reading, guess, headers } = readOrderSheet({ sheetName: options.sheetName, mapping: options.mapping, currency: options.currency }, language);
  const asOfDay = options.asOfDay ?? orderDayRange(table).last;
  if (!Number.isFinite(asOfDay)) throw new UserError('customers.error.noCustomers', { sheet: options.sheetName, asOf: '—' }, language);
  const locale = spreadsheetLocale();
  const dates: DateContext = { offsetAt: offsetAtOfZone(spreadsheetTimeZone()), order: 'dmy', zone: guess.dateZone };
  const columns = contactColumns(headers);
  const contacts = readContacts(options.sheetName, table, guess, columns, dates, locale, language);
  const answers = options.answersSheet ? readAnswerSheet(options.answersSheet, table, contacts, dates, language) : null;
  let list: CustomerListPlan;
  try {
    list = planCustomerList(
      table,
      {
        asOfDay,
        includeRefunds: options.includeRefunds,
        tiers: { tiers: options.tiers, basis: options.basis, window: options.window },
        defaultNames: [t(language, 'customers.tier.default1'), t(language, 'customers.tier.default2'), t(language, 'customers.tier.default3')],
        country: countryOfLocale(locale),
      },
      contacts ?? undefined,
      answers?.latest,
    );
  } catch (error) {
    throw customerError(error, language);
  }
  if (list.count === 0) throw new UserError('customers.error.noCustomers', { sheet: options.sheetName, asOf: isoOfDay(asOfDay) }, language);
  return { table, reading, list, contactColumns: columns, answers };
}

/**
 * The customer list with what the Customers sheet shows beside it: the tier history, NPS by
 * group and the customer-value columns.
 * @example readCustomers(checkCustomers({ sheetName: 'Orders' }, 'en'), 'en').history.length
 */
export function readCustomers(options: CheckedCustomers, language: Language): CustomersRead {
  const { table, reading, list, contactColumns: columns, answers } = readCustomerPlan(options, language);
  const asOfDay = list.asOfDay;
  const history = tierHistory(table, asOfDay, list.tiers, TIER_HISTORY_MONTHS, list.byDay);
  const tierNames = list.tiers.tiers.map((tier) => tier.name);
  const nps = answers
    ? {
        sheet: options.answersSheet as string,
        read: answers,
        groups: npsGroups(listOfPlan(list), tierNames),
      }
    : null;
  const value = customerValueState(table, asOfDay, options.sheetName, list.count);
  return { table, reading, list, contactColumns: columns, history, nps, value };
}

/** NPS by each grouping over the list's rows. */
function npsGroups(list: CustomerList, tierNames: string[]): Record<NpsGrouping, NpsGroup[]> {
  return Object.fromEntries(NPS_GROUPINGS.map((by) => [by, npsBy(list.rows, by, by === 'tier' ? tierNames : [])])) as Record<NpsGrouping, NpsGroup[]>;
}

/** The contact columns of every row, in chunks; null when the sheet has none. */
function readContacts(
  sheetName: string,
  table: OrderTable,
  guess: ColumnGuess,
  columns: ContactColumns,
  dates: DateContext,
  locale: string,
  language: Language,
): Contacts | null {
  const wanted = Object.values(columns).filter((c): c is number => c !== null);
  if (wanted.length === 0 || guess.mapping.date === null) return null;
  const sheet = orderSheet(sheetName, language);
  const lastRow = sheet.getLastRow();
  const column = (c: number, start: number, rows: number) => (sheet.getRange(start, c + 1, rows, 1).getValues() as CellValue[][]).map((row) => row[0]);
  const dateColumn = guess.mapping.date;
  dates.order = decideDateOrder(column(dateColumn, 2, Math.min(200, lastRow - 1)), locale);
  const collector = contactCollector(table, columns, dates);
  for (let start = 2; start <= lastRow; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, lastRow - start + 1);
    const cells = new Map<number, CellValue[]>();
    const get = (c: number) => {
      if (!cells.has(c)) cells.set(c, column(c, start, rows));
      return cells.get(c)!;
    };
    const customer = identityColumn(
      guess.identity.parts.map((part) => ({ cells: get(part.column), last: part.last === null ? undefined : get(part.last) })),
      guess.identity.zeroIsGuest,
    );
    for (const c of wanted) get(c);
    collector.addRows(customer, get(dateColumn), cells);
  }
  return collector.finish();
}

/** The answers sheet's latest answer per customer, joined by customer id or e-mail. */
function readAnswerSheet(name: string, table: OrderTable, contacts: Contacts | null, dates: DateContext, language: Language): AnswersRead {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new UserError('error.sheetMissing', { sheet: name }, language);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const header = values[0] ?? [];
  const rows = values.slice(1);
  const columns = answerColumns(header, rows.slice(0, 200));
  if (columns.score === null || columns.customer === null) {
    throw new UserError('customers.error.noAnswerColumns', { sheet: name, headers: header.map((h) => `"${String(h)}"`).join(', ') }, language);
  }
  const byKey = new Map<string, number>();
  table.customerIds.forEach((id, i) => byKey.set(id, i));
  contacts?.email.forEach((email, i) => {
    if (email !== null && !byKey.has(email)) byKey.set(idKey(email), i);
  });
  return readAnswers(rows, columns, dates, (key) => byKey.get(key));
}
