/**
 * The run log: one row per run of the weekly e-mail, in a sheet the add-on creates and marks with
 * developer metadata. It is found by that mark, never by name, so a user's sheet of the same name
 * is never touched. Cells are written as plain text (number format '@'), so a sheet name such as
 * `=HYPERLINK(…)` can never become a formula.
 */
import type { Language } from '../../core/types';
import { t } from '../../i18n';
import { spreadsheetTimeZone } from '../context';
import { adoptOwnedSheet, createOwnedSheet, findOwnedSheet } from '../ownedSheet';

const LOG_METADATA_KEY = 'retention.weeklyEmailLog';
const COLUMNS = 5;

export type LogResult = 'sent' | 'test' | 'alreadySent' | 'problem' | 'quota' | 'failed' | 'busy';

export interface LogEntry {
  week: string;
  result: LogResult;
  recipients: number;
  details: string;
}

/** The add-on's log sheet, or null when it has not been made yet. */
export function findLogSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findOwnedSheet(LOG_METADATA_KEY);
}

function textRow(range: GoogleAppsScript.Spreadsheet.Range, values: string[]): void {
  range.setNumberFormat('@').setValues([values]);
}

/** The log sheet, created (with its header row) when missing. */
function logSheet(language: Language): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = adoptOwnedSheet(LOG_METADATA_KEY);
  if (existing) return existing;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const sheet = createOwnedSheet(t(language, 'email.log.sheetName'), LOG_METADATA_KEY, 'v1', ss.getNumSheets());
  const keys = ['email.log.time', 'email.log.week', 'email.log.result', 'email.log.recipients', 'email.log.details'] as const;
  textRow(sheet.getRange(1, 1, 1, COLUMNS), keys.map((key) => t(language, key)));
  sheet.getRange(1, 1, 1, COLUMNS).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (active) ss.setActiveSheet(active);
  return sheet;
}

/**
 * Appends one row to the log sheet (creating it when missing). Never throws: a log that cannot be
 * written must not stop the e-mail.
 * @example logRun({ week: '2024-05-06', result: 'sent', recipients: 2, details: '' }, 'en')
 */
export function logRun(entry: LogEntry, language: Language): void {
  try {
    const sheet = logSheet(language);
    const row = sheet.getLastRow() + 1;
    if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 100);
    const time = Utilities.formatDate(new Date(), spreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
    textRow(sheet.getRange(row, 1, 1, COLUMNS), [
      time,
      entry.week,
      t(language, `email.log.${entry.result}`),
      String(entry.recipients),
      entry.details.slice(0, 1000),
    ]);
  } catch (error) {
    console.log(`Weekly e-mail log not written: ${(error as Error).message}`);
  }
}
