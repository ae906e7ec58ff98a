/**
 * What the server needs to know about the document it runs in: language, locale, time zone.
 * Thin wrappers over SpreadsheetApp so the rest of the server reads as plain code.
 */
import { languageOf, LANGUAGES } from '../i18n';
import type { Language, WeekStart } from '../core/types';

/** The active spreadsheet's locale, e.g. `pl_PL`. */
export function spreadsheetLocale(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

/** The language the add-on speaks in this document, from the spreadsheet's locale. */
export function documentLanguage(): Language {
  return languageOf(spreadsheetLocale());
}

/**
 * The language a request asks for when it is one of the add-on's, else `fallback` (by default the
 * document's language).
 * @example requestLanguage('pl') === 'pl'; requestLanguage('xx', 'da') === 'da'
 */
export function requestLanguage(language: string | null | undefined, fallback?: Language): Language {
  if (language && (LANGUAGES as readonly string[]).includes(language)) return language as Language;
  return fallback ?? documentLanguage();
}

/** The active spreadsheet's time zone, e.g. `Europe/Warsaw`: dates are bucketed in it. */
export function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/** Locales whose week starts on Sunday (the others start on Monday). */
const SUNDAY_LOCALES = /^(en_US|en_CA|en_PH|es_MX|es_US|pt_BR|ja|ko|zh|he|iw|hi|th)/;

/**
 * The first day of the week in a Sheets locale: the default of the cohort report, the weekly
 * e-mail and COHORT_TABLE.
 * @example weekStartOfLocale('en_US') === 'sunday'; weekStartOfLocale('pl_PL') === 'monday'
 */
export function weekStartOfLocale(locale: string): WeekStart {
  return SUNDAY_LOCALES.test(locale) ? 'sunday' : 'monday';
}

/**
 * The e-mail address of the user the add-on runs as, or '' when Apps Script does not tell it.
 * Google documents `getEmail()` as needing the userinfo.email scope, which this add-on does not ask
 * for (unconfirmed whether it then throws or returns ''): either way the caller gets '' and asks
 * the user to type an address.
 * @example currentUserEmail() // 'owner@example.com' or ''
 */
export function currentUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
