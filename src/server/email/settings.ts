/**
 * The weekly e-mail's settings and run state, in document properties (shared by the document's
 * editors; the trigger itself belongs to the user who saved). The order sheet's column corrections,
 * week start and refunds choice come from the cohort report's saved settings when the e-mail uses
 * the same sheet (src/server/report/settings.ts, read only), so both read the sheet the same way.
 */
import type { ColumnMapping } from '../../core/read/columns';
import { parseRecipients } from '../../core/weekly';
import type { Language, WeekStart } from '../../core/types';
import { requestLanguage, weekStartOfLocale } from '../context';
import { UserError } from '../errors';
import { loadSettings as loadReportSettings } from '../report/settings';

export const SETTINGS_KEY = 'retention.weeklyEmail';
const STATE_KEY = 'retention.weeklyEmail.state';

export interface EmailSettings {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday, as ScriptApp.WeekDay. */
  weekday: number;
  /** 0–23, in the spreadsheet's time zone. */
  hour: number;
  recipients: string[];
  language: Language;
  sheetName: string;
}

/** What the handler remembers between runs. */
export interface EmailState {
  /** First day (ISO) of the last week whose summary (or problem e-mail) went out. */
  lastWeekSent?: string;
  /** First day (ISO) of a week whose run failed (quota, an error): not retried that week. */
  lastWeekTried?: string;
  /** Failed runs in a row, and whether the user has been told about them. */
  failures: number;
  failureNoticeSent?: boolean;
  lastError?: string;
  /** When the current schedule was saved (epoch ms): scheduled times before it are not sent. */
  since?: number;
  /** 2: the trigger runs hourly (./trigger.ts); earlier versions made a weekly trigger. */
  scheduleVersion?: number;
  /** Why the last save could not make the trigger (e.g. a test deployment), in the words of Apps Script. */
  scheduleError?: string;
}

function readJson<T>(key: string): Partial<T> {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  if (!text) return {};
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Partial<T>) : {};
  } catch {
    return {};
  }
}

/** The saved settings (fields not saved yet are missing). */
export function loadEmailSettings(): Partial<EmailSettings> {
  return readJson<EmailSettings>(SETTINGS_KEY);
}

export function storeEmailSettings(settings: EmailSettings): void {
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

export function loadState(): EmailState {
  return { failures: 0, ...readJson<EmailState>(STATE_KEY) };
}

export function storeState(state: EmailState): void {
  PropertiesService.getDocumentProperties().setProperty(STATE_KEY, JSON.stringify(state));
}

/** What the e-mail takes over from the cohort report's settings. */
export interface ReportChoices {
  sheetName?: string;
  mapping?: Partial<ColumnMapping>;
  weekStart: WeekStart;
  includeRefunds: boolean;
  /** The currency the report was built in, when the sheet holds several. */
  currency?: string;
}

/**
 * The cohort report's saved sheet, column corrections, week start (else the locale's) and refunds choice.
 * @example reportChoices('pl_PL').weekStart === 'monday' // unless the report says otherwise
 */
export function reportChoices(locale: string): ReportChoices {
  const saved = loadReportSettings();
  const weekStart = saved.options?.weekStart;
  return {
    sheetName: saved.sheetName,
    mapping: saved.mapping,
    weekStart: weekStart === 'monday' || weekStart === 'sunday' ? weekStart : weekStartOfLocale(locale),
    includeRefunds: saved.options?.includeRefunds === true,
    currency: typeof saved.options?.currency === 'string' && saved.options.currency !== '' ? saved.options.currency : undefined,
  };
}

/** The settings form as the sidebar sends it (plain data; recipients as typed). */
export interface SettingsForm {
  enabled?: boolean;
  weekday?: number;
  hour?: number;
  recipients?: string | string[];
  language?: string;
  sheetName?: string;
}

/**
 * Checks a form against the rules (recipients valid, 1–50 of them; weekday 0–6; hour 0–23; a
 * sheet named) and fills what it leaves out from `base`. Throws a UserError naming the problem.
 * @example checkSettings({ recipients: 'a@b.pl', hour: 9 }, base, 'en').hour === 9
 */
export function checkSettings(form: SettingsForm, base: EmailSettings, language: Language): EmailSettings {
  const recipients = form.recipients === undefined ? base.recipients : form.recipients;
  const parsed = parseRecipients(recipients);
  if (parsed.invalid.length) throw new UserError('email.error.invalidRecipients', { list: parsed.invalid.join(', ') }, language);
  if (parsed.valid.length === 0) throw new UserError('email.error.noRecipients', {}, language);
  if (parsed.tooMany) throw new UserError('email.error.tooManyRecipients', { max: 50, count: parsed.valid.length }, language);
  const weekday = form.weekday ?? base.weekday;
  const hour = form.hour ?? base.hour;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6 || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new UserError('email.error.badSchedule', {}, language);
  }
  const sheetName = String(form.sheetName ?? base.sheetName ?? '').trim();
  if (!sheetName) throw new UserError('email.error.noSheet', {}, language);
  return {
    enabled: form.enabled ?? base.enabled,
    weekday,
    hour,
    recipients: parsed.valid,
    language: requestLanguage(form.language, base.language),
    sheetName,
  };
}
