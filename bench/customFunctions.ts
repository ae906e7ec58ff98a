/**
 * (5) Each custom function of the built bundle on a 100,000-row range, called as a cell formula
 * calls it (host.runCustomFunction with 2D arrays from host.rangeArg, Date cells as instants).
 * Sheets builds the argument arrays before it calls the function; the host does the same once per
 * argument (host.cellArgument, timed apart as `argumentCopy`), so the time is the function's own.
 *
 * The functions are found in dist/Code.js (stubs whose JSDoc has `@customfunction`), and their
 * order-form arguments are built from their parameter names (ARGUMENTS below), up to the first
 * parameter not listed there; a function whose first parameter is not listed, or whose call fails,
 * is reported as skipped with the reason.
 */
import { readFileSync } from 'node:fs';
import { wallToInstant } from '../src/local/host/time';
import { hostWithOrders } from './host';
import { measure, type Timing } from './measure';
import type { Shop } from './shop';

export const RANGE_ROWS = 100_000;

/** A function's time through the host, and the part of it the host spends copying the arguments in. */
export type FunctionResult = (Timing & { argumentCopy: Timing }) | { skipped: string };

/** A custom function of the bundle: its name and parameter names, which ones are optional. */
interface Signature {
  name: string;
  params: { name: string; optional: boolean }[];
}

/** The stubs with `@customfunction` in their JSDoc; `[name]` in @param marks an optional one. */
function customFunctionsOfBundle(code: string): Signature[] {
  const found: Signature[] = [];
  const stub = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction (\w+)\(([^)]*)\)/g;
  for (let m = stub.exec(code); m; m = stub.exec(code)) {
    const [, doc, name, list] = m;
    if (!doc.includes('@customfunction')) continue;
    const params = list.split(',').map((p) => p.trim()).filter(Boolean).map((p) => ({
      name: p,
      optional: new RegExp(`@param\\s+\\{[^}]*\\}\\s+\\[${p}\\b|@param\\s+\\{[^}]*\\}\\s+${p}\\s+Optional`, 'i').test(doc),
    }));
    found.push({ name, params });
  }
  return found;
}

/**
 * A sample of the shop spread over its three years: every tenth order, RANGE_ROWS of them, as the
 * shop with only those orders.
 */
function everyTenth(shop: Shop): Shop {
  const take = (a: Int32Array | Float64Array) => a.filter((_, i) => i % 10 === 0).slice(0, RANGE_ROWS);
  return { ...shop, count: RANGE_ROWS, customer: take(shop.customer) as Int32Array, wallMs: take(shop.wallMs) as Float64Array, amount: take(shop.amount) as Float64Array };
}

/**
 * Times every custom function of dist/Code.js on RANGE_ROWS rows; also `host overhead`: a call
 * of CRR's numeric form, the fixed cost of one execution in the host (a fresh context evaluating
 * the whole bundle), which every other time includes. `only`: just these functions.
 */
export async function customFunctionTimings(shop: Shop, warm: boolean, only?: readonly string[]): Promise<Record<string, FunctionResult>> {
  const sample = everyTenth(shop);
  const host = hostWithOrders(sample, warm);
  const last = RANGE_ROWS + 1;
  const column = (letter: string) => host.rangeArg(`Orders!${letter}2:${letter}${last}`);
  const plain = {
    customers: column('A'),
    dates: column('B'),
    amounts: column('C'),
    scores: Array.from({ length: RANGE_ROWS }, (_, i) => [(i * 7919) % 11]),
    // Per-customer summaries for the customer-value functions (weeks), and CDNOW's parameters.
    frequency: Array.from({ length: RANGE_ROWS }, (_, i) => [i % 7]),
    recency: Array.from({ length: RANGE_ROWS }, (_, i) => [(i % 7) * 3.5]),
    T: Array.from({ length: RANGE_ROWS }, (_, i) => [26 + (i % 7) * 4]),
    monetary: Array.from({ length: RANGE_ROWS }, (_, i) => [i % 7 === 0 ? 0 : 20 + (i % 40)]),
  };
  type Name = keyof typeof plain;
  const built = Object.fromEntries(Object.entries(plain).map(([name, value]) => [name, host.cellArgument(value)])) as Record<Name, unknown>;
  const date = (y: number, m: number, d: number) => new Date(wallToInstant(Date.UTC(y, m - 1, d), shop.zone));
  // Parameter name patterns → the argument given; first match wins.
  const ARGUMENTS: [RegExp, Name | unknown][] = [
    [/^(customers?|customer_ids?|customers_or_\w+)$/, 'customers'],
    [/^dates?(_or_\w+)?$|^order_dates$/, 'dates'],
    [/^amounts?(_or_\w+)?$|^(order_)?values$/, 'amounts'],
    [/^(scores?|responses|ratings)(_or_\w+)?$/, 'scores'],
    [/^(frequency|recency|T|monetary)$/, null],
    [/^(period_start|start_date|start|from(_date)?)$/, date(2024, 6, 1)],
    [/^(period_end|end_date|end|to(_date)?)$/, date(2024, 6, 30)],
    [/^periods$/, 52],
    [/^horizon_months$/, 12],
    [/^monthly_discount$/, 0.01],
    [/^parameters$/, [[0.243, 4.414, 0.793, 2.426, 6.25, 3.74, 15.44]]],
    [/^tiers$/, 'Member:0,Silver:500,Gold:2000'],
  ];
  const argumentFor = (param: string): { value: unknown; copy: unknown } | undefined => {
    const match = ARGUMENTS.find(([pattern]) => pattern.test(param));
    if (!match) return undefined;
    const name = (match[1] === null ? param : match[1]) as Name;
    return typeof name === 'string' && name in plain ? { value: built[name], copy: plain[name] } : { value: match[1], copy: match[1] };
  };

  const results: Record<string, FunctionResult> = {};
  const copyIn = (args: unknown[]) => args.map((a) => host.cellArgument(a));
  const overhead = await measure(() => host.runCustomFunction('CRR', 200, 180, 20));
  results['host overhead (CRR numeric form)'] = { ...overhead, argumentCopy: await measure(() => copyIn([200, 180, 20])) };
  for (const { name, params } of customFunctionsOfBundle(readFileSync('dist/Code.js', 'utf8'))) {
    if (only && !only.includes(name)) continue;
    const args: unknown[] = [];
    const copies: unknown[] = [];
    let missing: string | null = null;
    for (const param of params) {
      const match = argumentFor(param.name);
      if (match) {
        args.push(match.value);
        copies.push(match.copy);
      }
      else if (param.optional || args.length > 0) break; // the rest are options (a required one makes the call fail below)
      else {
        missing = param.name;
        break;
      }
    }
    if (missing !== null) {
      results[name] = { skipped: `no benchmark argument for parameter ${missing}` };
      continue;
    }
    try {
      host.runCustomFunction(name, ...args);
    } catch (error) {
      results[name] = { skipped: `failed: ${(error as Error).message}` };
      continue;
    }
    results[name] = { ...(await measure(() => host.runCustomFunction(name, ...args))), argumentCopy: await measure(() => copyIn(copies)) };
  }
  return results;
}
