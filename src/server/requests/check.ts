/**
 * The shape checks every sidebar request goes through before anything reads or saves it: a plain
 * object, text of a bounded length, a column index, a flag, a number. Each failed check throws a
 * translated UserError that says what arrived and what was expected; nothing here checks values
 * (dates, periods, recipients): the entry points' own checks do, with their own messages.
 */
import { COLUMN_ROLES, type ColumnMapping } from '../../core/read/columns';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { requestLanguage } from '../context';
import { UserError } from '../errors';

/** Sheets' longest sheet name. */
export const MAX_SHEET_NAME = 100;
/** The longest option text (a period, a date, a currency, a language): far below the 9 KB of a saved setting. */
export const MAX_OPTION_TEXT = 40;
/** Sheets' widest sheet: 18,278 columns (A … ZZZ), so the last 0-based index is 18,277. */
export const MAX_COLUMN_INDEX = 18_277;

export type Fields = Record<string, unknown>;

/**
 * Whether a value is a set of named fields (not null, not a list).
 * @example isFields({ a: 1 }) === true; isFields(null) === false; isFields([1]) === false
 */
export function isFields(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The language for a request's messages: the one it names when it is one of the add-on's, else the document's.
 * @example messageLanguage({ language: 'pl' }) === 'pl'; messageLanguage(null) // the document's language
 */
export function messageLanguage(raw: unknown): Language {
  const language = isFields(raw) ? raw.language : undefined;
  return requestLanguage(typeof language === 'string' ? language : undefined);
}

/**
 * A short, language-free picture of a value for a message.
 * @example shown('2') === '"2"'; shown(null) === 'null'; shown({ a: 1 }) === '{…}'
 */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/** Throws the "field cannot be" error: `expected` is a request.expected.* message. */
export function badField(field: string, value: unknown, expected: MessageKey, params: Record<string, number>, language: Language): never {
  throw new UserError('request.error.badField', { field, got: shown(value), expected: t(language, expected, params) }, language);
}

/**
 * The request itself as named fields, or the "no request" error.
 * @example requestFields(null, 'en') // throws "The sidebar sent the add-on no request (it sent null …"
 */
export function requestFields(raw: unknown, language: Language): Fields {
  if (!isFields(raw)) throw new UserError('request.error.notFields', { got: shown(raw) }, language);
  return raw;
}

/** Nested named fields (e.g. `options`), or undefined when absent. */
export function optionalFields(value: unknown, field: string, language: Language): Fields | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isFields(value)) badField(field, value, 'request.expected.fields', {}, language);
  return value;
}

/** Text of at most `max` characters, or undefined when absent. */
export function optionalText(value: unknown, field: string, max: number, language: Language): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > max) badField(field, value, 'request.expected.text', { max }, language);
  return value;
}

/**
 * The order sheet's name: text of at most 100 characters, not empty when `required`.
 * @example sheetName('Orders', 'en', true) === 'Orders'; sheetName(undefined, 'en', true) // throws "Pick the order sheet first …"
 */
export function sheetName(value: unknown, language: Language, required: boolean): string | undefined {
  const name = optionalText(value, 'sheetName', MAX_SHEET_NAME, language);
  if (required && (name === undefined || name.trim() === '')) throw new UserError('request.error.noSheet', {}, language);
  return name;
}

/** true or false, or undefined when absent. */
export function optionalFlag(value: unknown, field: string, language: Language): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') badField(field, value, 'request.expected.flag', {}, language);
  return value;
}

/** A number (finite or not: the value checks say what is wrong), or undefined when absent. */
export function optionalNumber(value: unknown, field: string, language: Language): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') badField(field, value, 'request.expected.number', {}, language);
  return value;
}

/**
 * The column corrections: each known role a 0-based column index (a whole number, 0 … 18,277) or
 * null (no such column); unknown roles are dropped, so nothing else is saved with the settings.
 * @example columnMapping({ customer: 2, refunds: null, junk: 1 }, 'en') // { customer: 2, refunds: null }
 */
export function columnMapping(value: unknown, language: Language): Partial<ColumnMapping> | undefined {
  const fields = optionalFields(value, 'mapping', language);
  if (fields === undefined) return undefined;
  const mapping: Partial<ColumnMapping> = {};
  for (const role of COLUMN_ROLES) {
    const column = fields[role];
    if (column === undefined) continue;
    if (column !== null && !(typeof column === 'number' && Number.isInteger(column) && column >= 0 && column <= MAX_COLUMN_INDEX)) {
      badField(`mapping.${role}`, column, 'request.expected.column', { max: MAX_COLUMN_INDEX }, language);
    }
    mapping[role] = column;
  }
  return mapping;
}

/** Copies the fields that are set (drops the undefined ones), so the result holds only what was checked. */
export function defined<T extends object>(fields: T): T {
  const out = {} as T;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) (out as Fields)[key] = value;
  return out;
}

/**
 * The cohort report's options of a request, each text of at most MAX_OPTION_TEXT characters and
 * includeRefunds a flag; unknown options dropped (their values are checked later by checkOptions).
 * @example reportOptionFields({ period: 'week', junk: 'x' }, 'en') // { period: 'week' }
 */
export function reportOptionFields(options: Record<string, unknown>, language: Language, extra: readonly string[] = []): Record<string, string | boolean> {
  const text = (name: string) => optionalText(options[name], `options.${name}`, MAX_OPTION_TEXT, language);
  const fields: Record<string, string | boolean | undefined> = {
    period: text('period'),
    weekStart: text('weekStart'),
    metric: text('metric'),
    mode: text('mode'),
    includeRefunds: optionalFlag(options.includeRefunds, 'options.includeRefunds', language),
    from: text('from'),
    to: text('to'),
  };
  for (const name of extra) fields[name] = text(name);
  return defined(fields) as Record<string, string | boolean>;
}
