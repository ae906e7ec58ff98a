/**
 * The shape of a `buildCohortReport` request, checked before the options are read or saved.
 */
import type { BuildRequest } from '../report';
import { columnMapping, defined, messageLanguage, optionalFields, optionalFlag, optionalText, reportOptionFields, requestFields, sheetName, MAX_OPTION_TEXT } from './check';

/**
 * A clean copy of a cohort report request: only its known fields, each of the right type and
 * length (options as text of at most 40 characters, includeRefunds a flag); unknown options are
 * dropped. Values (a period, a date) are checked afterwards by checkOptions.
 * @example checkReportRequest({ sheetName: 'Orders', options: { period: 'week', junk: 'x' } }) // { sheetName: 'Orders', options: { period: 'week' } }
 */
export function checkReportRequest(raw: unknown): BuildRequest {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  const options = optionalFields(fields.options, 'options', language);
  return defined({
    sheetName: sheetName(fields.sheetName, language, true) as string,
    mapping: columnMapping(fields.mapping, language),
    options: options ? (reportOptionFields(options, language, ['currency']) as BuildRequest['options']) : undefined,
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
    withJson: optionalFlag(fields.withJson, 'withJson', language),
  });
}
