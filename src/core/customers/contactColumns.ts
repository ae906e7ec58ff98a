/**
 * The contact columns of an order sheet, found by their headers like the order columns
 * (src/core/read/headers.ts; normalised headers, five languages and the usual exports): e-mail,
 * phone, first and last name or a full name, country, marketing consent (Shopify's
 * `Accepts Marketing` / `Accepts Email Marketing`) and SMS consent (`Accepts SMS Marketing`).
 */
import { FIRST_NAME, LAST_NAME, normaliseHeader } from '../read/headers';
import type { CellValue } from '../types';

export type ContactRole = 'email' | 'phone' | 'firstName' | 'lastName' | 'name' | 'country' | 'consent' | 'smsConsent';

export const CONTACT_ROLES: readonly ContactRole[] = ['email', 'phone', 'firstName', 'lastName', 'name', 'country', 'consent', 'smsConsent'];

/** 0-based column of each contact role, null when the sheet has none. */
export type ContactColumns = Record<ContactRole, number | null>;

/** Exact header names per role, best first (already normalised). */
const NAMES: Record<Exclude<ContactRole, 'firstName' | 'lastName'>, string[]> = {
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'customer email', 'billing email', 'buyer email', 'adres email', 'adres e mail',
    'email klienta', 'e mail klienta', 'электронная почта', 'почта', 'email client', 'adresa de email', 'adresa email', 'e mail adresse', 'email adresse',
  ],
  phone: [
    'billing phone', 'phone', 'phone number', 'customer phone', 'telephone', 'mobile', 'mobile phone', 'shipping phone', 'telefon', 'telefon klienta',
    'nr telefonu', 'numer telefonu', 'телефон', 'номер телефона', 'numar de telefon', 'numar telefon', 'telefonnummer', 'mobil', 'mobilnummer', 'tlf',
  ],
  name: [
    'billing name', 'customer name', 'full name', 'name', 'shipping name', 'buyer name', 'nazwa klienta', 'imie i nazwisko', 'имя клиента', 'фио',
    'nume client', 'nume complet', 'kundenavn', 'navn',
  ],
  country: [
    'billing country', 'billing country code', 'country', 'country code', 'shipping country', 'shipping country code', 'kraj', 'страна', 'tara', 'land',
  ],
  consent: [
    'accepts email marketing', 'accepts marketing', 'email marketing consent', 'marketing consent', 'consent', 'newsletter', 'marketing opt in',
    'opt in', 'subscribed', 'zgoda marketingowa', 'zgoda na marketing', 'zgoda na newsletter', 'zgoda', 'согласие на рассылку', 'согласие', 'подписка',
    'consimtamant marketing', 'consimtamant', 'abonat newsletter', 'samtykke', 'samtykke til markedsforing', 'nyhedsbrev',
  ],
  smsConsent: ['accepts sms marketing', 'sms marketing consent', 'sms consent', 'zgoda sms', 'согласие на sms', 'consimtamant sms', 'sms samtykke'],
};

/** A header naming an e-mail only in passing ("Accepts Email Marketing") is not the e-mail column. */
const NOT_AN_EMAIL = /(^| )(accepts|marketing|consent|subscribed|opt|zgoda|согласие|consimtamant|samtykke|status|verified)( |$)/;

/**
 * The contact columns found in a header row.
 * @example contactColumns(['Email', 'Billing Name', 'Billing Phone', 'Accepts Marketing']) // { email: 0, name: 1, phone: 2, consent: 3, … }
 */
export function contactColumns(header: readonly CellValue[]): ContactColumns {
  const headers = header.map(normaliseHeader);
  const taken = new Set<number>();
  const found: ContactColumns = { email: null, phone: null, firstName: null, lastName: null, name: null, country: null, consent: null, smsConsent: null };
  const take = (role: ContactRole, column: number) => {
    if (column < 0 || taken.has(column)) return;
    found[role] = column;
    taken.add(column);
  };
  for (const role of ['smsConsent', 'consent', 'email', 'phone', 'country'] as const) {
    for (const name of NAMES[role]) {
      const column = headers.findIndex((h, i) => h === name && !taken.has(i));
      if (column >= 0) {
        take(role, column);
        break;
      }
    }
  }
  if (found.email === null) take('email', headers.findIndex((h, i) => !taken.has(i) && / ?(email|e mail)( |$)/.test(` ${h}`) && !NOT_AN_EMAIL.test(h)));
  const billingFirst = headers.findIndex((h, i) => !taken.has(i) && FIRST_NAME.test(h) && /billing/.test(h));
  take('firstName', billingFirst >= 0 ? billingFirst : headers.findIndex((h, i) => !taken.has(i) && FIRST_NAME.test(h)));
  const billingLast = headers.findIndex((h, i) => !taken.has(i) && LAST_NAME.test(h) && !FIRST_NAME.test(h) && /billing/.test(h));
  take('lastName', billingLast >= 0 ? billingLast : headers.findIndex((h, i) => !taken.has(i) && LAST_NAME.test(h) && !FIRST_NAME.test(h)));
  for (const name of NAMES.name) {
    const column = headers.findIndex((h, i) => h === name && !taken.has(i));
    if (column >= 0) {
      take('name', column);
      break;
    }
  }
  return found;
}
