import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatJavaDate, instantToWall, wallToInstant, zoneOffset } from '../../../src/local/host/time';

describe('zone offsets', () => {
  test('Warsaw is UTC+1 in winter and UTC+2 in summer', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 15), 'Europe/Warsaw')).toBe(60);
    expect(zoneOffset(Date.UTC(2024, 6, 15), 'Europe/Warsaw')).toBe(120);
  });
  test('Los Angeles is UTC-8 in winter and UTC-7 in summer', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 15), 'America/Los_Angeles')).toBe(-480);
    expect(zoneOffset(Date.UTC(2024, 6, 15), 'America/Los_Angeles')).toBe(-420);
  });
  test('the offset changes at the transition instant (EU: 2024-03-31 01:00 UTC)', () => {
    expect(zoneOffset(Date.UTC(2024, 2, 31, 0, 59), 'Europe/Warsaw')).toBe(60);
    expect(zoneOffset(Date.UTC(2024, 2, 31, 1, 0), 'Europe/Warsaw')).toBe(120);
  });
});

describe('wall time <-> instant', () => {
  test('midnight of 2024-01-01 in Warsaw is 23:00 UTC the day before', () => {
    expect(wallToInstant(Date.UTC(2024, 0, 1), 'Europe/Warsaw')).toBe(Date.UTC(2023, 11, 31, 23));
  });
  test('midnight of 2024-07-01 in Los Angeles is 07:00 UTC', () => {
    expect(wallToInstant(Date.UTC(2024, 6, 1), 'America/Los_Angeles')).toBe(Date.UTC(2024, 6, 1, 7));
  });
  test('a wall time in the spring-forward gap lands after the gap (02:30 -> 03:30 CEST = 01:30 UTC)', () => {
    expect(wallToInstant(Date.UTC(2024, 2, 31, 2, 30), 'Europe/Warsaw')).toBe(Date.UTC(2024, 2, 31, 1, 30));
  });
  test('a repeated wall time (fall back) maps to its first occurrence (02:30 CEST = 00:30 UTC)', () => {
    expect(wallToInstant(Date.UTC(2024, 9, 27, 2, 30), 'Europe/Warsaw')).toBe(Date.UTC(2024, 9, 27, 0, 30));
  });
  test('instantToWall adds the offset', () => {
    expect(instantToWall(Date.UTC(2024, 6, 1, 22, 30), 'Europe/Warsaw')).toBe(Date.UTC(2024, 7 - 1, 2, 0, 30));
  });
  test('round trip: every instant maps to a wall time that maps back to it, except in the repeated hour', () => {
    for (const zone of ['Europe/Warsaw', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
          const wall = instantToWall(ms, zone);
          const back = wallToInstant(wall, zone);
          // In a repeated hour the first occurrence is chosen: never later, at most 1 hour earlier.
          return back === ms || (back < ms && ms - back <= 3_600_000 && instantToWall(back, zone) === wall);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('Utilities.formatDate patterns', () => {
  const d = new Date(Date.UTC(2024, 0, 5, 23, 7, 9, 45)); // Friday 2024-01-05 23:07:09.045 UTC
  test('numeric fields in Warsaw (UTC+1: 2024-01-06 00:07:09.045, a Saturday)', () => {
    expect(formatJavaDate(d, 'Europe/Warsaw', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2024-01-06 00:07:09.045');
    expect(formatJavaDate(d, 'Europe/Warsaw', 'yy/M/d H')).toBe('24/1/6 0');
    expect(formatJavaDate(d, 'Europe/Warsaw', 'hh a')).toBe('12 AM');
  });
  test('names and quoted text', () => {
    expect(formatJavaDate(d, 'Europe/Warsaw', "EEE, d MMM yyyy 'at' h:mm")).toBe('Sat, 6 Jan 2024 at 12:07');
    expect(formatJavaDate(d, 'UTC', "EEEE MMMM d 'o''clock'")).toBe("Friday January 5 o'clock");
    expect(formatJavaDate(d, 'UTC', "''")).toBe("'");
  });
  test('offsets Z and XXX', () => {
    expect(formatJavaDate(d, 'Europe/Warsaw', 'Z')).toBe('+0100');
    expect(formatJavaDate(d, 'America/Los_Angeles', 'XXX')).toBe('-08:00');
    expect(formatJavaDate(d, 'UTC', 'XXX')).toBe('Z');
    expect(formatJavaDate(d, 'Asia/Kolkata', 'Z')).toBe('+0530');
  });
  test('z gives a short zone name', () => {
    expect(formatJavaDate(d, 'America/Los_Angeles', 'z')).toBe('PST');
  });
  test('unknown zone and illegal letters throw', () => {
    expect(() => formatJavaDate(d, 'Mars/Olympus', 'yyyy')).toThrow(/Invalid argument: timeZone/);
    expect(() => formatJavaDate(d, 'UTC', 'yyyy-bb')).toThrow(/Illegal pattern character 'b'/);
  });
});
