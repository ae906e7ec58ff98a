/**
 * Notices for the user when a weekly run could not do its work. Apps Script sends add-on users no
 * failure e-mails of their own, and a run without the mail permission cannot e-mail either, so the
 * run leaves a notice that the menu and the sidebar show the next time they open.
 *
 * Notices live in the user's properties (the trigger is the user's; user properties exist even
 * when a trigger runs without a containing document, where the document's properties are null),
 * keyed by the spreadsheet's id. A run without a document knows only its trigger's id, so the
 * trigger's spreadsheet is remembered when the trigger is made.
 */
import type { Language } from '../../core/types';
import { catalog, t, type MessageKey, type MessageParams } from '../../i18n';

const NOTICES_KEY = 'retention.notices';
const TRIGGER_DOCUMENTS_KEY = 'retention.weeklyEmail.triggerDocuments';
/** The spreadsheet of a notice whose run did not know it: shown in every spreadsheet. */
const ANY = '*';

/** A notice: the message key and its parameters (translated when shown), and when it was left. */
interface Notice {
  key: MessageKey;
  params: MessageParams;
  at: string;
}

function readMap<T>(key: string): Record<string, T> {
  try {
    const parsed = JSON.parse(PropertiesService.getUserProperties().getProperty(key) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

function writeMap<T>(key: string, map: Record<string, T>): void {
  const props = PropertiesService.getUserProperties();
  if (Object.keys(map).length === 0) props.deleteProperty(key);
  else props.setProperty(key, JSON.stringify(map));
}

/** Remembers which spreadsheet a trigger belongs to (its runs may not know). */
export function rememberTriggerDocument(triggerId: string, spreadsheetId: string): void {
  const map = readMap<string>(TRIGGER_DOCUMENTS_KEY);
  map[triggerId] = spreadsheetId;
  writeMap(TRIGGER_DOCUMENTS_KEY, map);
}

/** Forgets deleted triggers. */
export function forgetTriggerDocuments(triggerIds: string[]): void {
  const map = readMap<string>(TRIGGER_DOCUMENTS_KEY);
  for (const id of triggerIds) delete map[id];
  writeMap(TRIGGER_DOCUMENTS_KEY, map);
}

/** The spreadsheet a trigger was made in, or null when not remembered. */
export function triggerDocument(triggerId: string | undefined): string | null {
  if (!triggerId) return null;
  return readMap<string>(TRIGGER_DOCUMENTS_KEY)[triggerId] ?? null;
}

/**
 * Leaves (or replaces) the notice of a spreadsheet (null: the run did not know which). Never
 * throws: a notice that cannot be stored must not hide the run's own error.
 * @example leaveNotice(ss.getId(), 'notice.emailFailed', { week: '2024-05-06', reason: '…' })
 */
export function leaveNotice(spreadsheetId: string | null, key: MessageKey, params: MessageParams = {}): void {
  try {
    const map = readMap<Notice>(NOTICES_KEY);
    map[spreadsheetId ?? ANY] = { key, params, at: new Date().toISOString() };
    writeMap(NOTICES_KEY, map);
  } catch (error) {
    console.log(`Notice not stored: ${(error as Error).message}`);
  }
}

/** True when the spreadsheet has a notice to show (cheap enough for onOpen). */
export function hasNotice(spreadsheetId: string): boolean {
  const map = readMap<Notice>(NOTICES_KEY);
  return spreadsheetId in map || ANY in map;
}

/**
 * The notices of a spreadsheet, translated, oldest first.
 * @example noticesFor(ss.getId(), 'en') // ['The weekly e-mail of the week of 2024-05-06 was not sent: …']
 */
export function noticesFor(spreadsheetId: string, language: Language): string[] {
  const map = readMap<Notice>(NOTICES_KEY);
  const known = catalog('en');
  return [map[ANY], map[spreadsheetId]]
    .filter((notice): notice is Notice => Boolean(notice && typeof notice.key === 'string' && notice.key in known))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((notice) => t(language, notice.key, notice.params));
}

/** Removes the notices of a spreadsheet (and those of no known spreadsheet). */
export function clearNotices(spreadsheetId: string): void {
  const map = readMap<Notice>(NOTICES_KEY);
  if (!(spreadsheetId in map) && !(ANY in map)) return;
  delete map[spreadsheetId];
  delete map[ANY];
  writeMap(NOTICES_KEY, map);
}
