import { describe, expect, it } from 'vitest';
import { bytesText, costText, ON_DEMAND_USD_PER_TIB } from '../../../src/server/bigquery/cost';

describe('the on-demand cost of a scan', () => {
  it('charges US$6.25 per TiB (Google’s US multi-region list price)', () => {
    expect(ON_DEMAND_USD_PER_TIB).toBe(6.25);
    // 1 TiB → 6.25; 160 GiB = 160/1024 TiB × 6.25 = 0.9765625 → US$0.98.
    expect(costText(2 ** 40)).toBe('US$6.25');
    expect(costText(160 * 2 ** 30)).toBe('US$0.98');
    expect(costText(10 * 2 ** 20)).toBe('< US$0.01');
  });
  it('writes bytes in binary units', () => {
    expect(bytesText(0)).toBe('0 B');
    expect(bytesText(1023)).toBe('1023 B');
    expect(bytesText(1536)).toBe('1.5 KiB');
    expect(bytesText(5 * 2 ** 40)).toBe('5.0 TiB');
  });
});
