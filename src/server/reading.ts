/**
 * What was recognised and used to read an order sheet, for every output: the platform, the header
 * of each column used, the currency, how the dates were read, and what is doubtful. `readingLines`
 * says it in the user's language (the report's header, the e-mail's data health, the sidebar, the runner).
 */
import type { ColumnDoubt, ColumnGuess } from '../core/read/columns';
import type { PlatformId } from '../core/read/platforms';
import type { DataHealth, Language, OrderTable } from '../core/types';
import { t, type MessageKey } from '../i18n';

/** The header text of each column used (the runner's JSON `columns`), null where none. */
export interface ReadingColumns {
  customer: string | null;
  date: string | null;
  amount: string | null;
  order: string | null;
  status: string | null;
  refunds: string | null;
  currency: string | null;
}

export interface ReadingSummary {
  platform: PlatformId | null;
  columns: ReadingColumns;
  /** Columns standing in for the customer where it is blank, in order; a last name joined to it. */
  customerAlso: string[];
  customerLast: string | null;
  /** How amounts were read: a column (one row per order; or with order lines, once per order or summed), quantity × price, or none. */
  amounts: 'column' | 'order' | 'line' | 'product' | 'none';
  quantity: string | null;
  price: string | null;
  /** Further columns that void orders (`Cancelled at`) or set rows aside (PayPal's `Type`). */
  rules: string[];
  currency: string | null;
  currencies: [string, number][];
  /** The settlement-currency columns were used (several currencies in the file). */
  converted: boolean;
  dateZone: 'sheet' | 'utc';
  doubts: ColumnDoubt[];
}

/** Platform names as users know them (proper names: the same in every language). */
const PLATFORM_NAMES: Record<PlatformId, string> = {
  shopify: 'Shopify',
  woocommerce: 'WooCommerce',
  woocommerce_analytics: 'WooCommerce Analytics',
  etsy_orders: 'Etsy Sold Orders',
  etsy_items: 'Etsy Sold Order Items',
  stripe: 'Stripe',
  square: 'Square',
  paypal: 'PayPal',
  bigcommerce: 'BigCommerce',
  magento: 'Magento / Adobe Commerce',
  prestashop: 'PrestaShop',
  polish_shop: 'BaseLinker / Allegro / Shoper',
  russian_shop: 'InSales / 1C',
  romanian_shop: 'SmartBill / eMAG',
  danish_shop: 'Dandomain',
};

/**
 * The platform's display name.
 * @example platformName('etsy_orders') === 'Etsy Sold Orders'
 */
export function platformName(platform: PlatformId): string {
  return PLATFORM_NAMES[platform];
}

/**
 * The reading summary of a finished read.
 * @example describeReading(guess, ['Name', 'Email'], table, 'USD', [['USD', 390]], false).columns.customer === 'Email'
 */
export function describeReading(
  guess: ColumnGuess,
  headers: string[],
  table: OrderTable,
  currency: string | null,
  currencies: [string, number][],
  converted: boolean,
): ReadingSummary {
  const { mapping } = guess;
  const header = (column: number | null) => (column === null ? null : headers[column] || `#${column + 1}`);
  const byProduct = mapping.amount === null && mapping.quantity !== null && mapping.price !== null;
  const amounts = mapping.amount !== null ? (mapping.orderId === null ? 'column' : guess.amountLevel) : byProduct ? 'product' : 'none';
  const doubts = [...guess.doubts];
  const emails = table.customerIds.filter((id) => id.includes('@')).length;
  if (mapping.customer !== null && table.count >= 20 && table.customerIds.length === table.count && emails < table.count / 2) {
    doubts.push({ role: 'customer', code: 'allDifferent', example: table.customerIds[0] });
  }
  return {
    platform: guess.platform,
    columns: {
      customer: header(mapping.customer),
      date: header(mapping.date),
      amount: header(mapping.amount),
      order: header(mapping.orderId),
      status: header(mapping.status),
      refunds: amounts === 'none' ? null : header(mapping.refunds),
      currency: header(mapping.currency),
    },
    customerAlso: guess.identity.parts.slice(1).map((part) => header(part.column)! + (part.last === null ? '' : `" + "${header(part.last)}`)),
    customerLast: header(guess.identity.parts[0]?.last ?? null),
    amounts,
    quantity: byProduct ? header(mapping.quantity) : null,
    price: byProduct ? header(mapping.price) : null,
    rules: guess.extraRules.map((rule) => header(rule.column)!),
    currency,
    currencies,
    converted,
    dateZone: guess.dateZone,
    doubts,
  };
}

const q = (text: string) => `"${text}"`;

/**
 * The platform line and the columns line, in the user's language.
 * @example readingLines(summary, 'en')
 * // ['Recognised export: Shopify.', 'Columns: customer "Email" (else "Billing Name"); date "Created at"; …']
 */
export function readingLines(reading: ReadingSummary, language: Language): string[] {
  const lines = [
    reading.platform ? t(language, 'reading.platform', { platform: platformName(reading.platform) }) : t(language, 'reading.noPlatform'),
  ];
  const c = reading.columns;
  const parts: string[] = [];
  if (c.customer) {
    let customer = q(c.customer);
    if (reading.customerLast) customer += ` + ${q(reading.customerLast)}`;
    if (reading.customerAlso.length > 0) customer += ` (${t(language, 'reading.else')} ${reading.customerAlso.map(q).join(', ')})`;
    parts.push(`${t(language, 'reading.role.customer')} ${customer}`);
  }
  if (c.date) parts.push(`${t(language, 'reading.role.date')} ${q(c.date)}${reading.dateZone === 'utc' ? ' (UTC)' : ''}`);
  parts.push(`${t(language, 'reading.role.amount')} ${amountText(reading, language)}`);
  if (c.order) parts.push(`${t(language, 'reading.role.order')} ${q(c.order)}`);
  const statusColumns = [c.status, ...reading.rules].filter((h): h is string => h !== null);
  if (statusColumns.length > 0) parts.push(`${t(language, 'reading.role.status')} ${statusColumns.map(q).join(', ')}`);
  if (c.currency) parts.push(`${t(language, 'reading.role.currency')} ${q(c.currency)}${reading.currency ? ` (${reading.currency})` : ''}`);
  lines.push(`${t(language, 'reading.columns')} ${parts.join('; ')}.`);
  return lines;
}

function amountText(reading: ReadingSummary, language: Language): string {
  const c = reading.columns;
  if (reading.amounts === 'none') return t(language, 'reading.noAmount');
  let text = reading.amounts === 'product' ? `${q(reading.quantity!)} × ${q(reading.price!)}` : q(c.amount!);
  if (reading.amounts === 'order') text += ` (${t(language, 'reading.perOrder')})`;
  if (reading.amounts === 'line') text += ` (${t(language, 'reading.perLine')})`;
  if (c.refunds) text += ` ${t(language, 'reading.minus')} ${q(c.refunds)}`;
  return text;
}

const DOUBT_KEYS: Record<ColumnDoubt['code'], MessageKey> = {
  masked: 'reading.doubt.masked',
  guessed: 'reading.doubt.guessed',
  initials: 'reading.doubt.initials',
  allDifferent: 'reading.doubt.allDifferent',
};

/**
 * The doubts about a column choice, in the user's language (the sidebar shows them by the columns).
 * @example doubtLines([{ role: 'customer', code: 'masked', example: 'J*** S***' }], headers, 'en', mapping)
 */
export function doubtLines(doubts: readonly ColumnDoubt[], headers: string[], language: Language, mapping: Record<string, number | null>): string[] {
  return doubts.map((doubt) => {
    const index = mapping[doubt.role];
    const column = index === undefined || index === null ? '' : headers[index];
    return t(language, DOUBT_KEYS[doubt.code], { column, example: doubt.example });
  });
}

/**
 * What deserves a second look, and how dates, currencies and refunds were handled.
 * @example noteLines(summary, table.health, 'en', 'en_US', 'Europe/Warsaw')
 * // ['Dates carry UTC offsets (-05:00): read at the shop's own clock, as written.', …]
 */
export function noteLines(reading: ReadingSummary, health: DataHealth, language: Language, locale: string, zone: string): string[] {
  const lines: string[] = [];
  for (const doubt of reading.doubts) {
    const column = reading.columns[doubt.role === 'orderId' ? 'order' : (doubt.role as keyof ReadingColumns)] ?? '';
    lines.push(t(language, DOUBT_KEYS[doubt.code], { column, example: doubt.example }));
  }
  const dates = health.dates;
  if (dates) {
    const order = t(language, dates.order === 'dmy' ? 'reading.dayFirst' : 'reading.monthFirst');
    if (dates.source === 'proof' && dates.ambiguous + dates.swappedDateCells > 0) {
      lines.push(t(language, 'reading.datesProven', { example: dates.example ?? '', order }));
    } else if (dates.source === 'locale') {
      lines.push(t(language, 'reading.datesLocale', { count: dates.ambiguous, order, locale }));
    }
    if (dates.swappedDateCells > 0) lines.push(t(language, 'reading.datesSwapped', { count: dates.swappedDateCells, order }));
    if (dates.lowDays > 0) lines.push(t(language, 'reading.lowDays', { count: dates.lowDays }));
    if (dates.offsets.length > 0) lines.push(t(language, 'reading.offsets', { offsets: dates.offsets.join(', ') }));
    if (dates.utcTexts > 0) lines.push(t(language, 'reading.utc', { zone }));
  }
  if (reading.currency && reading.currencies.length <= 1 && reading.amounts !== 'none') lines.push(t(language, 'reading.currency', { currency: reading.currency }));
  if (reading.currency && reading.currencies.length > 1) {
    const list = reading.currencies.map(([code, n]) => `${code} ${n}`).join(', ');
    lines.push(t(language, reading.converted ? 'reading.currencyConverted' : 'reading.currencyChosen', { list, currency: reading.currency }));
  }
  if (health.refunds) lines.push(t(language, 'reading.refunds', { orders: health.refunds.orders, inFull: health.refunds.inFull }));
  return lines;
}
