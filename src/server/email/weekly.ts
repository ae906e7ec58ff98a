/**
 * The weekly summary e-mail's entry points: the trigger handler, and the sidebar's settings calls
 * (plain data in and out). Figures and HTML come from pure code (src/core/weekly, ./render); this
 * file only reads the sheet, sends, remembers and logs.
 */
import { dayOfIso, isoOfDay } from '../../core/days';
import type { ColumnMapping } from '../../core/read/columns';
import { wallDayOfInstant } from '../../core/time';
import type { Language } from '../../core/types';
import { lastCompleteWeek, MAX_RECIPIENTS, weeklySummary } from '../../core/weekly';
import { t } from '../../i18n';
import { currentUserEmail, requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { readOrderSheet } from '../orders';
import { noteLines, readingLines } from '../reading';
import { offsetAtOfZone } from '../zone';
import { findLogSheet, logRun, type LogResult } from './log';
import { clearNotices, leaveNotice, triggerDocument } from './notice';
import { dueSendDay } from './schedule';
import { renderFailuresEmail, renderProblemEmail, renderWeeklyEmail, type EmailContext, type RenderedEmail } from './render';
import { requireScope, missingScope, MAIL_SCOPE } from './scopes';
import {
  checkSettings,
  loadEmailSettings,
  loadState,
  reportChoices,
  storeEmailSettings,
  storeState,
  type EmailSettings,
  type EmailState,
  type SettingsForm,
} from './settings';
import { deleteTriggerById, installWeeklyTrigger, removeWeeklyTrigger, weeklyTriggers } from './trigger';
import { checkEmailForm } from '../requests/emailForm';
import { checkWeeklyPreviewRequest } from '../requests/weeklyPreviewRequest';

/** Failed weeks in a row after which the recipients get an e-mail saying so. */
const FAILURES_BEFORE_NOTICE = 2;
/** How long a run waits for another run holding the document lock. */
const LOCK_WAIT_MS = 30_000;
/** Name shown as the sender. */
const SENDER = 'Retention';

/** The saved settings with defaults for what was never saved. */
function currentSettings(): EmailSettings {
  const saved = loadEmailSettings();
  const report = reportChoices(spreadsheetLocale());
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    enabled: saved.enabled ?? false,
    weekday: saved.weekday ?? 1,
    hour: saved.hour ?? 8,
    recipients: saved.recipients ?? [currentUserEmail()].filter((e) => e),
    language: requestLanguage(saved.language),
    sheetName: saved.sheetName ?? report.sheetName ?? ss.getActiveSheet().getName(),
  };
}

/** The reported week and the e-mail for it, read from the order sheet. */
interface Composed {
  weekStart: string;
  email: RenderedEmail;
  /** The export recognised and the columns used. */
  used: string[];
}

function emailContext(language: Language, health: EmailContext['health']): EmailContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { language, locale: spreadsheetLocale(), spreadsheetName: ss.getName(), url: ss.getUrl(), health };
}

/** Today's day number in the spreadsheet's zone. */
function today(): number {
  return wallDayOfInstant(Date.now(), offsetAtOfZone(spreadsheetTimeZone()));
}

/** The first day of the last complete week before `todayDay`, by the report's (or the locale's) week start. */
function reportedWeek(todayDay: number): number {
  return lastCompleteWeek(todayDay, reportChoices(spreadsheetLocale()).weekStart).startDay;
}

/**
 * Reads the order sheet and renders the summary of the week starting on `weekStartDay`. Throws
 * UserError when the sheet is missing, empty or has no usable columns.
 */
function compose(settings: EmailSettings, weekStartDay: number, mapping?: Partial<ColumnMapping>): Composed {
  const report = reportChoices(spreadsheetLocale());
  const sameSheet = report.sheetName === settings.sheetName;
  const read = readOrderSheet(
    { sheetName: settings.sheetName, mapping: mapping ?? (sameSheet ? report.mapping : undefined), currency: sameSheet ? report.currency : undefined },
    settings.language,
  );
  const summary = weeklySummary(read.table, { weekStartDay, includeRefunds: sameSheet && report.includeRefunds });
  const ctx: EmailContext = {
    ...emailContext(settings.language, read.table.health),
    reading: readingLines(read.reading, settings.language),
    notes: noteLines(read.reading, read.table.health, settings.language, spreadsheetLocale(), spreadsheetTimeZone()),
    currency: read.reading.currency,
    hasAmounts: read.table.hasAmounts,
  };
  return { weekStart: isoOfDay(weekStartDay), email: renderWeeklyEmail(summary, ctx), used: ctx.reading ?? [] };
}

function send(recipients: string[], email: RenderedEmail): void {
  MailApp.sendEmail({ to: recipients.join(','), subject: email.subject, body: email.text, htmlBody: email.html, name: SENDER });
}

function quotaError(needed: number, language: Language): UserError | null {
  const remaining = MailApp.getRemainingDailyQuota();
  return remaining < needed ? new UserError('email.error.quota', { remaining, needed }, language) : null;
}

/**
 * The weekly e-mail's trigger handler. The trigger runs every hour (./trigger.ts); a run sends
 * the summary of the last complete week when the chosen weekday and hour have come and that week
 * has not gone out yet (./schedule.ts), at most once per week per document. Without a containing
 * document (no spreadsheet, document lock or properties) it stops the schedule and leaves a notice
 * for the user. When another run holds the document lock it logs that and the next hourly run
 * retries. It checks the mail permission and quota; when the order sheet is gone or unreadable it
 * e-mails what to fix; logs every run; after FAILURES_BEFORE_NOTICE failed weeks in a row it
 * e-mails that the summary is failing.
 * @param {Object} e The time-driven trigger's event.
 */
export function sendWeeklySummary(e?: GoogleAppsScript.Events.TimeDriven): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  const properties = PropertiesService.getDocumentProperties();
  if (!spreadsheet || !lock || !properties) {
    runWithoutDocument(e);
    return;
  }
  // Settings are read only here, where the document's properties exist.
  const settings = currentSettings();
  if (!settings.enabled) {
    removeWeeklyTrigger(); // a trigger left behind by an earlier version of the settings
    return;
  }
  if (loadState().scheduleVersion !== SCHEDULE_VERSION) upgradeTrigger();
  const weekStartDay = dueWeek(settings, loadState());
  if (weekStartDay === null) return;
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const details = t(settings.language, 'email.log.retrying');
    logRun({ week: isoOfDay(weekStartDay), result: 'busy', recipients: settings.recipients.length, details }, settings.language);
    return;
  }
  try {
    runWeekly(settings, weekStartDay, spreadsheet.getId());
  } finally {
    lock.releaseLock();
  }
}

/** The trigger version this code makes: hourly (./trigger.ts). */
const SCHEDULE_VERSION = 2;

/** An earlier version made a weekly trigger: replace it with the hourly one, so busy runs are retried. */
function upgradeTrigger(): void {
  try {
    installWeeklyTrigger();
    storeState({ ...loadState(), scheduleVersion: SCHEDULE_VERSION });
  } catch (error) {
    console.log(`Weekly trigger not upgraded: ${(error as Error).message}`);
  }
}

/** The first day of the week due now, or null when no e-mail is due (sent, or failed, already). */
function dueWeek(settings: EmailSettings, state: EmailState): number | null {
  const offsetAt = offsetAtOfZone(spreadsheetTimeZone());
  const wall = (ms: number) => ms + offsetAt(ms) * 60_000;
  const sendDay = dueSendDay(wall(Date.now()), settings.weekday, settings.hour, state.since === undefined ? -Infinity : wall(state.since));
  if (sendDay === null) return null;
  const weekStartDay = reportedWeek(sendDay);
  const week = isoOfDay(weekStartDay);
  return state.lastWeekSent === week || state.lastWeekTried === week ? null : weekStartDay;
}

/**
 * A run without a containing document cannot read the orders nor the settings: stop its trigger
 * (it would fail every hour) and leave a notice for the spreadsheet the trigger was made in.
 */
function runWithoutDocument(e?: GoogleAppsScript.Events.TimeDriven): void {
  const triggerId = e?.triggerUid;
  const spreadsheetId = triggerDocument(triggerId);
  try {
    if (triggerId) deleteTriggerById(triggerId);
  } catch (error) {
    console.log(`Weekly trigger not stopped: ${(error as Error).message}`);
  }
  leaveNotice(spreadsheetId, 'notice.noDocument');
  console.log('Weekly e-mail: run without a containing document; schedule stopped and a notice left.');
}

function runWeekly(settings: EmailSettings, weekStartDay: number, spreadsheetId: string): void {
  const { language, recipients } = settings;
  const week = isoOfDay(weekStartDay);
  const log = (result: LogResult, details = '') => logRun({ week, result, recipients: recipients.length, details }, language);
  try {
    if (missingScope(MAIL_SCOPE) !== null) throw new UserError('email.error.needMail', { url: missingScope(MAIL_SCOPE) ?? '' }, language);
    const quota = quotaError(recipients.length, language);
    if (quota) {
      log('quota', quota.message);
      fail(settings, week, quota.message, spreadsheetId);
      return;
    }
    let email: RenderedEmail;
    let result: LogResult = 'sent';
    try {
      email = compose(settings, weekStartDay).email;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      email = renderProblemEmail(error.message, emailContext(language, { rowsRead: 0, rowsUsed: 0, skipped: {} }));
      result = 'problem';
      log(result, error.message);
    }
    send(recipients, email);
    const { since, scheduleVersion } = loadState();
    storeState({ lastWeekSent: week, failures: 0, since, scheduleVersion });
    clearNotices(spreadsheetId);
    if (result === 'sent') log('sent');
  } catch (error) {
    const message = (error as Error).message;
    log('failed', message);
    fail(settings, week, message, spreadsheetId);
  }
}

/**
 * Counts a failed week (not retried that week), leaves a notice for the menu and the sidebar, and
 * at FAILURES_BEFORE_NOTICE in a row e-mails the recipients once (if the quota allows).
 */
function fail(settings: EmailSettings, week: string, message: string, spreadsheetId: string): void {
  const state = loadState();
  state.failures += 1;
  state.lastError = message;
  state.lastWeekTried = week;
  leaveNotice(spreadsheetId, 'notice.emailFailed', { week, reason: message });
  if (state.failures >= FAILURES_BEFORE_NOTICE && !state.failureNoticeSent) {
    try {
      const ctx = emailContext(settings.language, { rowsRead: 0, rowsUsed: 0, skipped: {} });
      const owner = currentUserEmail();
      const to = MailApp.getRemainingDailyQuota() >= settings.recipients.length || !owner ? settings.recipients : [owner];
      send(to, renderFailuresEmail(state.failures, message, ctx));
      state.failureNoticeSent = true;
    } catch (error) {
      console.log(`Failure notice not sent: ${(error as Error).message}`);
    }
  }
  storeState(state);
}

/** What the settings panel shows. */
export interface EmailPanelState {
  settings: EmailSettings;
  /** A trigger is installed for this user and document. */
  scheduled: boolean;
  /**
   * Present when the e-mail is on but no trigger exists for this user and document: what
   * `create()` said at the last save ('' when unknown). The panel explains it in plain words.
   */
  scheduleProblem?: string;
  timeZone: string;
  /** Sheets the user can pick (the add-on's log sheet left out). */
  sheetNames: string[];
  maxRecipients: number;
}

/** The settings panel's first call: the saved settings (with defaults) and the choices. */
export function getEmailSettings(): EmailPanelState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const log = findLogSheet();
  const logId = log ? log.getSheetId() : null;
  let scheduled = false;
  try {
    scheduled = weeklyTriggers().length > 0;
  } catch {
    scheduled = false; // triggers not granted yet: the panel says so when saving
  }
  const settings = currentSettings();
  return {
    settings,
    scheduled,
    ...(settings.enabled && !scheduled ? { scheduleProblem: loadState().scheduleError ?? '' } : {}),
    timeZone: spreadsheetTimeZone(),
    sheetNames: ss.getSheets().filter((s) => s.getSheetId() !== logId).map((s) => s.getName()),
    maxRecipients: MAX_RECIPIENTS,
  };
}

/**
 * Saves the settings from the panel. On: installs the hourly trigger that sends on the chosen
 * weekday and hour (replacing an earlier one). Off: removes it. Checks the trigger permission
 * first and says what to allow. When the trigger cannot be made (a test deployment has no
 * installable triggers) the settings are saved and the message says why, in plain words.
 * @param {Object} form The panel's fields: enabled, weekday, hour, recipients, language, sheetName.
 */
export function saveEmailSettings(form: SettingsForm): { settings: EmailSettings; message: string; scheduled: boolean } {
  form = checkEmailForm(form);
  const language = requestLanguage(form.language);
  const before = loadEmailSettings();
  const settings = checkSettings(form, currentSettings(), language);
  requireScope('triggers', language);
  let scheduleError: string | undefined;
  if (settings.enabled) {
    requireScope('mail', language);
    try {
      installWeeklyTrigger();
    } catch (error) {
      scheduleError = (error as Error).message;
    }
  } else {
    removeWeeklyTrigger();
  }
  // A new schedule starts now: a weekday and hour already past this week are not sent at once.
  const state = loadState();
  const sameSchedule = before.enabled === true && before.weekday === settings.weekday && before.hour === settings.hour;
  storeState({
    ...state,
    since: sameSchedule && state.since !== undefined ? state.since : Date.now(),
    scheduleVersion: SCHEDULE_VERSION,
    scheduleError,
  });
  storeEmailSettings(settings);
  clearNotices(SpreadsheetApp.getActiveSpreadsheet().getId());
  if (scheduleError !== undefined) {
    return { settings, scheduled: false, message: t(language, 'email.panel.notScheduled', { reason: scheduleError }) };
  }
  const message = settings.enabled
    ? t(language, 'email.panel.savedOn', { weekday: t(language, `weekday.${settings.weekday}` as 'weekday.0'), hour: String(settings.hour).padStart(2, '0') })
    : t(language, 'email.panel.savedOff');
  return { settings, message, scheduled: settings.enabled };
}

/**
 * "Send a test now": the summary of the last complete week, sent at once to the form's recipients
 * with "[Test]" in the subject. Does not count as the week's e-mail.
 * @param {Object} form The panel's fields (unsaved changes are used).
 */
export function sendTestEmail(form: SettingsForm): { message: string } {
  form = checkEmailForm(form);
  const language = requestLanguage(form.language);
  const settings = checkSettings(form, currentSettings(), language);
  requireScope('mail', language);
  const quota = quotaError(settings.recipients.length, language);
  if (quota) throw quota;
  const weekStartDay = reportedWeek(today());
  const { email, weekStart } = compose(settings, weekStartDay);
  send(settings.recipients, { ...email, subject: t(settings.language, 'email.testSubject', { subject: email.subject }) });
  logRun({ week: weekStart, result: 'test', recipients: settings.recipients.length, details: '' }, settings.language);
  return { message: t(language, 'email.panel.testSent', { recipients: settings.recipients.join(', ') }) };
}

/** A preview request: the week that ends on or before `weekEnding` (ISO), and optional overrides. */
export interface PreviewRequest {
  weekEnding: string;
  sheetName?: string;
  mapping?: Partial<ColumnMapping>;
  language?: string;
}

/**
 * Renders the weekly e-mail without sending it: the last complete week ending on or before
 * `weekEnding`. Used by the runner (`retention email`) and for previews.
 * @param {Object} request weekEnding (YYYY-MM-DD), and optionally sheetName, mapping, language.
 */
export function previewWeeklyEmail(request: PreviewRequest): { weekStart: string; subject: string; html: string; text: string; used: string[] } {
  request = checkWeeklyPreviewRequest(request);
  const base = currentSettings();
  const language = requestLanguage(request.language, base.language);
  const ending = dayOfIso(String(request.weekEnding ?? ''));
  if (ending === null) throw new UserError('email.error.badWeekEnding', { value: String(request.weekEnding) }, language);
  const settings: EmailSettings = { ...base, language, sheetName: request.sheetName ?? base.sheetName };
  const { weekStart, email, used } = compose(settings, reportedWeek(ending + 1), request.mapping);
  return { weekStart, ...email, used };
}
