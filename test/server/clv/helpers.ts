/**
 * A local spreadsheet running the built add-on, with a small shop whose customers are known by
 * hand, for the customer-value tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LocalHost } from '../../../src/local/host/index';
import type { StoredValue } from '../../../src/local/sheetData';
import { distFile, projectRoot } from '../../helpers/build';

export function newHost(locale = 'en_US'): LocalHost {
  return new LocalHost({ timeZone: 'Etc/UTC', locale, distDir: dirname(distFile('Code.js')) }).load();
}

/**
 * The CDNOW sample (masterid, sampleid, date as YYYYMMDD numbers, cds, sales; 1997-01-01 to
 * 1998-06-30) plus three customers whose summaries are known by hand (weekly periods, no holdout,
 * data end 1998-06-30):
 * - "alice": 1997-01-01 (20 + 5 the same day: one purchase), 01-15 (30), 02-12 (40), and a refund of
 *   −15 on 03-01 (not a purchase) → x = 2, recency = 42/7 = 6, T = 545/7 (365 days to 1998-01-01,
 *   then 31 + 28 + 31 + 30 + 31 + 29 = 180), monetary = (30 + 40)/2 = 35.
 * - "=1+1": 1998-03-04 (10), 1998-03-18 (12) → x = 1, recency = 14/7 = 2, T = (27 + 30 + 31 + 30)/7 = 118/7, monetary = 12.
 * - "zed": one purchase on 1998-06-30, the data's last day → x = 0, recency = 0, T = 0, monetary = 0.
 */
export function shopRows(): StoredValue[][] {
  const lines = readFileSync(join(projectRoot, 'test/fixtures/clv/cdnow-sample.csv'), 'utf8').trim().split('\n');
  const rows: StoredValue[][] = [lines[0].split(',')];
  for (const line of lines.slice(1)) rows.push(line.split(',').map(Number));
  rows.push(
    ['alice', 1, 19970101, 1, 20],
    ['alice', 1, 19970101, 1, 5],
    ['alice', 1, 19970115, 1, 30],
    ['alice', 1, 19970212, 1, 40],
    ['alice', 1, 19970301, 1, -15],
    ['=1+1', 1, 19980304, 1, 10],
    ['=1+1', 1, 19980318, 1, 12],
    ['zed', 1, 19980630, 1, 7],
  );
  return rows;
}

/** The CDNOW columns: customer = masterid, date = date, amount = sales. */
export const MAPPING = { customer: 0, date: 2, amount: 4 };

export function shopHost(locale = 'en_US'): LocalHost {
  const host = newHost(locale);
  host.addSheet({ name: 'Orders', cells: [], values: shopRows() });
  return host;
}
