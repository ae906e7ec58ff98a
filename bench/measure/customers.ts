/**
 * The Customers sheet against the cohort report (issue 15's target: within 2× its time) on the
 * benchmark's shop (about 100,000 customers, 1,000,000 orders) through the built bundle in the
 * local host, and LOYALTY_TIER / NEXT_PURCHASE_DATE on 100,000 rows (target: under 100 ms each).
 * Run: node build.mjs --quiet && npx esbuild bench/measure/customers.ts --bundle --platform=node --packages=external --outfile=build/customers-bench.cjs && node --expose-gc build/customers-bench.cjs
 */
import { customersSheetTimings } from '../customers';
import { hostWithOrders } from '../host';
import { measure } from '../measure';
import { syntheticShop } from '../shop';
import { RANGE_ROWS } from '../customFunctions';

async function main(): Promise<void> {
  const shop = syntheticShop(1_000_000, 7);
  const { report, customersSheet: sheet, customers, ratio } = await customersSheetTimings(shop, Number(process.env.REPS ?? 3));
  const small = hostWithOrders({ ...shop, count: RANGE_ROWS, customer: shop.customer.subarray(0, RANGE_ROWS * 10).filter((_, i) => i % 10 === 0), wallMs: shop.wallMs.filter((_, i) => i % 10 === 0).subarray(0, RANGE_ROWS), amount: shop.amount.filter((_, i) => i % 10 === 0).subarray(0, RANGE_ROWS) }, true);
  const column = (letter: string) => small.cellArgument(small.rangeArg(`Orders!${letter}2:${letter}${RANGE_ROWS + 1}`));
  const [a, b, c] = [column('A'), column('B'), column('C')];
  const overhead = await measure(() => small.runCustomFunction('CRR', 200, 180, 20));
  const tier = await measure(() => small.runCustomFunction('LOYALTY_TIER', a, b, c, 'Member:0,Silver:500,Gold:2000'));
  const next = await measure(() => small.runCustomFunction('NEXT_PURCHASE_DATE', a, b, c));
  console.log(
    JSON.stringify(
      {
        orders: shop.count,
        customers,
        cohortReportMs: report.median,
        customersSheetMs: sheet.median,
        ratio: +ratio.toFixed(2),
        functionRows: RANGE_ROWS,
        hostOverheadMs: overhead.median,
        LOYALTY_TIER_ms: tier.median,
        NEXT_PURCHASE_DATE_ms: next.median,
      },
      null,
      1,
    ),
  );
}

main();
