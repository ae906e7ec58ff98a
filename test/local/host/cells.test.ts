import { describe, expect, test } from 'vitest';
import { displayValue, parseTyped, WallDate } from '../../../src/local/host/cells';

const wall = (v: unknown) => (v instanceof WallDate ? new Date(v.wallMs).toISOString() : v);

describe('typed input', () => {
  test('numbers in the locale notation', () => {
    expect(parseTyped('42', 'en_US')).toBe(42);
    expect(parseTyped('-1,234.5', 'en_US')).toBe(-1234.5);
    expect(parseTyped('1,5', 'pl_PL')).toBe(1.5);
    expect(parseTyped('1 234,5', 'pl_PL')).toBe(1234.5);
    expect(parseTyped('1.234,5', 'da_DK')).toBe(1234.5);
    expect(parseTyped('12%', 'en_US')).toBe(0.12);
    expect(parseTyped('00123', 'en_US')).toBe(123);
    expect(parseTyped('1e3', 'en_US')).toBe(1000);
  });
  test('text that only looks numeric in another locale stays text', () => {
    expect(parseTyped('1,5', 'en_US')).toBe('1,5');
    expect(parseTyped('12abc', 'en_US')).toBe('12abc');
    expect(parseTyped('A-17', 'en_US')).toBe('A-17');
  });
  test('dates: ISO everywhere, month first in en_US, day first elsewhere', () => {
    expect(wall(parseTyped('2024-03-04', 'pl_PL'))).toBe('2024-03-04T00:00:00.000Z');
    expect(wall(parseTyped('3/4/2024', 'en_US'))).toBe('2024-03-04T00:00:00.000Z');
    expect(wall(parseTyped('3/4/2024', 'en_GB'))).toBe('2024-04-03T00:00:00.000Z');
    expect(wall(parseTyped('04.03.2024', 'ru_RU'))).toBe('2024-03-04T00:00:00.000Z');
    expect(wall(parseTyped('2024-03-04 13:05', 'en_US'))).toBe('2024-03-04T13:05:00.000Z');
    expect(wall(parseTyped('3/4/2024 1:05 PM', 'en_US'))).toBe('2024-03-04T13:05:00.000Z');
  });
  test('impossible dates stay text', () => {
    expect(parseTyped('2024-02-30', 'en_US')).toBe('2024-02-30');
    expect(parseTyped('13/13/2024', 'en_US')).toBe('13/13/2024');
  });
  test('a time alone is a time on 1899-12-30', () => {
    expect(wall(parseTyped('12:30', 'en_US'))).toBe('1899-12-30T12:30:00.000Z');
  });
  test('TRUE and FALSE become booleans', () => {
    expect(parseTyped('true', 'en_US')).toBe(true);
    expect(parseTyped('FALSE', 'pl_PL')).toBe(false);
  });
});

describe('display values', () => {
  test('numbers under patterns', () => {
    expect(displayValue(0.1234, '0.0%', 'en_US')).toBe('12.3%');
    expect(displayValue(1234.5, '#,##0.00', 'en_US')).toBe('1,234.50');
    expect(displayValue(1234.5, '#,##0.00', 'pl_PL')).toBe('1\u00a0234,50');
    expect(displayValue(2.5, '0', 'en_US')).toBe('3');
    expect(displayValue(-3.14159, '0.00', 'en_US')).toBe('-3.14');
    expect(displayValue(9.5, '"$"#,##0.00', 'en_US')).toBe('$9.50');
    expect(displayValue(1.25, '0.##', 'en_US')).toBe('1.25');
    expect(displayValue(1.2, '0.##', 'en_US')).toBe('1.2');
  });
  test('automatic format', () => {
    expect(displayValue(1 / 3, '', 'en_US')).toBe('0.3333333333');
    expect(displayValue(1 / 4, '', 'pl_PL')).toBe('0,25');
    expect(displayValue(true, '', 'en_US')).toBe('TRUE');
    expect(displayValue('x', '0.00', 'en_US')).toBe('x');
  });
  test('dates: locale default and explicit patterns', () => {
    const d = new WallDate(Date.UTC(2024, 2, 4, 9, 5, 0));
    const midnight = new WallDate(Date.UTC(2024, 2, 4));
    expect(displayValue(midnight, '', 'en_US')).toBe('3/4/2024');
    expect(displayValue(midnight, '', 'pl_PL')).toBe('04.03.2024');
    expect(displayValue(d, '', 'en_US')).toBe('3/4/2024 9:05:00');
    expect(displayValue(d, 'yyyy-mm-dd hh:mm', 'en_US')).toBe('2024-03-04 09:05');
    expect(displayValue(d, 'mmm d, yyyy', 'en_US')).toBe('Mar 4, 2024');
    expect(displayValue(d, 'dddd', 'en_US')).toBe('Monday');
  });
  test('a number under a date pattern is a serial day (45355 = 2024-03-04)', () => {
    // Serial 45355: days since 1899-12-30; 2024-03-04 is 25569 + 19786 days after 1970-01-01.
    expect(displayValue(45355, 'yyyy-mm-dd', 'en_US')).toBe('2024-03-04');
  });
});
