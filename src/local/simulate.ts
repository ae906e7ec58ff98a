/**
 * A BG/NBD simulator for the tests and the benchmark's generated shops, straight from the model's story (Fader, Hardie &
 * Lee 2005, section 3), in continuous time: λ ~ Gamma(r, α) (rate α), p ~ Beta(a, b); from the first
 * purchase at time 0 the customer buys as a Poisson process with rate λ, and after each REPEAT
 * purchase drops out with probability p (the first purchase is not a dropout opportunity: with
 * x = 0 the likelihood is e^(−λT), so a customer without repeats is alive for sure).
 */
import type { BgNbdParams } from '../core/clv';
import { randomGamma, seededRandom } from './random';

/**
 * Purchase times (first purchase at 0, then the repeats) of one customer observed for T periods.
 * `dropoutAtFirstPurchase` reproduces a common mistake (the benchmark's old generator), for tests.
 * @example simulateCustomer({ r: 0.5, alpha: 30, a: 0.8, b: 2.5 }, 100, seededRandom(1)) // [0, 12.7, …]
 */
export function simulateCustomer(params: BgNbdParams, T: number, rand: () => number, dropoutAtFirstPurchase = false): number[] {
  const lambda = randomGamma(rand, params.r) / params.alpha;
  const ga = randomGamma(rand, params.a);
  const p = ga / (ga + randomGamma(rand, params.b));
  const times = [0];
  let t = 0;
  if (dropoutAtFirstPurchase && rand() < p) return times;
  for (;;) {
    t += -Math.log(1 - rand()) / lambda;
    if (t > T) return times;
    times.push(t);
    if (rand() < p) return times;
  }
}

/** x, t_x and T of customers whose ages T are given, in continuous time (nothing merged). */
export function simulateRfm(params: BgNbdParams, ages: readonly number[], seed: number) {
  const rand = seededRandom(seed);
  return ages.map((T) => {
    const times = simulateCustomer(params, T, rand);
    return { frequency: times.length - 1, recency: times[times.length - 1], T };
  });
}

/** Orders as the core's purchase columns (customer code, day number, amount). */
export interface SimulatedOrders {
  customer: number[];
  day: number[];
  amount: number[];
}

/**
 * A shop like the masked Etsy export of issue #11, where the BG/NBD fit ends with a on its lower
 * bound and a + b far below 1: customers first buy on a day in [0, 364] (the data end), buy at a rate
 * λ ~ Gamma(0.4, 95 days), and a share `leaving` of them stop for good right after their first
 * repeat purchase while the others never stop (the dropout p is 1 or 0, not Beta-distributed).
 * Each customer spends about their own amount (15 to 55, ±30% per purchase, in cents).
 * @example simulateTwoKindShop(2, 600) // ~1,000 orders of 600 customers, days 0–364
 */
export function simulateTwoKindShop(seed: number, customers: number, leaving = 0.15): SimulatedOrders {
  const rand = seededRandom(seed);
  const orders: SimulatedOrders = { customer: [], day: [], amount: [] };
  const END = 364;
  for (let i = 0; i < customers; i++) {
    const first = Math.floor(rand() * (END + 1));
    const lambda = randomGamma(rand, 0.4) / 95;
    const leaves = rand() < leaving;
    const base = 15 + 40 * rand();
    const buy = (day: number) => {
      orders.customer.push(i);
      orders.day.push(day);
      orders.amount.push(Math.round(base * (0.7 + 0.6 * rand()) * 100) / 100);
    };
    buy(first);
    for (let t = first; ; ) {
      t += -Math.log(1 - rand()) / lambda;
      if (t > END) break;
      buy(Math.floor(t));
      if (leaves) break;
    }
  }
  return orders;
}
