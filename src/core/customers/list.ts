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

export interface CustomerList {
  asOfDay: number;
  rows: CustomerRow[];
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
  /** Phones in the sheet that could not be read as E.164. */
  unreadablePhones: number;
}

/**
 * The customer list of the table as of a day.
 * @example customerList(table, { asOfDay, tiers: { basis: 'spend', window: 'lifetime' }, defaultNames: ['Member', 'Silver', 'Gold'], country: 'PL' }).rows[0].tier
 */
export function customerList(table: OrderTable, options: CustomerListOptions, contacts?: Contacts, answers?: LatestAnswers): CustomerList {
  const { asOfDay } = options;
  const profileOptions = { asOfDay, includeRefunds: options.includeRefunds };
  const byDay = ordersByDay(table, asOfDay);
  const values = tierValues(table, asOfDay, options.tiers.basis, options.tiers.window, options.includeRefunds, byDay);
  const facts = customerFacts(table, profileOptions);
  const rules = options.tiers.tiers ?? defaultTiers(buyerValues(facts.order, values), options.tiers.basis, options.defaultNames);
  const tiers: TierOptions = { tiers: rules, basis: options.tiers.basis, window: options.tiers.window, includeRefunds: options.includeRefunds };
  const tierSizes = new Array<number>(rules.length).fill(0);
  let unreadablePhones = 0;
  const rows: CustomerRow[] = [];
  visitProfiles(table, profileOptions, (p) => {
    const c = p.index;
    const value = values[c];
    const t = tierIndex(value, rules);
    if (t >= 0) tierSizes[t]++;
    const country = contacts ? countryCode(contacts.country[c]) : null;
    const phoneText = contacts?.phone[c] ?? null;
    const phone = phoneText === null ? null : e164(phoneText, country ?? options.country);
    if (phoneText !== null && phone === null) unreadablePhones++;
    const answer = answers?.get(c);
    // Every field written out: an object spread plus new fields is very slow in V8 for 100,000 rows.
    rows.push({
      index: p.index,
      id: p.id,
      firstPurchase: p.firstPurchase,
      lastPurchase: p.lastPurchase,
      purchaseDays: p.purchaseDays,
      purchases: p.purchases,
      spend: p.spend,
      aov: p.aov,
      usualInterval: p.usualInterval,
      daysSinceLast: p.daysSinceLast,
      expectedNext: p.expectedNext,
      status: p.status,
      segment: p.segment,
      valuable: p.valuable,
      cohort: p.cohort,
      email: contacts?.email[c] ?? (p.id.includes('@') ? p.id : null),
      phone,
      phoneText,
      firstName: contacts?.firstName[c] ?? null,
      lastName: contacts?.lastName[c] ?? null,
      country,
      consent: contacts?.consent ? contacts.consent[c] : null,
      smsConsent: contacts?.smsConsent ? contacts.smsConsent[c] : null,
      tier: t >= 0 ? rules[t].name : null,
      tierIndex: t,
      tierValue: value,
      toNextTier: toNextTier(value, t, rules),
      nextAnniversary: nextAnniversary(p.firstPurchase, asOfDay),
      nps: answer?.score ?? null,
      npsDay: answer?.day ?? null,
    });
  }, facts);
  return {
    asOfDay,
    rows,
    tiers,
    defaultTiers: options.tiers.tiers === undefined,
    tierSizes,
    byDay,
    facts,
    hasConsent: contacts?.consent != null,
    hasSmsConsent: contacts?.smsConsent != null,
    unreadablePhones,
  };
}

/** The tier values of the buyers, for the default thresholds. */
function buyerValues(order: Int32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
  return out;
}
