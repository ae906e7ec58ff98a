import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignList, customerList } from '../../../src/core/customers';
import { dayOfIso } from '../../../src/core/days';
import { winBackList } from '../../../src/core/weekly';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';
import { AS_OF, SHOP } from '../customers/shop';

const day = (iso: string) => dayOfIso(iso)!;

describe('winBackList', () => {
  it('lists the valuable overdue and lapsed customers of the test shop, largest spend first (hand computation in customers/shop.ts)', () => {
    // Valuable (spend ≥ 600, the 6th of 8): B5 3000 lapsed, O1 900 overdue, B3 600 due. B4 is lapsed but spent 150.
    expect(winBackList(tableOf(SHOP), { asOfDay: AS_OF })).toEqual([
      // B5: three purchase days, G = 35: expected 2023-05-01 + 35 = 2023-06-05; away 426 days.
      { id: 'B5', netRevenue: 3000, purchaseDays: 3, lastPurchase: '2023-05-01', expectedNext: '2023-06-05', status: 'lapsed', daysSince: 426 },
      // O1: one purchase day, G = 30: expected 2024-05-01; away 90 days.
      { id: 'O1', netRevenue: 900, purchaseDays: 1, lastPurchase: '2024-04-01', expectedNext: '2024-05-01', status: 'overdue', daysSince: 90 },
    ]);
  });

  it('ignores orders after the as-of day and keeps to the limit', () => {
    const later: Row[] = [...SHOP, ['O1', '2024-07-20', 150]];
    expect(winBackList(tableOf(later), { asOfDay: AS_OF }).map((c) => c.id)).toEqual(['B5', 'O1']);
    expect(winBackList(tableOf(SHOP), { asOfDay: AS_OF, limit: 1 }).map((c) => c.id)).toEqual(['B5']);
    expect(winBackList(tableOf([]), { asOfDay: AS_OF })).toEqual([]);
  });

  it('equals the overdue/lapsed valuable customers of the customer list on the same data (property)', () => {
    const rows = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'), fc.integer({ min: 0, max: 600 }), fc.integer({ min: -30, max: 300 })),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 100, max: 700 }), (raw, asOf) => {
        const table = tableOf(raw.map(([c, o, a]): Row => [c, isoFromOffset(o), a]));
        const asOfDay = day(isoFromOffset(asOf));
        const email = winBackList(table, { asOfDay, limit: 100 }).map((c) => c.id);
        const list = customerList(table, { asOfDay, tiers: { basis: 'spend', window: 'lifetime' }, defaultNames: ['M', 'S', 'G'], country: null });
        // The Customers sheet's rows, filtered by status and value in the sheet's order.
        const sheet = list.rows.filter((r) => r.valuable && (r.status === 'overdue' || r.status === 'lapsed')).map((r) => r.id);
        expect(email).toEqual(sheet);
        // And the campaign list of the same audience (plain CSV, no consent column) has the same customers.
        const headers = { customer: 'c', email: 'e', phone: 'p', firstName: 'f', lastName: 'l', status: 's', tier: 't', spend: 'x', lastPurchase: 'lp', expectedNext: 'en', anniversary: 'a' };
        const campaign = campaignList(list, { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true }, 'csv', headers);
        expect(campaign.rows.map((r) => r[0])).toEqual(sheet);
      }),
    );
  });
});
