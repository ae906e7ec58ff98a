/**
 * Timing of the CLV core (not a test). Run:
 *   npx esbuild bench/clv-bench.ts --bundle --platform=node --outfile=build/clv-bench.cjs && node build/clv-bench.cjs
 * Fits CDNOW's 2,357 customers (the fixture) and 100,000 synthetic customers drawn from a BG/NBD
 * with known parameters, in days over two years, with Gamma-Gamma spend.
 */
import { readFileSync } from 'node:fs';
import { dayFromCivil } from '../src/core/days';
import { fitClvModels, summarizeCustomers, type PurchaseColumns } from '../src/core/clv';

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

/** Mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang. */
function gamma(rand: () => number, shape: number): number {
  if (shape < 1) return gamma(rand, shape + 1) * Math.pow(rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = rand();
    const u2 = rand();
    const x = Math.sqrt(-2 * Math.log(u1 || 1e-300)) * Math.cos(2 * Math.PI * u2);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(rand()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function synthetic(customers: number, seed: number): PurchaseColumns {
  const rand = random(seed);
  const [r, alpha, a, b] = [0.5, 30, 0.8, 2.5]; // days
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < customers; i++) {
    const lambda = gamma(rand, r) / alpha;
    const ga = gamma(rand, a);
    const p = ga / (ga + gamma(rand, b));
    const nu = gamma(rand, 3.7) / 15;
    let t = Math.floor(rand() * 180);
    for (;;) {
      customer.push(i);
      day.push(Math.floor(t));
      amount.push(Math.max(0.01, Math.round(gamma(rand, 6) / nu * 100) / 100));
      if (rand() < p) break;
      t += -Math.log(1 - rand()) / lambda;
      if (t >= 730) break;
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
