/**
 * The built bundle in the local Apps Script host, for measurements (5) and (6).
 */
import { existsSync } from 'node:fs';
import { LocalHost } from '../src/local/host';
import { orderSheet, type Shop } from './shop';

/**
 * A host with dist/Code.js loaded and the shop as the sheet `Orders` (Customer, Order date, Amount).
 * @example const host = hostWithOrders(syntheticShop(1000, 7));
 */
export function hostWithOrders(shop: Shop): LocalHost {
  if (!existsSync('dist/Code.js')) throw new Error('dist/Code.js is missing: run `node build.mjs` first (npm run bench does)');
  const host = new LocalHost({ timeZone: shop.zone, locale: 'en_GB', now: () => new Date(Date.UTC(2025, 0, 2, 9)) }).load();
  host.addSheet(orderSheet(shop, 'Orders'));
  return host;
}
