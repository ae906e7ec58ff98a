/**
 * Seeded random numbers for the sample shop, the benchmark's generated shops and the tests'
 * simulations: the same seed gives the same shop on every machine.
 */

/**
 * Mulberry32: a small, fast seeded generator of uniforms in [0, 1).
 * @example const random = seededRandom(7); random() // 0.2…, the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), with the U^(1/shape) boost for shape < 1.
 * @example randomGamma(seededRandom(1), 2.5) // a draw with mean 2.5
 */
export function randomGamma(rand: () => number, shape: number): number {
  if (shape < 1) return randomGamma(rand, shape + 1) * Math.pow(1 - rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = 1 - rand();
    const u2 = rand();
    const x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - rand()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
