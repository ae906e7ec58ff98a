/**
 * The fitted model in cells the add-on owns (issue #13, item 5): the "Customer value" action writes
 * r, α, a, b, p, q, γ, t, horizon, discount and period into one row of the predictions sheet and
 * names it RETENTION_MODEL; P_ALIVE, EXPECTED_PURCHASES and PREDICTED_CLV take that range, so a
 * refit changes cells their formulas refer to and Sheets recalculates them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../helpers/build';
import { MAPPING, shopHost } from './helpers';

beforeAll(() => buildOnce());

type Host = ReturnType<typeof shopHost>;
const fit = (host: Host, request: Record<string, unknown> = {}) =>
  host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', mapping: MAPPING, period: 'week', ...request }) as {
    customers: number;
    bgnbd: Record<string, number>;
    gammaGamma: Record<string, number>;
    t: number;
  };

describe('RETENTION_MODEL', () => {
  let host: Host;
  let rows: number;
  let first: ReturnType<typeof fit>;
  beforeAll(() => {
    host = shopHost();
    first = fit(host);
    rows = first.customers;
  });
  const column = (letter: string) => host.rangeArg(`'Customer predictions'!${letter}6:${letter}${5 + rows}`);
  const sheetColumn = (letter: string) => (column(letter) as unknown[][]).map((row) => row[0] as number);

  it('names the model row of the predictions sheet, holding the fit the action returned', () => {
    const named = host.spreadsheet.getNamedRanges().map((n) => [n.getName(), n.getRange().getSheet().getName(), n.getRange().getA1Notation()]);
    expect(named).toEqual([['RETENTION_MODEL', 'Customer predictions', 'M6:W6']]);
    const [row] = host.rangeArg('RETENTION_MODEL') as unknown[][];
    const { bgnbd: m, gammaGamma: g } = first;
    expect(row).toEqual([m.r, m.alpha, m.a, m.b, g.p, g.q, g.gamma, first.t, 12, 0.01, 'week']);
    expect(host.spreadsheet.getSheetByName('Customer predictions')!.getRange('L5:W5').getValues()[0].slice(8)).toEqual([
      't',
      'horizon (months)',
      'monthly discount',
      'period',
    ]);
  });

  it('given to the functions, reproduces the sheet’s P(alive), expected purchases and CLV columns', () => {
    const model = host.rangeArg('RETENTION_MODEL');
    const [x, tx, T, m] = ['B', 'C', 'D', 'E'].map(column);
    const near = (actual: unknown, expected: number[]) =>
      (actual as unknown[][]).forEach((row, i) => expect(row[0] as number).toBeCloseTo(expected[i], 9));
    near(host.runCustomFunction('P_ALIVE', x, tx, T, model), sheetColumn('F'));
    near(host.runCustomFunction('EXPECTED_PURCHASES', x, tx, T, '', model), sheetColumn('G'));
    near(host.runCustomFunction('PREDICTED_CLV', x, tx, T, m, '', '', model), sheetColumn('I'));
  });

  it('the sheet shows the formula with it, with the locale’s argument separator', () => {
    const note = String(host.spreadsheet.getSheetByName('Customer predictions')!.getRange('A4').getValue());
    expect(note).toContain('=PREDICTED_CLV(B6:B, C6:C, D6:D, E6:E, , , RETENTION_MODEL)');
    const pl = shopHost('pl_PL');
    const { sheetName } = fit(pl) as unknown as { sheetName: string };
    expect(String(pl.spreadsheet.getSheetByName(sheetName)!.getRange('A4').getValue())).toContain('=PREDICTED_CLV(B6:B; C6:C; D6:D; E6:E; ; ; RETENTION_MODEL)');
  });

  it('a refit with other settings changes the named cells, and the functions given them follow', () => {
    const again = shopHost();
    fit(again);
    const before = (again.rangeArg('RETENTION_MODEL') as unknown[][])[0];
    const refit = fit(again, { period: 'day', horizonMonths: 24, monthlyDiscount: 0.02 });
    const after = (again.rangeArg('RETENTION_MODEL') as unknown[][])[0];
    expect(after).not.toEqual(before);
    expect(after.slice(7)).toEqual([refit.t, 24, 0.02, 'day']);
    expect(again.spreadsheet.getNamedRanges()).toHaveLength(1);
    // The same customer, valued with the model's cells: the new fit's days, 24 months and 2% apply.
    const withCells = again.runCustomFunction('PREDICTED_CLV', 3, 140, 280, 50, '', '', again.rangeArg('RETENTION_MODEL')) as number;
    const typed = again.runCustomFunction('PREDICTED_CLV', 3, 140, 280, 50, 24, 0.02, [after.slice(0, 7)], 'day') as number;
    expect(withCells).toBe(typed);
    expect(withCells).toBeGreaterThan(0);
  });

  it('says so when the cells do not hold a model', () => {
    expect(() => host.runCustomFunction('P_ALIVE', 2, 3, 4, [[1, 2, 3, 4, 5, 6, 7, 8, 12, 0.01, 'month']])).toThrow(
      'Function P_ALIVE parameter 4 (parameters): the cells do not hold a fitted model (r, α, a, b, p, q, γ, t, horizon, discount, "week" or "day"). Run "Customer value" in the sidebar again.',
    );
  });
});
