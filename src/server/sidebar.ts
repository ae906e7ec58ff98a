/**
 * The sidebar and the server calls it makes through google.script.run. Arguments and results are
 * plain data only (no Date: Apps Script refuses it), so dates travel as ISO strings.
 */
import { catalog, t } from '../i18n';
import type { Language } from '../core/types';
import { documentLanguage } from './context';

/** Opens the retention sidebar. */
export function showSidebar(): void {
  const language = documentLanguage();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(language, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What the sidebar needs when it opens. */
export interface SidebarState {
  language: Language;
  spreadsheetName: string;
  activeSheetName: string;
  sheetNames: string[];
  messages: Record<string, string>;
}

/** First call of the sidebar: the document it works on, and the messages in its language. */
export function getSidebarState(): SidebarState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = documentLanguage();
  return {
    language,
    spreadsheetName: spreadsheet.getName(),
    activeSheetName: spreadsheet.getActiveSheet().getName(),
    sheetNames: spreadsheet.getSheets().map((sheet) => sheet.getName()),
    messages: { ...catalog(language) },
  };
}
