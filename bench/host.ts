/**
 * The built bundle in the local Apps Script host, for measurements (5) and (6).
 */
import { existsSync } from 'node:fs';
import { LocalHost } from '../src/local/host';
import { orderSheet, type Shop } from './shop';

/**
 * A host with dist/Code.js loaded and the shop as the sheet `Orders` (Customer, Order date, Amount).
 * `warm`: the bundle's top level is evaluated once and kept (Node's steady state); otherwise every
 * execution evaluates it anew, as Apps Script does.
 * @example const host = hostWithOrders(syntheticShop(1000, 7));
 */
export function hostWithOrders(shop: Shop, warm = false): LocalHost {
  if (!existsSync('dist/Code.js')) throw new Error('dist/Code.js is missing: run `node build.mjs` first (npm run bench does)');
  const host = new LocalHost({
    timeZone: shop.zone,
    locale: 'en_GB',
    now: () => new Date(Date.UTC(2025, 0, 2, 9)),
    keepScriptWarm: warm,
  }).load();
  host.addSheet(orderSheet(shop, 'Orders'));
  return host;
}
