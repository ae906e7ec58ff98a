/**
 * The add-on menu and the simple triggers. onOpen may run in AuthMode.NONE (the add-on is
 * installed but not yet used in this document): it then only builds the menu, with English-free
 * labels taken from the spreadsheet's locale only when that is allowed.
 */
import { t } from '../i18n';
import type { Language } from '../core/types';
import { documentLanguage } from './context';

/** The language for the menu: in AuthMode.NONE the document cannot be read, so English. */
function menuLanguage(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): Language {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return 'en';
  try {
    return documentLanguage();
  } catch {
    return 'en';
  }
}

/** Builds the add-on menu. Runs on every open of a document where the add-on is installed. */
export function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = menuLanguage(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(language, 'menu.openSidebar'), 'showSidebar')
    .addItem(t(language, 'menu.buildReport'), 'showSidebar')
    .addItem(t(language, 'menu.weeklyEmail'), 'showSidebar')
    .addSeparator()
    .addItem(t(language, 'menu.help'), 'showHelp')
    .addToUi();
}

/** Runs when the add-on is installed from the store: builds the menu at once. */
export function onInstall(e: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(e);
}

/** Shows a short help dialog. */
export function showHelp(): void {
  const language = documentLanguage();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(language, 'help.title'), t(language, 'help.body'), ui.ButtonSet.OK);
}
