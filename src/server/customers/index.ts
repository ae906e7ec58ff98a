/**
 * The "Customers" action (docs/CUSTOMERS.md): reads the order sheet (and an NPS answers sheet),
 * writes the Customers sheet, remembers the request for the campaign lists, and returns what the
 * sidebar shows; the runner (`withJson: true`) also gets docs/RUNNER.md's JSON.
 */
import { t } from '../../i18n';
import { requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { healthLines } from '../health';
import { findOwnedSheet } from '../ownedSheet';
import { noteLines, readingLines } from '../reading';
import { CAMPAIGN_KEY } from './export';
import { customersJson, type CustomersJson } from './json';
import { checkCustomers, type CustomersRequest } from './options';
import { readCustomers } from './read';
import { saveCustomerSettings } from './settings';
import { CUSTOMERS_KEY, writeCustomersSheet } from './sheet';

export { exportCustomerList } from './export';

export interface CustomersResult {
  sheetName: string;
  customers: number;
  /** The tiers applied, with their sizes (the defaults are shown so the owner can change them). */
  tiers: { name: string; threshold: number; customers: number }[];
  defaultTiers: boolean;
  used: string[];
  health: string[];
  /** With `withJson`. */
  json?: CustomersJson;
}

/**
 * Builds (or rebuilds) the Customers sheet.
 * @param {Object} request {sheetName, mapping?, currency?, asOf?, tiers?, tierBasis?, tierWindow?, answersSheet?, language?}
 * @return {Object} the sheet's name, the customer count, the tiers and the data notes
 */
export function buildCustomers(request: CustomersRequest): CustomersResult {
  const language = requestLanguage(request?.language);
  const options = checkCustomers(request, language);
  for (const key of [CUSTOMERS_KEY, CAMPAIGN_KEY]) {
    const own = findOwnedSheet(key);
    if (own && (own.getName() === options.sheetName || own.getName() === options.answersSheet)) {
      throw new UserError('customers.error.ownSheet', { sheet: own.getName() }, language);
    }
  }
  const read = readCustomers(options, language);
  saveCustomerSettings({ ...request, language });
  const used = readingLines(read.reading, language);
  const health = [...healthLines(read.table.health, language), ...noteLines(read.reading, read.table.health, language, spreadsheetLocale(), spreadsheetTimeZone())];
  if (read.list.unreadablePhones > 0) health.push(t(language, 'customers.unreadablePhones', { count: read.list.unreadablePhones }));
  const sheetName = writeCustomersSheet(read, { orderSheet: options.sheetName, used, health }, language);
  const { list } = read;
  const result: CustomersResult = {
    sheetName,
    customers: list.count,
    tiers: list.tiers.tiers.map((tier, i) => ({ name: tier.name, threshold: tier.threshold, customers: list.tierSizes[i] })),
    defaultTiers: list.defaultTiers,
    used,
    health,
  };
  if (request.withJson === true) result.json = customersJson(read);
  return result;
}
