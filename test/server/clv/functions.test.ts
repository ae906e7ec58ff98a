/**
 * P_ALIVE, EXPECTED_PURCHASES and PREDICTED_CLV as Sheets runs them (custom-function mode in the
 * local host): with parameters given, with the model stored by the "Customer value" action, as
 * spilling columns, and their errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../helpers/build';
import { MAPPING, newHost, shopHost } from './helpers';

// Fader, Hardie & Lee (2005): CDNOW parameters and their example customer (x = 2, t_x = 30.43, T = 38.86).
const PUBLISHED = [[0.243, 4.414, 0.793, 2.426]];
const SPEND = [[0.243, 4.414, 0.793, 2.426, 6.25, 3.74, 15.44]];
/** P(alive) by hand: 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)). */
const pAliveByHand = (x: number, tx: number, T: number, [r, alpha, a, b]: number[]) =>
  x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));

beforeAll(() => buildOnce());

describe('with the parameters given', () => {
  let host: ReturnType<typeof newHost>;
  beforeAll(() => {
    host = newHost();
  });

  it('P_ALIVE follows the closed form (0.7266 for the published example customer)', () => {
    const value = host.runCustomFunction('P_ALIVE', 2, 30.43, 38.86, PUBLISHED) as number;
    expect(value).toBeCloseTo(pAliveByHand(2, 30.43, 38.86, PUBLISHED[0]), 12);
    expect(value).toBeCloseTo(0.7266, 4);
    expect(host.runCustomFunction('P_ALIVE', 0, 0, 20, PUBLISHED)).toBe(1);
  });

  it('EXPECTED_PURCHASES gives the published 1.226 purchases in 39 weeks', () => {
    const value = host.runCustomFunction('EXPECTED_PURCHASES', 2, 30.43, 38.86, 39, PUBLISHED) as number;
    expect(value).toBeCloseTo(1.226, 3);
  });

  it('PREDICTED_CLV over one undiscounted month = expected purchases in a month × expected spend', () => {
    const month = 365.2425 / 12 / 7; // weeks
    const purchases = host.runCustomFunction('EXPECTED_PURCHASES', 2, 30.43, 38.86, month, PUBLISHED) as number;
    // Gamma-Gamma expected spend by hand: p(γ + x·m)/(p·x + q − 1) with m = 22.35.
    const spend = (6.25 * (15.44 + 2 * 22.35)) / (6.25 * 2 + 3.74 - 1);
    const value = host.runCustomFunction('PREDICTED_CLV', 2, 30.43, 38.86, 22.35, 1, 0, SPEND, 'week') as number;
    expect(value).toBeCloseTo(purchases * spend, 10);
    // With days as the period, T = 38.86 means 38.86 days: a different (larger-rate) customer, a different value.
    const inDays = host.runCustomFunction('PREDICTED_CLV', 2, 30.43, 38.86, 22.35, 1, 0, SPEND, 'day') as number;
    expect(inDays).not.toBeCloseTo(value, 3);
  });

  it('spills a column of customers, leaving empty rows empty', () => {
    const result = host.runCustomFunction('P_ALIVE', [[2], [0], [''], [5]], [[30.43], [0], [''], [10]], [[38.86], [12], [''], [40]], PUBLISHED) as unknown[][];
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1]);
    expect(result[0][0] as number).toBeCloseTo(pAliveByHand(2, 30.43, 38.86, PUBLISHED[0]), 12);
    expect(result[1][0]).toBe(1);
    expect(result[2][0]).toBe('');
    expect(result[3][0] as number).toBeCloseTo(pAliveByHand(5, 10, 40, PUBLISHED[0]), 12);
  });

  it('names the parameter in built-in style errors', () => {
    const call = (...args: unknown[]) => () => host.runCustomFunction('P_ALIVE', ...args);
    expect(call('two', 30, 38, PUBLISHED)).toThrow('Function P_ALIVE parameter 1 (frequency) expects a number value, but "two" is not a number.');
    expect(call(2, -1, 38, PUBLISHED)).toThrow('Function P_ALIVE parameter 2 (recency) expects a number that is 0 or more, but it is -1.');
    expect(call(1.5, 3, 38, PUBLISHED)).toThrow('Function P_ALIVE parameter 1 (frequency) expects a whole number of at least 0, but it is 1.5.');
    // The same checks on each cell of a column (the second customer here).
    expect(call([[2], [1.5]], [[1], [1]], [[38], [38]], PUBLISHED)).toThrow('Function P_ALIVE parameter 1 (frequency) expects a whole number of at least 0, but it is 1.5.');
    expect(call([[2], [2]], [[1], [-3]], [[38], [38]], PUBLISHED)).toThrow('Function P_ALIVE parameter 2 (recency) expects a number that is 0 or more, but it is -3.');
    expect(call([[2], [2]], [[1], [1]], [[38], ['x']], PUBLISHED)).toThrow('Function P_ALIVE parameter 3 (T) expects a number value, but "x" is not a number.');
    expect(call(2, 40, 38, PUBLISHED)).toThrow('Function P_ALIVE: recency (40) cannot be more than T (38)');
    expect(call(2, 30, 38, [[1, 2, 3]])).toThrow('Function P_ALIVE parameter 4 (parameters) expects 4 positive numbers in a row or a column (r, α, a, b)');
    expect(call([[2], [3]], [[1], [2], [3]], 38, PUBLISHED)).toThrow('Function P_ALIVE parameter 2 (recency) must be one cell or a range of the same size as parameter 1.');
    expect(() => host.runCustomFunction('PREDICTED_CLV', 2, 30, 38, 20, 12, 0.01, SPEND, 'month')).toThrow(
      'Function PREDICTED_CLV parameter 8 (period) expects "week" or "day", but it is "month".',
    );
  });

  it('without parameters and without a fitted model, says how to get one', () => {
    expect(() => host.runCustomFunction('P_ALIVE', 2, 30, 38)).toThrow(
      'Function P_ALIVE: this spreadsheet has no fitted model yet. Run "Customer value" in the sidebar, or give the model parameters as parameter 4 (parameters).',
    );
    expect(() => newHost('pl_PL').runCustomFunction('P_ALIVE', 'dwa', 30, 38, PUBLISHED)).toThrow('Parametr 1 (frequency) funkcji P_ALIVE oczekuje liczby');
  });
});

describe('with the model stored by the Customer value action', () => {
  let host: ReturnType<typeof shopHost>;
  let rows: number;
  beforeAll(() => {
    host = shopHost();
    const result = host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', mapping: MAPPING, period: 'week' }) as any;
    rows = result.customers;
  });
  const column = (letter: string) => host.rangeArg(`'Customer predictions'!${letter}6:${letter}${5 + rows}`);

  it('reproduces the sheet’s P(alive), expected purchases and CLV columns from its columns', () => {
    const [x, tx, T, m] = ['B', 'C', 'D', 'E'].map(column);
    const sheet = (letter: string) => (column(letter) as unknown[][]).map((row) => row[0]);
    const near = (actual: unknown, expected: unknown[]) =>
      (actual as unknown[][]).forEach((row, i) => {
        expect(row[0] as number).toBeCloseTo(expected[i] as number, 9);
      });
    near(host.runCustomFunction('P_ALIVE', x, tx, T), sheet('F'));
    near(host.runCustomFunction('EXPECTED_PURCHASES', x, tx, T), sheet('G'));
    near(host.runCustomFunction('PREDICTED_CLV', x, tx, T, m), sheet('I'));
  });

  it('uses the stored parameters: the same as giving the sheet’s parameter row', () => {
    const params = host.rangeArg(`'Customer predictions'!M6:S6`);
    const stored = host.runCustomFunction('PREDICTED_CLV', 3, 20, 40, 50) as number;
    const given = host.runCustomFunction('PREDICTED_CLV', 3, 20, 40, 50, 12, 0.01, params, 'week') as number;
    expect(stored).toBeGreaterThan(0);
    expect(given).toBe(stored);
    // Horizon and discount given: a longer horizon is worth more.
    expect(host.runCustomFunction('PREDICTED_CLV', 3, 20, 40, 50, 24) as number).toBeGreaterThan(stored);
  });
});
