/**
 * What the server needs to know about the document it runs in: language, locale, time zone.
 * Thin wrappers over SpreadsheetApp so the rest of the server reads as plain code.
 */
import { languageOf } from '../i18n';
import type { Language } from '../core/types';

/** The active spreadsheet's locale, e.g. `pl_PL`. */
export function spreadsheetLocale(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

/** The language the add-on speaks in this document, from the spreadsheet's locale. */
export function documentLanguage(): Language {
  return languageOf(spreadsheetLocale());
}

/** The active spreadsheet's time zone, e.g. `Europe/Warsaw`: dates are bucketed in it. */
export function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}
