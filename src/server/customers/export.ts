/**
 * "Export a list": the campaign list of an audience for a destination, made with the Customers
 * sheet's saved rules, written to the add-on's own "Campaign list" sheet (never a user's sheet:
 * ownedSheet.ts, size checked first, rewritten in place, every cell plain text so phones stay
 * `+48…` and nothing becomes a formula) and returned as CSV text for the sidebar's download.
 */
import { campaignList, csvText, STATUSES, type Audience, type CampaignList, type Destination, type PlainHeaders } from '../../core/customers';
import { isoOfDay } from '../../core/days';
import { decimalOfLocale } from '../../core/read/locale';
import type { Language } from '../../core/types';
import { t } from '../../i18n';
import { requestLanguage, spreadsheetLocale } from '../context';
import { UserError } from '../errors';
import { ensureSize, findOwnedSheet, ownedSheetForRun, withDocumentLock } from '../ownedSheet';
import { checkFits } from '../sheetSize';
import { checkCustomers, checkExport, type ExportRequest } from './options';
import { readCustomerList } from './read';
import { loadCustomerSettings } from './settings';

export const CAMPAIGN_KEY = 'retention.campaignList';
/** Rows above the list's header: the title, the consent and summary line. */
export const CAMPAIGN_TOP_ROWS = 2;
const LOCK_WAIT_MS = 20_000;

export interface ExportResult {
  sheetName: string;
  destination: Destination;
  rows: number;
  inAudience: number;
  noConsent: number;
  noContact: number;
  consentKnown: boolean;
  /** The consent line and the summary, in the request's language. */
  notes: string[];
  /** The list as the destination imports it (header and rows only). */
  csv: string;
  fileName: string;
}

/** The plain CSV's headers and words in a language (status names), amounts with a decimal comma where the locale writes one. */
export function plainHeaders(language: Language, decimalComma: boolean): PlainHeaders {
  return {
    customer: t(language, 'customers.col.customer'),
    email: t(language, 'customers.col.email'),
    phone: t(language, 'customers.col.phone'),
    firstName: t(language, 'customers.col.firstName'),
    lastName: t(language, 'customers.col.lastName'),
    status: t(language, 'customers.col.status'),
    tier: t(language, 'customers.col.tier'),
    spend: t(language, 'customers.plain.spend'),
    lastPurchase: t(language, 'customers.col.lastPurchase'),
    expectedNext: t(language, 'customers.col.expectedNext'),
    anniversary: t(language, 'customers.col.anniversary'),
    statusNames: Object.fromEntries(STATUSES.map((status) => [status, t(language, `customers.status.${status}`)])),
    decimalComma,
  };
}

const DESTINATION_NAMES: Record<Destination, string> = { klaviyo: 'Klaviyo', mailchimp: 'Mailchimp', omnisend: 'Omnisend', smsapi: 'SMSAPI', csv: 'CSV' };

/** The audience in words. */
function audienceText(audience: Audience, name: string, language: Language): string {
  if (name === 'winBack') return t(language, 'customers.audience.winBack');
  switch (audience.kind) {
    case 'all':
      return t(language, 'customers.audience.all');
    case 'status':
      return t(language, 'customers.audience.status', { status: t(language, `customers.status.${audience.statuses[0]}`) });
    case 'tier':
      return t(language, 'customers.audience.tier', { tier: audience.tier });
    case 'nudge':
      return t(language, 'customers.audience.nudge');
    case 'anniversary':
      return t(language, 'customers.audience.anniversary', { days: audience.days });
    case 'nps':
      return t(language, audience.answer === 'promoters' ? 'customers.audience.promoters' : 'customers.audience.detractors');
  }
}

/**
 * Writes the campaign list sheet and returns what the sidebar shows and downloads.
 * @param {Object} request {destination, audience, days?, tier?, language?}
 * @return {Object} the sheet's name, the counts, the notes and the CSV text
 */
export function exportCustomerList(request: ExportRequest): ExportResult {
  const language = requestLanguage(request?.language);
  const { destination, audience, audienceName } = checkExport(request, language);
  const saved = loadCustomerSettings();
  if (!saved) throw new UserError('customers.error.noCustomersSheet', {}, language);
  const read = readCustomerList(checkCustomers(saved, language), language);
  const decimalComma = decimalOfLocale(spreadsheetLocale()) === ',';
  const list = campaignList(read.list, audience, destination, plainHeaders(language, decimalComma));
  const separator = destination === 'csv' && decimalComma ? ';' : ',';
  const notes = [
    t(language, list.consentKnown ? 'customers.export.consentColumn' : 'customers.export.noConsentColumn'),
    t(language, 'customers.export.summary', { rows: list.rows.length, noConsent: list.noConsent, noContact: list.noContact }),
  ];
  const title = t(language, 'customers.export.title', { destination: DESTINATION_NAMES[destination], audience: audienceText(audience, audienceName, language), asOf: isoOfDay(read.list.asOfDay) });
  const sheetName = writeCampaignSheet(list, title, notes, language);
  return {
    sheetName,
    destination,
    rows: list.rows.length,
    inAudience: list.inAudience,
    noConsent: list.noConsent,
    noContact: list.noContact,
    consentKnown: list.consentKnown,
    notes,
    csv: csvText([list.header, ...list.rows], separator),
    fileName: `${destination}-${audienceName}-${isoOfDay(read.list.asOfDay)}.csv`,
  };
}

function writeCampaignSheet(list: CampaignList, title: string, notes: string[], language: Language): string {
  const busy = (): string => {
    throw new UserError('customers.error.busy', {}, language);
  };
  return withDocumentLock(LOCK_WAIT_MS, busy, () => {
    const width = list.header.length;
    const size = { rows: CAMPAIGN_TOP_ROWS + 1 + list.rows.length, columns: width };
    const tooLarge = (cells: number, used: number) =>
      new UserError('customers.error.tooLarge', { cells: cells.toLocaleString('en-US'), used: used.toLocaleString('en-US') }, language);
    checkFits(size, findOwnedSheet(CAMPAIGN_KEY), tooLarge);
    const sheet = ownedSheetForRun(t(language, 'customers.exportSheetName'), CAMPAIGN_KEY, 'v1');
    ensureSize(sheet, size.rows, size.columns);
    const pad = (text: string) => [text, ...new Array<string>(width - 1).fill('')];
    const block = [pad(title), pad(notes.join(' ')), list.header, ...list.rows];
    const range = sheet.getRange(1, 1, block.length, width);
    range.setNumberFormat('@'); // plain text first: phones stay "+48…", no value becomes a formula
    range.setValues(block);
    sheet.getRange(1, 1).setFontWeight('bold');
    sheet.getRange(CAMPAIGN_TOP_ROWS + 1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(CAMPAIGN_TOP_ROWS + 1);
    return sheet.getName();
  });
}
