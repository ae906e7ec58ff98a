/**
 * Optional measurement (not a test): the custom functions named on the command line (default RFM,
 * EXPECTED_PURCHASES, PREDICTED_CLV) on the benchmark's 100,000-row range, warm, 15 runs each,
 * without the rest of `npm run bench`. Run from the repository root after `node build.mjs`:
 *   npx esbuild bench/measure/functions.ts --bundle --platform=node --packages=external --outfile=build/functions.cjs && node --expose-gc build/functions.cjs RFM
 */
import { customFunctionTimings } from '../customFunctions';
import { syntheticShop } from '../shop';

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : ['RFM', 'EXPECTED_PURCHASES', 'PREDICTED_CLV'];
const shop = syntheticShop(1_000_000, 7);
customFunctionTimings(shop, true, names).then((results) => {
  for (const name of names) {
    const r = results[name];
    console.log(`${name.padEnd(22)} ${r && 'median' in r ? `${r.median.toFixed(1)} ms (min ${r.min.toFixed(1)})` : JSON.stringify(r)}`);
  }
});
