/**
 * docs/RUNNER.md's `retention customers --json` shape (issue 15): dates `YYYY-MM-DD`, `toNextTier`
 * null in the top tier, NPS −100 … 100 per group (groups without answers left out), segments by
 * their short name (`champions`).
 */
import { listOfPlan, type CustomerStatus, type NpsGrouping } from '../../core/customers';
import { isoOfDay } from '../../core/days';
import type { CustomersRead } from './read';

export interface CustomersJson {
  asOf: string;
  customers: {
    id: string;
    email: string | null;
    phone: string | null;
    firstPurchase: string;
    lastPurchase: string;
    purchases: number;
    spend: number;
    aov: number | null;
    daysSinceLast: number;
    expectedNext: string | null;
    status: CustomerStatus;
    tier: string | null;
    toNextTier: number | null;
    segment: string;
    consent: boolean | null;
    nps: number | null;
  }[];
  tiers: { name: string; threshold: number; customers: number }[];
  npsBy: Record<NpsGrouping, Record<string, number>>;
}

/** The short name of an RFM segment key. */
const short = (segment: string) => segment.replace(/^rfm\./, '');

/**
 * The JSON of a customer list.
 * @example customersJson(read).tiers // [{ name: 'Member', threshold: 0, customers: 4 }, …]
 */
export function customersJson(read: CustomersRead): CustomersJson {
  const { list } = read;
  const npsBy: CustomersJson['npsBy'] = { tier: {}, status: {}, cohort: {}, segment: {} };
  if (read.nps) {
    for (const by of Object.keys(npsBy) as NpsGrouping[]) {
      for (const g of read.nps.groups[by]) if (g.nps !== null) npsBy[by][by === 'segment' ? short(g.group) : g.group] = g.nps;
    }
  }
  return {
    asOf: isoOfDay(list.asOfDay),
    customers: listOfPlan(list).rows.map((r) => ({
      id: r.id,
      email: r.email,
      phone: r.phone,
      firstPurchase: isoOfDay(r.firstPurchase),
      lastPurchase: isoOfDay(r.lastPurchase),
      purchases: r.purchases,
      spend: r.spend,
      aov: r.aov,
      daysSinceLast: r.daysSinceLast,
      expectedNext: r.expectedNext === null ? null : isoOfDay(r.expectedNext),
      status: r.status,
      tier: r.tier,
      toNextTier: r.toNextTier,
      segment: short(r.segment),
      consent: list.hasConsent ? r.consent === true : null,
      nps: r.nps,
    })),
    tiers: list.tiers.tiers.map((tier, i) => ({ name: tier.name, threshold: tier.threshold, customers: list.tierSizes[i] })),
    npsBy,
  };
}
