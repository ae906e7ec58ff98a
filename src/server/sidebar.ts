/**
 * The sidebar and the server calls it makes through google.script.run. Arguments and results are
 * plain data only (no Date: Apps Script refuses it), so dates travel as ISO strings.
 */
import type { ColumnMapping, ColumnRole } from '../core/read/columns';
import { countCurrencies } from '../core/read/rowRules';
import type { Language, WeekStart } from '../core/types';
import { catalog, t } from '../i18n';
import { requestLanguage, spreadsheetLocale, weekStartOfLocale } from './context';
import { detectSheetColumns, orderSheet } from './orders';
import { doubtLines, platformName } from './reading';
import { loadSettings, saveSettings, type ReportSettings } from './report/settings';
import { findReportSheet } from './report/write';
import { findOwnedSheet } from './ownedSheet';
import { SHEET_KEY as PREDICTIONS_KEY } from './clv/sheet';
import { CUSTOMERS_KEY } from './customers/sheet';
import { CAMPAIGN_KEY } from './customers/export';
import { noticesFor } from './email/notice';
import { checkPreviewRequest } from './requests/previewRequest';
import { checkSidebarLanguage } from './requests/sidebarState';

/** Opens the retention sidebar. */
export function showSidebar(): void {
  const language = requestLanguage(loadSettings().language);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(language, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What the sidebar needs when it opens. */
export interface SidebarState {
  language: Language;
  locale: string;
  spreadsheetName: string;
  activeSheetName: string;
  /** The sheets that can hold orders (the add-on's report, customer predictions, Customers and campaign list sheets are left out). */
  sheetNames: string[];
  defaultWeekStart: WeekStart;
  /** What the user chose last time in this document. */
  settings: ReportSettings;
  messages: Record<string, string>;
  /** Notices failed weekly runs left for this spreadsheet (src/server/email/notice.ts), translated. */
  notices: string[];
}

/**
 * First call of the sidebar (and again when the user switches language): the document it works
 * on, the remembered settings, and the messages in the sidebar's language.
 * @param {string} language optional: 'en', 'pl', 'ru', 'ro' or 'da'; remembered for this document
 * @return {Object} the sidebar's state
 */
export function getSidebarState(language?: string): SidebarState {
  language = checkSidebarLanguage(language);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let settings = loadSettings();
  if (language) settings = saveSettings({ language: requestLanguage(language) });
  const chosen = requestLanguage(settings.language);
  const owned = [findReportSheet(), ...[PREDICTIONS_KEY, CUSTOMERS_KEY, CAMPAIGN_KEY].map(findOwnedSheet)].flatMap((sheet) => (sheet ? [sheet.getName()] : []));
  const locale = spreadsheetLocale();
  return {
    language: chosen,
    locale,
    spreadsheetName: spreadsheet.getName(),
    activeSheetName: spreadsheet.getActiveSheet().getName(),
    sheetNames: spreadsheet
      .getSheets()
      .map((sheet) => sheet.getName())
      .filter((name) => !owned.includes(name)),
    defaultWeekStart: weekStartOfLocale(locale),
    settings,
    messages: { ...catalog(chosen) },
    notices: noticesFor(spreadsheet.getId(), chosen),
  };
}

/** Rows of the order sheet the sidebar shows under the columns. */
const PREVIEW_ROWS = 5;

/** How the sidebar explains each column choice. */
export type ColumnSource = 'header' | 'values' | 'user' | 'missing';

export interface SheetPreview {
  sheetName: string;
  /** Rows below the header row. */
  rows: number;
  headers: string[];
  mapping: ColumnMapping;
  why: Record<ColumnRole, ColumnSource>;
  /** The export recognised (its name), or null. */
  platform: string | null;
  /** What deserves a second look about the columns, in the request's language. */
  doubts: string[];
  /** The roles whose column is doubtful (marked next to their column). */
  doubtRoles: ColumnRole[];
  /** The currencies in the sample's currency column, most used first (several: the user picks one). */
  currencies: string[];
  /** The export has settlement-currency columns (Stripe): several currencies need no choice. */
  converted: boolean;
  /** The first rows as Sheets displays them. */
  sample: string[][];
}

/**
 * The detected columns of an order sheet (merged with the user's corrections) and its first rows.
 * @param {Object} request {sheetName, mapping?, language?}
 * @return {Object} headers, mapping, why each column was chosen, and a sample of rows as text
 */
export function previewOrderSheet(request: { sheetName: string; mapping?: Partial<ColumnMapping>; language?: string }): SheetPreview {
  request = checkPreviewRequest(request);
  const language = requestLanguage(request.language);
  const { guess, mapping, headers, sample: cells } = detectSheetColumns({ sheetName: request.sheetName, mapping: request.mapping }, language);
  const sheet = orderSheet(request.sheetName, language);
  const rows = sheet.getLastRow() - 1;
  const sample = sheet.getRange(2, 1, Math.min(PREVIEW_ROWS, rows), headers.length).getDisplayValues();
  const why = {} as Record<ColumnRole, ColumnSource>;
  for (const role of Object.keys(mapping) as ColumnRole[]) {
    const corrected = request.mapping && request.mapping[role] !== undefined;
    why[role] = corrected ? 'user' : mapping[role] === null ? 'missing' : (guess.why[role]?.source ?? 'values');
  }
  const currencies = mapping.currency === null ? [] : countCurrencies(cells.map((row) => row[mapping.currency as number])).map(([code]) => code);
  return {
    sheetName: request.sheetName,
    rows,
    headers,
    mapping,
    why,
    platform: guess.platform ? platformName(guess.platform) : null,
    doubts: doubtLines(guess.doubts, headers, language, mapping),
    doubtRoles: [...new Set(guess.doubts.map((d) => d.role))],
    currencies,
    converted: guess.converted !== null,
    sample,
  };
}
