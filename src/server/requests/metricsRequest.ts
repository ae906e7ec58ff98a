/**
 * The shape of a `buildMetrics` request (`retention metrics`).
 */
import type { MetricsRequest } from '../metrics';
import { columnMapping, defined, messageLanguage, optionalFlag, optionalText, requestFields, sheetName, MAX_OPTION_TEXT } from './check';

/**
 * A clean copy of a metrics request; from and to stay text (buildMetrics reads them as dates).
 * @example checkMetricsRequest({ sheetName: 'Orders', from: {}, to: '2024-02-29' }) // throws: from must be text
 */
export function checkMetricsRequest(raw: unknown): MetricsRequest {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  return defined({
    sheetName: sheetName(fields.sheetName, language, true) as string,
    mapping: columnMapping(fields.mapping, language),
    from: optionalText(fields.from, 'from', MAX_OPTION_TEXT, language) ?? '',
    to: optionalText(fields.to, 'to', MAX_OPTION_TEXT, language) ?? '',
    includeRefunds: optionalFlag(fields.includeRefunds, 'includeRefunds', language),
    currency: optionalText(fields.currency, 'currency', MAX_OPTION_TEXT, language),
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
  });
}
