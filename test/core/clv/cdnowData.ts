/** Reads the CDNOW 1/10 sample fixture (masterid, sampleid, date YYYYMMDD, cds, sales). */
import { readFileSync } from 'node:fs';
import { dayFromCivil } from '../../../src/core/days';

export function readCdnow(): { customer: number[]; day: number[]; amount: number[] } {
  const text = readFileSync(new URL('../../fixtures/clv/cdnow-sample.csv', import.meta.url), 'utf8');
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [masterid, , date, , sales] = line.split(',');
    customer.push(Number(masterid));
    day.push(dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))));
    amount.push(Number(sales));
  }
  return { customer, day, amount };
}
