/**
 * The add-on menu and the simple triggers. onOpen may run in AuthMode.NONE (the add-on is
 * installed but not yet used in this document): it then only builds the menu, with English-free
 * labels taken from the spreadsheet's locale only when that is allowed. In LIMITED and FULL it
 * also adds an item for a notice a failed weekly run left (src/server/email/notice.ts).
 */
import { t } from '../i18n';
import type { Language } from '../core/types';
import { documentLanguage } from './context';
import { clearNotices, hasNotice, noticesFor } from './email/notice';

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
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(language, 'menu.openSidebar'), 'showSidebar')
    .addItem(t(language, 'menu.buildReport'), 'showSidebar')
    .addItem(t(language, 'menu.weeklyEmail'), 'showSidebar');
  if (noticeWaiting(e)) menu.addItem(`⚠ ${t(language, 'menu.notices')}`, 'showNotices');
  menu.addSeparator().addItem(t(language, 'menu.selfCheck'), 'checkAddOn').addItem(t(language, 'menu.help'), 'showHelp').addToUi();
}

/** Whether a weekly run left a notice for this spreadsheet (never in AuthMode.NONE, which may read nothing). */
function noticeWaiting(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): boolean {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return false;
  try {
    return hasNotice(SpreadsheetApp.getActiveSpreadsheet().getId());
  } catch {
    return false;
  }
}

/** Shows the notices failed weekly runs left for this spreadsheet, then forgets them. */
export function showNotices(): void {
  const language = documentLanguage();
  const id = SpreadsheetApp.getActiveSpreadsheet().getId();
  const notices = noticesFor(id, language);
  const ui = SpreadsheetApp.getUi();
  if (notices.length) ui.alert(t(language, 'notice.title'), notices.join('\n\n'), ui.ButtonSet.OK);
  clearNotices(id);
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
