/**
 * The shop exports the add-on recognises by their headers, and how each one is read: which column
 * is the customer (and what stands in for it when it is blank), the date, the amount and whether it
 * is written once per order or per line, the order id, the refunds, the currency, and the statuses
 * of orders that never happened. Column lists: docs/EXPORTS.md (the exports' own default names).
 *
 * Every header here is normalised (`normaliseHeader`: lower case, no accents or punctuation), so
 * `Created date (UTC)` is `created date utc` and `order_number` is `order number`.
 */

/** The exports read by rules of their own; `null` elsewhere means the generic detection. */
export type PlatformId =
  | 'shopify'
  | 'woocommerce'
  | 'woocommerce_analytics'
  | 'etsy_orders'
  | 'etsy_items'
  | 'stripe'
  | 'square'
  | 'paypal'
  | 'bigcommerce'
  | 'magento'
  | 'prestashop'
  | 'polish_shop'
  | 'russian_shop'
  | 'romanian_shop'
  | 'danish_shop';

/** How a status-like column marks rows: orders that never happened, refunded in full, not an order. */
export interface StatusValues {
  /** Normalised values of orders that never happened (skipped as `cancelled`). */
  void: string[];
  /** Normalised values of orders refunded in full (kept with a net amount of 0). */
  refunded: string[];
}

/** A further column whose cells mark rows (e.g. Shopify's `Cancelled at`). */
export interface ExtraRuleSpec {
  headers: string[];
  /** `filled`: a non-empty cell voids the order; `false`: a FALSE / "false" / "no" cell voids it;
   *  `notOrder`: a non-empty cell matching `pattern` is not an order (PayPal's transfers, conversions). */
  test: 'filled' | 'false' | 'notOrder';
  pattern?: RegExp;
}

export interface PlatformProfile {
  id: PlatformId;
  /** Recognised when every header of `all` is there, and at least `minAny` of `any`. */
  all: string[];
  any?: string[];
  minAny?: number;
  /**
   * The customer, best first: each entry a header, or a [first name, last name] pair joined.
   * The first present is the customer; the later present ones stand in on rows where it is blank.
   */
  customer: (string | [string, string])[];
  date: string[];
  amount: string[];
  /** `order`: written once per order (taken once); `line`: per order line (summed). */
  amountLevel: 'order' | 'line';
  orderId?: string[];
  refunds?: string[];
  /** `subtract`: net = amount − refunds; `replace`: a non-zero cell is the order's net (Etsy's adjusted total). */
  refundMode?: 'subtract' | 'replace';
  currency?: string[];
  /** The settlement-currency columns used when the file holds several currencies (Stripe). */
  converted?: { amount: string[]; refunds?: string[]; currency: string[] };
  status?: string[];
  statusValues?: StatusValues;
  extraRules?: ExtraRuleSpec[];
  /** `utc`: dates without an offset are UTC (Stripe's `Created date (UTC)`), not the shop's clock. */
  dateZone?: 'utc';
  /** Customer ids `0` mean a guest (WooCommerce, BigCommerce): treated as blank. */
  zeroIsGuest?: boolean;
}

/** Statuses that mean "never happened" or "refunded in full" in any export, in the five languages. */
export const GENERIC_STATUS: StatusValues = {
  void: [
    'cancelled', 'canceled', 'voided', 'void', 'failed', 'declined', 'trash', 'deleted',
    'anulowane', 'anulowano', 'anulowane przez kupujacego', 'odrzucone',
    'отменен', 'отменено', 'отмена', 'аннулирован', 'отклонен',
    'anulata', 'anulat', 'anulare', 'esuata', 'refuzata',
    'annulleret', 'afvist', 'fejlet',
  ],
  refunded: ['refunded', 'zwrocone', 'zwrot', 'возврат', 'возвращен', 'rambursat', 'rambursata', 'refunderet'],
};

const WOO_STATUS: StatusValues = {
  void: ['cancelled', 'failed', 'pending', 'draft', 'checkout draft', 'trash'],
  refunded: ['refunded'],
};

/** PayPal activity rows that move money without a sale. */
const PAYPAL_NOT_ORDER = /conversion|withdraw|deposit|transfer|hold|authori[sz]ation|fee|tax collected|bank|card funding/;

/** The profiles, tried in this order (the more specific first). */
export const PLATFORMS: readonly PlatformProfile[] = [
  {
    id: 'shopify',
    all: ['name', 'financial status'],
    any: ['lineitem quantity', 'lineitem price', 'fulfillment status', 'created at', 'lineitem name'],
    minAny: 2,
    customer: ['email', 'phone', 'billing phone', 'billing name'],
    date: ['created at'],
    amount: ['total'],
    amountLevel: 'order',
    orderId: ['name'],
    refunds: ['refunded amount'],
    currency: ['currency'],
    status: ['financial status'],
    statusValues: { void: ['voided', 'expired'], refunded: ['refunded'] },
    extraRules: [{ headers: ['cancelled at'], test: 'filled' }],
  },
  {
    id: 'etsy_items',
    all: ['sale date', 'item name', 'transaction id'],
    any: ['item total', 'listing id', 'order id', 'buyer'],
    minAny: 2,
    customer: ['buyer'],
    date: ['sale date'],
    amount: ['item total'],
    amountLevel: 'line',
    orderId: ['order id'],
    currency: ['currency'],
  },
  {
    id: 'etsy_orders',
    all: ['sale date', 'order id', 'order total'],
    any: ['buyer user id', 'adjusted order total', 'full name', 'order net', 'card processing fees', 'number of items'],
    minAny: 1,
    customer: ['buyer user id', 'full name', 'buyer', ['first name', 'last name']],
    date: ['sale date'],
    amount: ['order total'],
    amountLevel: 'order',
    orderId: ['order id'],
    refunds: ['adjusted order total'],
    refundMode: 'replace',
    currency: ['currency'],
    status: ['status'],
    statusValues: { void: ['canceled', 'cancelled'], refunded: ['refunded', 'fully refunded'] },
  },
  {
    id: 'stripe',
    all: ['created date utc', 'amount'],
    any: ['amount refunded', 'captured', 'converted amount', 'customer email', 'customer id', 'status', 'fee'],
    minAny: 2,
    customer: ['customer id', 'customer email'],
    date: ['created date utc'],
    dateZone: 'utc',
    amount: ['amount'],
    amountLevel: 'order',
    refunds: ['amount refunded'],
    currency: ['currency'],
    converted: { amount: ['converted amount'], refunds: ['converted amount refunded'], currency: ['converted currency'] },
    status: ['status'],
    statusValues: { void: ['failed', 'canceled', 'cancelled', 'blocked'], refunded: ['refunded'] },
    extraRules: [{ headers: ['captured'], test: 'false' }],
  },
  {
    id: 'square',
    all: ['gross sales', 'net sales', 'transaction id'],
    any: ['total collected', 'customer id', 'customer name', 'payment id'],
    minAny: 1,
    customer: ['customer id', 'customer reference id', 'customer name'],
    date: ['date'],
    amount: ['total collected', 'net sales'],
    amountLevel: 'order',
  },
  {
    id: 'paypal',
    all: ['gross', 'net', 'transaction id'],
    any: ['from email address', 'type', 'status', 'name', 'fee'],
    minAny: 2,
    customer: ['from email address', 'name'],
    date: ['date'],
    amount: ['gross'],
    amountLevel: 'order',
    currency: ['currency'],
    status: ['status'],
    statusValues: { void: ['denied', 'failed', 'canceled', 'cancelled', 'voided'], refunded: ['reversed', 'refunded'] },
    extraRules: [{ headers: ['type'], test: 'notOrder', pattern: PAYPAL_NOT_ORDER }],
  },
  {
    id: 'bigcommerce',
    all: ['order id', 'order total inc tax'],
    any: ['customer id', 'customer email', 'order status', 'refund amount', 'customer name', 'order date'],
    minAny: 1,
    customer: ['customer id', 'customer email', 'customer name'],
    zeroIsGuest: true,
    date: ['order date'],
    amount: ['order total inc tax'],
    amountLevel: 'order',
    orderId: ['order id'],
    refunds: ['refund amount'],
    currency: ['order currency code', 'currency'],
    status: ['order status'],
    statusValues: { void: ['cancelled', 'declined', 'incomplete', 'pending'], refunded: ['refunded'] },
  },
  {
    id: 'magento',
    all: ['purchase date', 'grand total base'],
    any: ['bill to name', 'grand total purchased', 'customer email', 'total refunded', 'status', 'id'],
    minAny: 1,
    customer: ['customer email', 'bill to name'],
    date: ['purchase date'],
    amount: ['grand total base'],
    amountLevel: 'order',
    orderId: ['id'],
    refunds: ['total refunded'],
    status: ['status'],
    statusValues: { void: ['canceled', 'cancelled', 'pending payment'], refunded: ['closed'] },
  },
  {
    id: 'prestashop',
    all: ['reference', 'customer', 'total'],
    any: ['new client', 'payment', 'status', 'id', 'date', 'delivery'],
    minAny: 3,
    customer: ['customer'],
    date: ['date'],
    amount: ['total'],
    amountLevel: 'order',
    orderId: ['reference', 'id'],
    status: ['status'],
    statusValues: { void: ['canceled', 'cancelled', 'payment error', 'anulowane', 'anulowano'], refunded: ['refunded', 'zwrot'] },
  },
  {
    id: 'woocommerce_analytics',
    all: ['order', 'customer type', 'net sales'],
    customer: ['customer'],
    date: ['date'],
    amount: ['net sales'],
    amountLevel: 'order',
    orderId: ['order'],
    status: ['status'],
    statusValues: WOO_STATUS,
  },
  {
    id: 'woocommerce',
    all: ['order total'],
    any: [
      'billing email', 'customer email', 'billing first name', 'payment method title', 'order refund', 'customer user',
      'customer user id', 'order currency', 'order key', 'billing phone',
    ],
    minAny: 2,
    customer: ['billing email', 'customer email', 'email', 'billing phone', ['billing first name', 'billing last name'], 'customer user id', 'customer user', 'customer id'],
    zeroIsGuest: true,
    date: ['order date', 'date', 'order created', 'date created'],
    amount: ['order total'],
    amountLevel: 'order',
    orderId: ['order number', 'order id', 'order'],
    refunds: ['order refund', 'refund total', 'refunded total'],
    currency: ['order currency', 'currency'],
    status: ['order status', 'status'],
    statusValues: WOO_STATUS,
  },
  {
    id: 'polish_shop',
    all: [],
    any: [
      'id zamowienia', 'numer zamowienia', 'data zamowienia', 'data zlozenia', 'data zakupu', 'login klienta',
      'login kupujacego', 'wartosc zamowienia', 'imie i nazwisko', 'waluta', 'telefon', 'kwota',
    ],
    minAny: 3,
    customer: ['login klienta', 'login kupujacego', 'e mail', 'email', 'adres e mail', 'telefon', 'imie i nazwisko', ['imie', 'nazwisko']],
    date: ['data zamowienia', 'data zlozenia', 'data zakupu', 'data'],
    amount: ['wartosc zamowienia', 'kwota', 'wartosc', 'kwota brutto', 'wartosc brutto', 'suma'],
    amountLevel: 'order',
    orderId: ['id zamowienia', 'numer zamowienia', 'nr zamowienia'],
    currency: ['waluta'],
    status: ['status', 'status zamowienia'],
    statusValues: GENERIC_STATUS,
  },
  {
    id: 'russian_shop',
    all: [],
    any: ['номер заказа', 'дата создания', 'контактное лицо', 'покупатель', 'контрагент', 'сумма заказа', 'валюта', 'статус', 'телефон'],
    minAny: 3,
    customer: ['id клиента', 'код клиента', 'email', 'e mail', 'электронная почта', 'телефон', 'контактное лицо', 'покупатель', 'контрагент', ['имя', 'фамилия']],
    date: ['дата создания', 'дата заказа', 'дата'],
    amount: ['сумма заказа', 'сумма', 'итого'],
    amountLevel: 'order',
    orderId: ['номер заказа', 'заказ', 'номер'],
    currency: ['валюта'],
    status: ['статус', 'статус заказа'],
    statusValues: GENERIC_STATUS,
  },
  {
    id: 'romanian_shop',
    all: [],
    any: ['nr comanda', 'numar comanda', 'comanda', 'moneda', 'stare', 'client', 'telefon', 'data comenzii'],
    minAny: 3,
    customer: ['cod client', 'id client', 'email', 'e mail', 'telefon', 'client', 'nume client', ['prenume', 'nume']],
    date: ['data comenzii', 'data comanda', 'data'],
    amount: ['total', 'valoare', 'total comanda', 'valoare comanda'],
    amountLevel: 'order',
    orderId: ['nr comanda', 'numar comanda', 'comanda', 'id comanda'],
    currency: ['moneda'],
    status: ['stare', 'status'],
    statusValues: GENERIC_STATUS,
  },
  {
    id: 'danish_shop',
    all: [],
    any: ['ordrenummer', 'ordredato', 'kunde', 'valuta', 'belob', 'telefon', 'kundenummer', 'ordrestatus'],
    minAny: 3,
    customer: ['kundenummer', 'kunde id', 'e mail', 'email', 'telefon', 'kunde', 'navn', ['fornavn', 'efternavn']],
    date: ['ordredato', 'dato'],
    amount: ['belob', 'total', 'ordrebelob', 'ordre total'],
    amountLevel: 'order',
    orderId: ['ordrenummer', 'ordre nr', 'ordre id'],
    currency: ['valuta'],
    status: ['status', 'ordrestatus'],
    statusValues: GENERIC_STATUS,
  },
];

/**
 * The export a header row comes from, or `null` for any other sheet (read by the generic rules).
 * @example recognisePlatform(['name', 'email', 'financial status', 'created at', 'lineitem quantity'])?.id === 'shopify'
 */
export function recognisePlatform(headers: readonly string[]): PlatformProfile | null {
  const present = new Set(headers);
  for (const profile of PLATFORMS) {
    if (!profile.all.every((h) => present.has(h))) continue;
    const any = (profile.any ?? []).filter((h) => present.has(h)).length;
    if (any >= (profile.minAny ?? 0)) return profile;
  }
  return null;
}
