import { describe, expect, it } from 'vitest';
import { msOfWallTime, wallTimeOfMs } from '../../src/local/sheetData';

describe('wall times held as Date.UTC of their fields', () => {
  it('reads the UTC fields (2024-01-31 12:34:56)', () => {
    expect(wallTimeOfMs(Date.UTC(2024, 0, 31, 12, 34, 56))).toEqual({ year: 2024, month: 1, day: 31, hour: 12, minute: 34, second: 56 });
  });

  it('writes them back, years 0–99 included (Date.UTC alone would make year 50 into 1950)', () => {
    const wall = { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 1 };
    expect(msOfWallTime(wall)).toBe(Date.UTC(2024, 1, 29, 23, 59, 1));
    const year50 = { year: 50, month: 3, day: 1, hour: 0, minute: 0, second: 0 };
    expect(new Date(msOfWallTime(year50)).getUTCFullYear()).toBe(50);
    expect(wallTimeOfMs(msOfWallTime(year50))).toEqual(year50);
  });
});
