/**
 * Campaign lists from the customer list: who (an audience) and in which destination's own columns
 * and formats (Klaviyo, Mailchimp, Omnisend, SMSAPI, a plain CSV). When the order sheet has a
 * consent column only customers who said yes are listed; without one nobody is left out, and the
 * caller must say that consent cannot be read from orders. Formats and sources: docs/CUSTOMERS.md.
 */
import { civilFromDay, isoOfDay } from '../days';
import type { CustomerList, CustomerRow } from './list';
import type { CustomerStatus } from './status';

export type Destination = 'klaviyo' | 'mailchimp' | 'omnisend' | 'smsapi' | 'csv';
export const DESTINATIONS: readonly Destination[] = ['klaviyo', 'mailchimp', 'omnisend', 'smsapi', 'csv'];

/** Who goes on the list. */
export type Audience =
  | { kind: 'all' }
  /** Customers of these statuses; `valuableOnly`: with net spend in the top quarter (e.g. overdue valuable customers to win back). */
  | { kind: 'status'; statuses: CustomerStatus[]; valuableOnly?: boolean }
  | { kind: 'tier'; tier: string }
  /** One-time buyers 30–60 days after their first purchase: the second-purchase nudge. */
  | { kind: 'nudge' }
  /** First-purchase anniversaries in the next `days` days (today included). */
  | { kind: 'anniversary'; days: number }
  | { kind: 'nps'; answer: 'promoters' | 'detractors' };

/** Days after the first purchase of the second-purchase nudge (both included). */
export const NUDGE_DAYS = { from: 30, to: 60 } as const;

/**
 * Whether a customer row belongs to the audience on the list's as-of day.
 * @example inAudience(row, { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true }, asOf)
 */
export function inAudience(row: CustomerRow, audience: Audience, asOfDay: number): boolean {
  switch (audience.kind) {
    case 'all':
      return true;
    case 'status':
      return audience.statuses.includes(row.status) && (!audience.valuableOnly || row.valuable);
    case 'tier':
      return row.tier !== null && row.tier.toLowerCase() === audience.tier.toLowerCase();
    case 'nudge': {
      const since = asOfDay - row.firstPurchase;
      return row.purchaseDays === 1 && since >= NUDGE_DAYS.from && since <= NUDGE_DAYS.to;
    }
    case 'anniversary':
      return row.nextAnniversary - asOfDay <= audience.days;
    case 'nps':
      return row.nps !== null && (audience.answer === 'promoters' ? row.nps >= 9 : row.nps <= 6);
  }
}

/** The list a destination imports: its header and one text row per customer. */
export interface CampaignList {
  destination: Destination;
  header: string[];
  rows: string[][];
  /** Customers in the audience. */
  inAudience: number;
  /** Left out: no consent (only when the sheet has a consent column), no e-mail or phone the destination needs. */
  noConsent: number;
  noContact: number;
  /** False when the sheet has no consent column: the owner must upload only people who agreed. */
  consentKnown: boolean;
}

/**
 * The plain CSV's column headers and words, in the document's language (the caller translates):
 * the statuses' names (else their codes) and, with `decimalComma`, net spend written 12,5 (the
 * CSV then goes with `;` between fields, as spreadsheets of decimal-comma locales read it).
 */
export interface PlainHeaders {
  customer: string;
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  status: string;
  tier: string;
  spend: string;
  lastPurchase: string;
  expectedNext: string;
  anniversary: string;
  statusNames?: Partial<Record<CustomerStatus, string>>;
  decimalComma?: boolean;
}

/** Each vendor's header row, as its import help names the fields (docs/CUSTOMERS.md). */
export const VENDOR_HEADERS: Record<Exclude<Destination, 'csv'>, string[]> = {
  klaviyo: ['Email', 'Phone Number', 'Country', 'First Name', 'Last Name'],
  mailchimp: ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Anniversary'],
  omnisend: ['Email', 'Phone Number', 'First Name', 'Last Name', 'Country', 'First Purchase', 'Last Purchase'],
  smsapi: ['phone_number', 'first_name', 'last_name', 'email'],
};

/** Whether a destination lists a customer: e-mail for Mailchimp, a phone for SMSAPI, either for the others. */
function reachable(row: CustomerRow, destination: Destination): boolean {
  if (destination === 'mailchimp') return row.email !== null;
  if (destination === 'smsapi') return row.phone !== null;
  if (destination === 'csv') return true;
  return row.email !== null || row.phone !== null;
}

/** A month and day as `MM/DD` (Mailchimp's birthday format). */
function monthDay(day: number): string {
  const { month, day: dom } = civilFromDay(day);
  return `${String(month).padStart(2, '0')}/${String(dom).padStart(2, '0')}`;
}

/**
 * An amount rounded to cents, with a decimal comma when asked.
 * @example plainNumber(764.8, true) === '764,8'; plainNumber(-12.345, false) === '-12.35'
 */
function plainNumber(value: number, decimalComma: boolean): string {
  const text = String(Math.round(value * 100) / 100);
  return decimalComma ? text.replace('.', ',') : text;
}

/**
 * The campaign list of an audience for a destination. With a consent column, SMSAPI uses the SMS
 * consent column when the sheet has one.
 * @example campaignList(list, { kind: 'nudge' }, 'smsapi', headers).header // ['phone_number', 'first_name', 'last_name', 'email']
 */
export function campaignList(list: CustomerList, audience: Audience, destination: Destination, plain: PlainHeaders): CampaignList {
  const out: CampaignList = { destination, header: [], rows: [], inAudience: 0, noConsent: 0, noContact: 0, consentKnown: list.hasConsent };
  const sms = destination === 'smsapi' && list.hasSmsConsent;
  out.consentKnown = list.hasConsent || sms;
  const s = (v: string | null) => v ?? '';
  out.header =
    destination === 'csv'
      ? [plain.customer, plain.email, plain.phone, plain.firstName, plain.lastName, plain.status, plain.tier, plain.spend, plain.lastPurchase, plain.expectedNext, plain.anniversary]
      : VENDOR_HEADERS[destination];
  for (const row of list.rows) {
    if (!inAudience(row, audience, list.asOfDay)) continue;
    out.inAudience++;
    const consent = sms ? row.smsConsent : row.consent;
    if (out.consentKnown && consent !== true) {
      out.noConsent++;
      continue;
    }
    if (!reachable(row, destination)) {
      out.noContact++;
      continue;
    }
    const email = s(row.email);
    const phone = s(row.phone);
    const first = s(row.firstName);
    const last = s(row.lastName);
    switch (destination) {
      case 'klaviyo':
        out.rows.push([email, phone, s(row.country), first, last]);
        break;
      case 'mailchimp':
        out.rows.push([email, first, last, phone, monthDay(row.firstPurchase)]);
        break;
      case 'omnisend':
        out.rows.push([email, phone, first, last, s(row.country), isoOfDay(row.firstPurchase), isoOfDay(row.lastPurchase)]);
        break;
      case 'smsapi':
        out.rows.push([phone, first, last, email]);
        break;
      case 'csv':
        out.rows.push([
          row.id,
          email,
          phone,
          first,
          last,
          plain.statusNames?.[row.status] ?? row.status,
          s(row.tier),
          plainNumber(row.spend, plain.decimalComma === true),
          isoOfDay(row.lastPurchase),
          row.expectedNext === null ? '' : isoOfDay(row.expectedNext),
          isoOfDay(row.nextAnniversary),
        ]);
        break;
    }
  }
  return out;
}

/**
 * The list as CSV text: `separator` between fields (`;` for the plain CSV where the document's
 * locale writes decimal commas), fields quoted when they hold it, a quote, or a line break; lines
 * end with CRLF (RFC 4180).
 * @example csvText([['Email'], ['a@b.pl']], ',') === 'Email\r\na@b.pl\r\n'
 */
export function csvText(rows: readonly (readonly string[])[], separator: ',' | ';'): string {
  const field = (v: string) => (v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n';
}
