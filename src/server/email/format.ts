/**
 * Numbers and dates as the e-mail shows them, in the e-mail's language and the spreadsheet's
 * locale. Pure and without Intl (its locale data differs between Apps Script and Node).
 */
import { dateOrderOfLocale } from '../../core/read/locale';
import type { Language } from '../../core/types';

const NBSP = '\u00a0';

/** Thousands separator, decimal separator, and what goes between a number and '%'. */
const SEPARATORS: Record<Language, { group: string; decimal: string; percent: string }> = {
  en: { group: ',', decimal: '.', percent: '' },
  pl: { group: NBSP, decimal: ',', percent: '' },
  ru: { group: NBSP, decimal: ',', percent: NBSP },
  ro: { group: '.', decimal: ',', percent: '' },
  da: { group: '.', decimal: ',', percent: NBSP },
};

/**
 * A number with `decimals` decimals and grouped thousands; '−' (U+2212) for negatives.
 * @example formatNumber(12345.678, 'pl', 2) === '12\u00a0345,68'; formatNumber(-3, 'en') === '−3'
 */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  const { group, decimal } = SEPARATORS[language];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '−' : '') + grouped + (fraction ? decimal + fraction : '');
}

/**
 * A fraction as a percentage with one decimal.
 * @example formatPercent(0.4567, 'en') === '45.7%'; formatPercent(0.5, 'da') === '50,0\u00a0%'
 */
export function formatPercent(fraction: number, language: Language): string {
  return formatNumber(fraction * 100, language, 1) + SEPARATORS[language].percent + '%';
}

/**
 * A signed number: '+' before positives, '−' before negatives, '±' before zero.
 * @example formatSigned(2.5, 'en', 1) === '+2.5'; formatSigned(0, 'pl', 1) === '±0,0'
 */
export function formatSigned(value: number, language: Language, decimals = 0): string {
  const text = formatNumber(value, language, decimals);
  if (text.startsWith('−')) return text;
  return (Number(Math.abs(value).toFixed(decimals)) === 0 ? '±' : '+') + text;
}

function parts(iso: string): [string, string, string] {
  const [y, m, d] = iso.split('-');
  return [y, m, d];
}

/**
 * A date in the locale's order: `5/13/2024` (en_US), `13/05/2024` (en_GB), `13.05.2024` (pl, ru, ro, da).
 * @example formatDate('2024-05-13', 'pl_PL') === '13.05.2024'
 */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = parts(iso);
  if (dateOrderOfLocale(locale) === 'mdy') return `${Number(m)}/${Number(d)}/${y}`;
  return locale.toLowerCase().startsWith('en') ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/**
 * Day and month only, for the labels under the bars: `5/13` or `13.05`.
 * @example formatShortDate('2024-05-13', 'en_US') === '5/13'
 */
export function formatShortDate(iso: string, locale: string): string {
  const [, m, d] = parts(iso);
  if (dateOrderOfLocale(locale) === 'mdy') return `${Number(m)}/${Number(d)}`;
  return locale.toLowerCase().startsWith('en') ? `${d}/${m}` : `${d}.${m}`;
}
