/**
 * The customer list: the profiles (profiles.ts) with the contact details (contacts.ts), the
 * loyalty tier (tiers.ts), the next first-purchase anniversary and the latest NPS answer. The
 * Customers sheet, the campaign lists, the custom functions and the runner all start here.
 */
import type { OrderTable } from '../types';
import { nextAnniversary } from './anniversary';
import type { Contacts } from './contacts';
import { countryCode, e164 } from './phone';
import { customerFacts, visitProfiles, type CustomerFacts, type CustomerProfile } from './profiles';
import { defaultTiers, ordersByDay, tierIndex, tierValues, toNextTier, type OrdersByDay, type TierOptions, type TierRule } from './tiers';

export interface CustomerRow extends CustomerProfile {
  email: string | null;
  /** E.164, or null when the sheet has no phone or it cannot be read as one. */
  phone: string | null;
  /** The phone as the sheet wrote it. */
  phoneText: string | null;
  firstName: string | null;
  lastName: string | null;
  /** ISO country code from a country column. */
  country: string | null;
  /** Null when the sheet has no consent column (or the cell is blank or unreadable: no consent). */
  consent: boolean | null;
  smsConsent: boolean | null;
  /** The tier's name, null below the lowest threshold. */
  tier: string | null;
  tierIndex: number;
  /** The value the tier is judged on (net spend or purchases in the window). */
  tierValue: number;
  toNextTier: number | null;
  /** Day number. */
  nextAnniversary: number;
  /** The customer's latest NPS answer (0–10) and its day, null without one. */
  nps: number | null;
  npsDay: number | null;
}

/** The latest answer of each customer index (answers.ts joins them). */
export type LatestAnswers = Map<number, { score: number; day: number }>;

export interface CustomerListOptions {
  asOfDay: number;
  includeRefunds?: boolean;
  /** The tier rules; without `tiers`, the shop's default thresholds (tiers.ts) under `defaultNames`. */
  tiers: Omit<TierOptions, 'tiers'> & { tiers?: TierRule[] };
  defaultNames: readonly [string, string, string];
  /** The document's country (its locale's region), for phones written without a country code. */
  country: string | null;
}

/** The customer list without its rows: what the Customers sheet shows beside them. */
export interface CustomerListSummary {
  asOfDay: number;
  /** Customers in the list (buyers up to the as-of day). */
  count: number;
  /** The tier rules applied (the owner's, or the defaults), and whether they are the defaults. */
  tiers: TierOptions;
  defaultTiers: boolean;
  /** Customers per tier, in the rules' order. */
  tierSizes: number[];
  /** The orders up to the as-of day by day, as the tier values were summed (tierHistory takes them). */
  byDay: OrdersByDay;
  /** What the profiles come from: purchase days, the shop's gap medians, the valuable threshold. */
  facts: CustomerFacts;
  /** Whether the sheet has a consent column (else an export must say consent cannot be read). */
  hasConsent: boolean;
  hasSmsConsent: boolean;
  /** Whether any listed customer has an e-mail (an e-mail column, or ids that are e-mails). */
  hasEmails: boolean;
  /** Phones in the sheet that could not be read as E.164. */
  unreadablePhones: number;
}

export interface CustomerList extends CustomerListSummary {
  rows: CustomerRow[];
}

/**
 * The customer list before its rows: the summary, and `visit` to go through the rows in the list's
 * order without keeping one object per customer (the object passed is reused: copy what you keep).
 * The Customers sheet writes its 100,000 rows straight from it.
 */
export interface CustomerListPlan extends CustomerListSummary {
  visit(visitor: (row: Readonly<CustomerRow>) => void): void;
}

/**
 * The customer list of the table as of a day.
 * @example customerList(table, { asOfDay, tiers: { basis: 'spend', window: 'lifetime' }, defaultNames: ['Member', 'Silver', 'Gold'], country: 'PL' }).rows[0].tier
 */
export function customerList(table: OrderTable, options: CustomerListOptions, contacts?: Contacts, answers?: LatestAnswers): CustomerList {
  return listOfPlan(planCustomerList(table, options, contacts, answers));
}

/**
 * The list with its rows, one object per customer, from a plan.
 * @example listOfPlan(plan).rows.length === plan.count
 */
export function listOfPlan(plan: CustomerListPlan): CustomerList {
  const { visit, ...summary } = plan;
  const rows: CustomerRow[] = [];
  visit((row) => rows.push({ ...row }));
  return { ...summary, rows };
}

/**
 * The customer list's summary and a way through its rows (CustomerListPlan).
 * @example planCustomerList(table, options).visit((row) => out.push([row.id, row.tier]))
 */
export function planCustomerList(table: OrderTable, options: CustomerListOptions, contacts?: Contacts, answers?: LatestAnswers): CustomerListPlan {
  const { asOfDay } = options;
  const profileOptions = { asOfDay, includeRefunds: options.includeRefunds };
  const byDay = ordersByDay(table, asOfDay);
  const values = tierValues(table, asOfDay, options.tiers.basis, options.tiers.window, options.includeRefunds, byDay);
  const facts = customerFacts(table, profileOptions);
  const rules = options.tiers.tiers ?? defaultTiers(buyerValues(facts.order, values), options.tiers.basis, options.defaultNames);
  const tiers: TierOptions = { tiers: rules, basis: options.tiers.basis, window: options.tiers.window, includeRefunds: options.includeRefunds };
  const tierSizes = new Array<number>(rules.length).fill(0);
  // Country and E.164 phone per customer, read once here (the visit would read them on every pass).
  const countries = contacts ? new Array<string | null>(table.customerIds.length).fill(null) : null;
  const phones = contacts ? new Array<string | null>(table.customerIds.length).fill(null) : null;
  let unreadablePhones = 0;
  let hasEmails = false;
  for (let k = 0; k < facts.order.length; k++) {
    const c = facts.order[k];
    const t = tierIndex(values[c], rules);
    if (t >= 0) tierSizes[t]++;
    if (!hasEmails) hasEmails = (contacts?.email[c] ?? null) !== null || table.customerIds[c].includes('@');
    if (!contacts || !countries || !phones) continue;
    const country = (countries[c] = countryCode(contacts.country[c]));
    const phoneText = contacts.phone[c];
    if (phoneText === null) continue;
    phones[c] = e164(phoneText, country ?? options.country);
    if (phones[c] === null) unreadablePhones++;
  }
  const row: CustomerRow = {
    index: 0, id: '', firstPurchase: 0, lastPurchase: 0, purchaseDays: 0, purchases: 0, spend: 0, aov: null, usualInterval: null,
    daysSinceLast: 0, expectedNext: null, status: 'new', segment: 'rfm.champions', valuable: false, cohort: '', email: null, phone: null,
    phoneText: null, firstName: null, lastName: null, country: null, consent: null, smsConsent: null, tier: null, tierIndex: -1,
    tierValue: 0, toNextTier: null, nextAnniversary: 0, nps: null, npsDay: null,
  };
  const visit = (visitor: (row: Readonly<CustomerRow>) => void): void => {
    visitProfiles(table, profileOptions, (p) => {
      const c = p.index;
      const value = values[c];
      const t = tierIndex(value, rules);
      const answer = answers?.get(c);
      // Field by field into one object: the profile's, then the list's own.
      row.index = c;
      row.id = p.id;
      row.firstPurchase = p.firstPurchase;
      row.lastPurchase = p.lastPurchase;
      row.purchaseDays = p.purchaseDays;
      row.purchases = p.purchases;
      row.spend = p.spend;
      row.aov = p.aov;
      row.usualInterval = p.usualInterval;
      row.daysSinceLast = p.daysSinceLast;
      row.expectedNext = p.expectedNext;
      row.status = p.status;
      row.segment = p.segment;
      row.valuable = p.valuable;
      row.cohort = p.cohort;
      row.email = contacts?.email[c] ?? (p.id.includes('@') ? p.id : null);
      row.phone = phones?.[c] ?? null;
      row.phoneText = contacts?.phone[c] ?? null;
      row.firstName = contacts?.firstName[c] ?? null;
      row.lastName = contacts?.lastName[c] ?? null;
      row.country = countries?.[c] ?? null;
      row.consent = contacts?.consent ? contacts.consent[c] : null;
      row.smsConsent = contacts?.smsConsent ? contacts.smsConsent[c] : null;
      row.tier = t >= 0 ? rules[t].name : null;
      row.tierIndex = t;
      row.tierValue = value;
      row.toNextTier = toNextTier(value, t, rules);
      row.nextAnniversary = nextAnniversary(p.firstPurchase, asOfDay);
      row.nps = answer?.score ?? null;
      row.npsDay = answer?.day ?? null;
      visitor(row);
    }, facts);
  };
  return {
    asOfDay,
    count: facts.order.length,
    tiers,
    defaultTiers: options.tiers.tiers === undefined,
    tierSizes,
    byDay,
    facts,
    hasConsent: contacts?.consent != null,
    hasSmsConsent: contacts?.smsConsent != null,
    hasEmails,
    unreadablePhones,
    visit,
  };
}

/** The tier values of the buyers, for the default thresholds. */
function buyerValues(order: Int32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
  return out;
}
