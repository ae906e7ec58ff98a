/**
 * The shape of a `buildCustomerValue` request (the sidebar's "Customer value", `retention clv`).
 */
import type { CustomerValueRequest } from '../clv/options';
import { documentLanguage } from '../context';
import { columnMapping, defined, optionalNumber, optionalText, requestFields, sheetName, MAX_OPTION_TEXT } from './check';

/**
 * A clean copy of a customer-value request: numbers are numbers (their range is checked by
 * clv/options.ts), dates and the period text.
 * @example checkValueRequest({ sheetName: 'Orders', horizonMonths: 12 }) // { sheetName: 'Orders', horizonMonths: 12 }
 */
export function checkValueRequest(raw: unknown): CustomerValueRequest {
  const language = documentLanguage();
  const fields = requestFields(raw, language);
  const text = (name: string) => optionalText(fields[name], name, MAX_OPTION_TEXT, language);
  return defined({
    sheetName: sheetName(fields.sheetName, language, true) as string,
    mapping: columnMapping(fields.mapping, language),
    period: text('period') as CustomerValueRequest['period'],
    calibrationEnd: text('calibrationEnd'),
    observationEnd: text('observationEnd'),
    t: optionalNumber(fields.t, 't', language),
    horizonMonths: optionalNumber(fields.horizonMonths, 'horizonMonths', language),
    monthlyDiscount: optionalNumber(fields.monthlyDiscount, 'monthlyDiscount', language),
    currency: text('currency'),
  });
}

