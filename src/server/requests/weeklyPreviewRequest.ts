/**
 * The shape of a `previewWeeklyEmail` request (`retention email`).
 */
import type { PreviewRequest } from '../email/weekly';
import { columnMapping, defined, messageLanguage, optionalText, requestFields, sheetName, MAX_OPTION_TEXT } from './check';

/**
 * A clean copy of a weekly e-mail preview request; weekEnding stays text (read as a date later).
 * @example checkWeeklyPreviewRequest({ weekEnding: {} }) // throws: weekEnding must be text
 */
export function checkWeeklyPreviewRequest(raw: unknown): PreviewRequest {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  return defined({
    weekEnding: optionalText(fields.weekEnding, 'weekEnding', MAX_OPTION_TEXT, language) ?? '',
    sheetName: sheetName(fields.sheetName, language, false),
    mapping: columnMapping(fields.mapping, language),
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
  });
}
