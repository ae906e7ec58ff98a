/**
 * Phone numbers in E.164 (`+48601234567`), as Klaviyo, Omnisend and SMSAPI import them. A number
 * written with `+` or `00` is international; any other is national, of the customer's country
 * (a country column) or else the document's (its locale's region). Rules: docs/CUSTOMERS.md.
 */

/** Calling code, national number length(s) and trunk prefix of the countries the add-on knows. */
interface CountryPlan {
  code: string;
  lengths: number[];
  trunk?: string;
}

const PLANS: Record<string, CountryPlan> = {
  PL: { code: '48', lengths: [9] },
  DK: { code: '45', lengths: [8] },
  RO: { code: '40', lengths: [9], trunk: '0' },
  RU: { code: '7', lengths: [10], trunk: '8' },
  GB: { code: '44', lengths: [10], trunk: '0' },
  US: { code: '1', lengths: [10], trunk: '1' },
  CA: { code: '1', lengths: [10], trunk: '1' },
  DE: { code: '49', lengths: [10, 11], trunk: '0' },
  UA: { code: '380', lengths: [9], trunk: '0' },
  MD: { code: '373', lengths: [8], trunk: '0' },
  SE: { code: '46', lengths: [9], trunk: '0' },
  NO: { code: '47', lengths: [8] },
};

/** Countries by name as exports write them, in the five languages (normalised: lower case). */
const NAMES: Record<string, string> = {
  poland: 'PL', polska: 'PL', польша: 'PL', polonia: 'PL', polen: 'PL',
  denmark: 'DK', danmark: 'DK', dania: 'DK', дания: 'DK', danemarca: 'DK',
  romania: 'RO', rumunia: 'RO', румыния: 'RO', rumaenien: 'RO', rumænien: 'RO', 'românia': 'RO',
  russia: 'RU', rosja: 'RU', россия: 'RU', rusia: 'RU', rusland: 'RU',
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', 'wielka brytania': 'GB', великобритания: 'GB', 'regatul unit': 'GB', storbritannien: 'GB',
  'united states': 'US', usa: 'US', 'stany zjednoczone': 'US', сша: 'US', 'statele unite': 'US',
  canada: 'CA', kanada: 'CA', канада: 'CA',
  germany: 'DE', niemcy: 'DE', германия: 'DE', germania: 'DE', tyskland: 'DE', deutschland: 'DE',
  ukraine: 'UA', ukraina: 'UA', украина: 'UA', ucraina: 'UA',
  moldova: 'MD', mołdawia: 'MD', молдова: 'MD',
  sweden: 'SE', szwecja: 'SE', швеция: 'SE', suedia: 'SE', sverige: 'SE',
  norway: 'NO', norwegia: 'NO', норвегия: 'NO', norvegia: 'NO', norge: 'NO',
};

/**
 * The ISO country code of a country cell (`PL`, `Poland`, `Polska`), or null when unknown.
 * @example countryCode('Polska') === 'PL'; countryCode('dk') === 'DK'
 */
export function countryCode(value: unknown): string | null {
  const text = String(value ?? '').trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  return NAMES[text.toLowerCase()] ?? null;
}

/**
 * The country of a spreadsheet locale (`pl_PL` → PL); a language alone gives its main country
 * (pl, da, ro, ru); English without a region gives none.
 * @example countryOfLocale('en_GB') === 'GB'; countryOfLocale('da') === 'DK'; countryOfLocale('en') === null
 */
export function countryOfLocale(locale: string | undefined): string | null {
  const [language = '', region = ''] = (locale ?? '').split(/[_-]/);
  if (/^[A-Za-z]{2}$/.test(region)) return region.toUpperCase();
  return ({ pl: 'PL', da: 'DK', ro: 'RO', ru: 'RU' } as Record<string, string>)[language.toLowerCase()] ?? null;
}

/**
 * A phone cell in E.164, or null when it is not a phone number this rule can read (too short or
 * too long, letters, a national number without a known country).
 * @example e164('601 234 567', 'PL') === '+48601234567'; e164('0045 12 34 56 78', null) === '+4512345678'; e164('(0) 20 7946 0958', 'GB') === '+442079460958'
 */
export function e164(value: unknown, country: string | null): string | null {
  let text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : String(value ?? '').trim();
  if (text === '') return null;
  text = text.replace(/\(0\)/g, '');
  if (/[^\d\s().\-+/]/.test(text)) return null;
  const plus = text.startsWith('+');
  let digits = text.replace(/\D/g, '');
  if (!plus && digits.startsWith('00')) return international(digits.slice(2));
  if (plus) return international(digits);
  const plan = country ? PLANS[country] : undefined;
  if (!plan) return null;
  if (plan.trunk && digits.startsWith(plan.trunk) && plan.lengths.includes(digits.length - plan.trunk.length)) digits = digits.slice(plan.trunk.length);
  if (plan.lengths.includes(digits.length)) return `+${plan.code}${digits}`;
  if (digits.startsWith(plan.code) && plan.lengths.includes(digits.length - plan.code.length)) return `+${digits}`;
  return null;
}

/** E.164 allows at most 15 digits; the shortest numbers in use have 8 with the country code. */
function international(digits: string): string | null {
  return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0' ? `+${digits}` : null;
}
