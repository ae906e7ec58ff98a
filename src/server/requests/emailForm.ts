/**
 * The shape of the weekly e-mail panel's form (`saveEmailSettings`, `sendTestEmail`).
 */
import type { SettingsForm } from '../email/settings';
import { badField, defined, messageLanguage, optionalFlag, optionalNumber, optionalText, requestFields, sheetName, MAX_OPTION_TEXT } from './check';
import type { Language } from '../../core/types';

/** 50 recipients of at most 254 characters, with separators. */
const MAX_RECIPIENTS_TEXT = 50 * 256;
const MAX_RECIPIENTS = 50;

/**
 * A clean copy of the form: enabled a flag, weekday and hour numbers, recipients text or a list
 * of texts, language and sheet name text. Values are checked afterwards by checkSettings.
 * @example checkEmailForm({ recipients: { a: 1 } }) // throws: recipients must be text or a list of texts
 */
export function checkEmailForm(raw: unknown): SettingsForm {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  return defined({
    enabled: optionalFlag(fields.enabled, 'enabled', language),
    weekday: optionalNumber(fields.weekday, 'weekday', language),
    hour: optionalNumber(fields.hour, 'hour', language),
    recipients: recipients(fields.recipients, language),
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
    sheetName: sheetName(fields.sheetName, language, false),
  });
}

function recipients(value: unknown, language: Language): string | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.length <= MAX_RECIPIENTS_TEXT) return value;
  // A list may hold a few more than 50 (checkSettings names the count); each item is one address.
  if (Array.isArray(value) && value.length <= 2 * MAX_RECIPIENTS && value.every((item) => typeof item === 'string' && item.length <= 256)) return [...value];
  return badField('recipients', value, 'request.expected.textOrList', {}, language);
}
