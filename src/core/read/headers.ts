/**
 * Header names: the normal form every header is compared in, the generic names of each column
 * role in the five languages and the usual exports, and the words that rule a header out.
 */
import type { CellValue } from '../types';

/** The roles a column can play in an order sheet. */
export type ColumnRole = 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'orderId' | 'status' | 'refunds' | 'currency';

/** Every role, in the order outputs list them. */
export const COLUMN_ROLES: readonly ColumnRole[] = ['customer', 'date', 'amount', 'quantity', 'price', 'orderId', 'status', 'refunds', 'currency'];

/**
 * A header reduced to lower-case words without accents or punctuation; camelCase is split.
 * @example normaliseHeader('Data zamówienia') === 'data zamowienia'; normaliseHeader('InvoiceDate') === 'invoice date'
 */
export function normaliseHeader(header: CellValue): string {
  return String(header ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[łđøæß]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss' })[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Generic header names, already normalised, with a score: the best-scored (column, role) pairs are
 * taken first. A trailing `*` also matches the words inside a longer header ("Order Total (PLN)"),
 * 30 points lower, unless the header is ruled out for the role (`RULED_OUT`).
 * Customer: an id (100) > an e-mail (90) > a phone (80) > a customer word (70) > a full name (60).
 */
export const NAMES: Record<ColumnRole, Record<number, string>> = {
  customer: {
    100:
      'customer id|customer no|customer nr|customer number|customer code|client id|user id|buyer id|buyer user id|member id|' +
      'customer user id|masterid|cust|cust id|id klienta|nr klienta|numer klienta|kod klienta|login klienta|login kupujacego|' +
      'id клиента|код клиента|номер клиента|id client|cod client|kunde id|kundenummer|kundenr|kunde nr',
    90:
      'email*|e mail*|customer email|billing email|buyer email|email address|from email address|adres email|adres e mail|' +
      'email klienta|электронная почта|почта|email client|adresa de email|kunde email',
    80: 'phone|billing phone|customer phone|telefon|telefon klienta|nr telefonu|телефон|numar de telefon|telefonnummer',
    70: 'customer*|client*|buyer|klient*|kupujacy|nabywca|клиент*|покупатель*|заказчик|контрагент|контактное лицо|cumparator|kunde*|kober',
    60:
      'customer name|billing name|full name|buyer name|bill to name|name|nazwa klienta|imie i nazwisko|имя клиента|фио|' +
      'nume client|nume complet|kundenavn|navn',
  },
  date: {
    100:
      'order date|date|created at|invoice date|purchase date|sale date|transaction date|date created|order created|' +
      'created date utc|data|data zamowienia|data zakupu|data sprzedazy|data transakcji|data zlozenia|дата|дата заказа|дата покупки|' +
      'дата продажи|дата создания|data comenzii|data comanda|data achizitiei|dato|ordredato|ordre dato|kobsdato|salgsdato|fakturadato',
    70: 'paid at|timestamp|datetime|date paid|order time|created|date*|data*|дата*|dato*',
  },
  amount: {
    100:
      'amount|total|order total|sales|dollar value|revenue|order value|total price|grand total|sum|item total|order amount|' +
      'kwota|wartosc|wartosc zamowienia|suma|kwota brutto|wartosc brutto|razem|сумма|сумма заказа|итого|стоимость|' +
      'выручка|total comanda|valoare|valoare comanda|belob|total belob|ordrebelob|ordrevaerdi|ordre total|omsaetning|value',
    75: 'subtotal|net|order net|total paid|payment amount|kwota netto|wartosc netto|amount*|total*|kwota*|сумма*|suma*|belob*',
  },
  quantity: {
    100: 'quantity|qty|lineitem quantity|units|ilosc|liczba sztuk|количество|кол во|cantitate|antal|stk',
  },
  price: {
    100:
      'unit price|price|lineitem price|item price|cena|cena jednostkowa|цена|цена за единицу|pret|pret unitar|pris|' +
      'enhedspris|stykpris',
  },
  orderId: {
    100:
      'order id|order number|order no|order nr|invoice|invoice no|invoice number|receipt id|receipt number|' +
      'numer zamowienia|nr zamowienia|id zamowienia|zamowienie|numer faktury|номер заказа|заказ|id заказа|номер чека|' +
      'numar comanda|numar comenzii|nr comanda|id comanda|comanda|ordrenummer|ordre nr|ordre id|ordre|fakturanummer',
    80: 'order',
  },
  status: {
    100: 'status|order status|financial status|status zamowienia|stan zamowienia|статус|статус заказа|stare|stare comanda|ordrestatus',
  },
  refunds: {
    100:
      'refunded amount|refund amount|refunds|refund|amount refunded|total refunded|order refund|refund total|kwota zwrotu|zwrot|' +
      'сумма возврата|возврат|suma rambursata|rambursare|refunderet belob|refusion',
  },
  currency: {
    100: 'currency|order currency|waluta|валюта|moneda|valuta',
  },
};

/**
 * Words that rule a header out for a role when it only contains a known word (and, for the
 * customer, for guesses from values too): "Date Shipped" is not the order date, "Customer note"
 * not the customer, "Discount %" not the amount.
 */
const SHIPPING_TAX_FEES =
  'ship|shipped|shipping|delivery|dostawy|dostawa|wysylka|доставка|доставки|livrare|levering|forsendelse|tax|vat|podatek|налог|' +
  'taxa|moms|discount|coupon|rabat|kupon|скидка|купон|reducere|cupon|refund|refunded|zwrot|возврат|rambursare|fee|fees|' +
  'prowizja|комиссия|comision|gebyr|status|note|notes|uwagi|комментарий|nota|bemaerkning|percent|procent|процент|procentaj';

export const RULED_OUT: Record<'customer' | 'date' | 'amount', RegExp> = {
  customer: words(
    'order|orders|invoice|transaction|receipt|payment|address|street|city|zip|postcode|postal|country|state|province|region|' +
      'product|item|sku|lineitem|listing|coupon|discount|status|currency|shipping|ship|note|notes|type|company|tag|tags|source|' +
      'zamowienie|zamowienia|faktura|faktury|adres|ulica|miasto|kod|kraj|produkt|kupon|rabat|waluta|platnosc|wysylka|dostawa|' +
      'заказ|заказа|счет|адрес|город|индекс|страна|товар|купон|скидка|статус|валюта|оплата|доставка|' +
      'comanda|comenzii|factura|adresa|oras|judet|tara|produs|cupon|reducere|stare|moneda|plata|livrare|' +
      'ordre|adresse|postnummer|land|produkt|rabat|valuta|betaling|levering|forsendelse|' +
      'first|given|imie|имя|prenume|fornavn|last|surname|family|nazwisko|фамилия|efternavn',
  ),
  date: words(SHIPPING_TAX_FEES + '|paid|fulfilled|cancelled|canceled|refunded|completed|updated|modified|birth|urodzenia|рождения|nasterii|fodselsdato'),
  amount: words(SHIPPING_TAX_FEES + '|quantity|qty|ilosc|количество|cantitate|antal|items|number|count'),
};

function words(list: string): RegExp {
  return new RegExp(`(^| )(${list})( |$)`);
}

/** First-name and last-name headers: never a customer alone, joined when both are there. */
export const FIRST_NAME = /(^| )(first name|given name|imie|имя|prenume|fornavn)( |$)/;
export const LAST_NAME = /(^| )(last name|surname|family name|nazwisko|фамилия|nume|efternavn)( |$)/;

/** Per-line ids that are never an order's id (Etsy's `Transaction ID` is one per item). */
export const LINE_IDS = new Set(['transaction id', 'lineitem sku', 'sku', 'item id', 'order items id', 'order item id', 'line id', 'listing id', 'product id']);
