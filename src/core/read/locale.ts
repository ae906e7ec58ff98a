/**
 * What reading needs to know of a spreadsheet locale (`en_US`, `pl_PL`, `da_DK`, … as
 * `Spreadsheet.getSpreadsheetLocale()` gives it; `en-US` is accepted too).
 */

/** Order of day and month in ambiguous text dates such as `01/02/2024`. */
export type DateOrder = 'dmy' | 'mdy';

/** Character that separates the decimals in amounts typed as text. */
export type DecimalSeparator = '.' | ',';

/** Languages whose numbers use a decimal comma (the five of the add-on and common neighbours). */
const DECIMAL_COMMA = new Set(
  'pl ru ro da de fr es it nl pt sv nb nn no fi cs sk uk tr hu el bg hr sl sr lt lv et id vi be kk az'.split(' '),
);

function languageAndRegion(locale: string | undefined): [string, string] {
  const [language = '', region = ''] = (locale ?? '').split(/[_-]/);
  return [language.toLowerCase(), region.toUpperCase()];
}

/**
 * Month first only for the United States (`en_US`, also `es_US`); day first everywhere else.
 * A missing locale means `en_US`, Sheets' default.
 * @example dateOrderOfLocale('en_US') === 'mdy'; dateOrderOfLocale('en_GB') === 'dmy'
 */
export function dateOrderOfLocale(locale: string | undefined): DateOrder {
  if (!locale) return 'mdy';
  return languageAndRegion(locale)[1] === 'US' ? 'mdy' : 'dmy';
}

/**
 * The locale's decimal separator: a comma for pl, ru, ro, da (and other continental languages),
 * a point for English and the rest. A missing locale means `en_US`.
 * @example decimalOfLocale('pl_PL') === ','; decimalOfLocale('en_GB') === '.'
 */
export function decimalOfLocale(locale: string | undefined): DecimalSeparator {
  return DECIMAL_COMMA.has(languageAndRegion(locale)[0]) ? ',' : '.';
}
