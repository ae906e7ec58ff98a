/**
 * Timing of the CLV core (not a test). Run:
 *   npx esbuild bench/clv-bench.ts --bundle --platform=node --outfile=build/clv-bench.cjs && node build/clv-bench.cjs
 * Fits CDNOW's 2,357 customers (the fixture) and 100,000 synthetic customers drawn from a BG/NBD
 * with known parameters (r = 0.5, α = 30 days, a = 0.8, b = 2.5), in days over two years, with
 * Gamma-Gamma spend.
 */
import { readFileSync } from 'node:fs';
import { dayFromCivil } from '../src/core/days';
import { fitClvModels, summarizeCustomers, type PurchaseColumns } from '../src/core/clv';
import { randomGamma, seededRandom } from '../src/local/random';
import { simulateCustomer } from '../src/local/simulate';

function cdnow(): PurchaseColumns {
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of readFileSync('test/fixtures/clv/cdnow-sample.csv', 'utf8').trim().split('\n').slice(1)) {
    const [id, , date, , sales] = line.split(',');
    customer.push(Number(id));
    day.push(dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))));
    amount.push(Number(sales));
  }
  return { customer, day, amount };
}

/**
 * Customers first seen on a uniform day in [0, 180), each drawn from the BG/NBD with the test
 * simulator (dropout only after repeat purchases), purchase times floored to days and observed to
 * day 729; Gamma-Gamma amounts (p = 6, q = 3.7, γ = 15). Flooring and same-day merging bias α a
 * little (31.1 instead of 30 at 100k, seed 7); r, a, b come back at 0.502, 0.797, 2.511.
 */
function synthetic(customers: number, seed: number): PurchaseColumns {
  const rand = seededRandom(seed);
  const params = { r: 0.5, alpha: 30, a: 0.8, b: 2.5 }; // days
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < customers; i++) {
    const first = Math.floor(rand() * 180);
    const nu = randomGamma(rand, 3.7) / 15;
    for (const t of simulateCustomer(params, 729 - first, rand)) {
      customer.push(i);
      day.push(first + Math.floor(t));
      amount.push(Math.max(0.01, Math.round((randomGamma(rand, 6) / nu) * 100) / 100));
    }
  }
  return { customer, day, amount };
}

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const result = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return result;
}

const cd = cdnow();
for (let run = 0; run < 3; run++) {
  const s = time('CDNOW summary', () =>
    summarizeCustomers(cd, { unit: 'week', calibrationEndDay: dayFromCivil(1997, 9, 30), observationEndDay: dayFromCivil(1998, 6, 30) }),
  );
  const fit = time('CDNOW fit + predictions (12 months)', () => fitClvModels(s));
  if (run === 0) console.log(JSON.stringify({ bgnbd: fit.bgnbd, gammaGamma: fit.gammaGamma }));
}
const purchases = time('synthetic 100,000 customers: generate', () => synthetic(100_000, 7));
console.log(`${purchases.customer.length} purchases`);
for (const unit of ['day', 'week'] as const) {
  const s = time(`100k summary (${unit})`, () => summarizeCustomers(purchases, { unit, observationEndDay: 729 }));
  const fit = time(`100k fit + predictions (${unit}, 12 months)`, () => fitClvModels(s));
  console.log(JSON.stringify({ bgnbd: fit.bgnbd, gammaGamma: fit.gammaGamma }));
  time(`100k fit + predictions (${unit}, 120 months)`, () => fitClvModels(s, { horizonMonths: 120 }));
}
