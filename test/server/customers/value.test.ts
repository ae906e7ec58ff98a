/**
 * P(alive) and predicted CLV on the Customers sheet through the built add-on: present after the
 * sidebar's "Customer value" fitted the model on the same order sheet, absent (with the header note
 * saying how to get them) without one or with a model of another order sheet.
 * The shop is test/server/clv/helpers.ts's (CDNOW sample + customers known by hand).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { cellsOf } from '../../../src/local/sheetData';
import { buildOnce } from '../../helpers/build';
import { MAPPING, shopHost, shopRows } from '../clv/helpers';

const values = (host: LocalHost, sheet: string) => cellsOf(host.sheetData(sheet)).map((row) => row.map((c) => c.value));
const build = (host: LocalHost, sheetName = 'Orders', language = 'en') =>
  host.runFromSidebar('buildCustomers', { sheetName, mapping: MAPPING, asOf: '1998-06-30', language }) as any;

beforeAll(() => buildOnce());

describe('Customers sheet with the customer-value model', () => {
  let host: LocalHost;
  let model: any;
  let cells: unknown[][];
  beforeAll(() => {
    host = shopHost();
    model = host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', mapping: MAPPING, period: 'week' });
    build(host);
    cells = values(host, 'Customers');
  }, 120_000);

  const column = (name: string) => cells[4].indexOf(name);
  const rowOf = (id: string) => cells.find((row, i) => i >= 5 && row[0] === id)!;

  it('adds P(alive) and predicted CLV over the model\'s horizon, named in the header note', () => {
    expect(column('P(alive)')).toBeGreaterThan(0);
    expect(column(`Predicted CLV, ${model.horizonMonths} months`)).toBe(column('P(alive)') + 1);
    expect(cells[2][0]).toContain(
      `P(alive) and predicted CLV: the customer-value model (BG/NBD and Gamma-Gamma, sheet "Customer predictions", fitted on the orders to 1998-06-30), each customer counted to 1998-06-30; predicted CLV = the next ${model.horizonMonths} months, discounted 1% a month.`,
    );
    const data = cellsOf(host.sheetData('Customers'));
    expect(data[5][column('P(alive)')].style?.numberFormat).toBe('0.0%');
  });

  it('gives alice the BG/NBD closed form of P(alive) with the fitted parameters', () => {
    // alice (helpers.ts): x = 2 repeat purchase days, t_x = 42/7 = 6 weeks, T = 545/7 weeks to 1998-06-30.
    // P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)).
    const { r, alpha, a, b } = model.bgnbd;
    const x = 2;
    const tx = 6;
    const T = 545 / 7;
    const expected = 1 / (1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));
    expect(rowOf('alice')[column('P(alive)')]).toBeCloseTo(expected, 12);
    // zed: one purchase, no repeat → P(alive) = 1 by the model's definition (δ(x > 0) = 0).
    expect(rowOf('zed')[column('P(alive)')]).toBe(1);
  });

  it('gives alice and "=1+1" the predicted CLV of the PREDICTED_CLV function on their summaries', () => {
    const clv = column(`Predicted CLV, ${model.horizonMonths} months`);
    // alice: x = 2, t_x = 6, T = 545/7, monetary (30 + 40)/2 = 35; "=1+1": x = 1, t_x = 2, T = 118/7, monetary 12.
    expect(rowOf('alice')[clv]).toBeCloseTo(host.runCustomFunction('PREDICTED_CLV', 2, 6, 545 / 7, 35) as number, 9);
    expect(rowOf('=1+1')[clv]).toBeCloseTo(host.runCustomFunction('PREDICTED_CLV', 1, 2, 118 / 7, 12) as number, 9);
    expect(rowOf('alice')[clv]).toBeGreaterThan(0);
  });

  it('leaves the columns out above the customers one fit may predict at the horizon, and says so', () => {
    // The same model at 600 months: one run predicts at most 600,000 / 600 = 1,000 customers; the shop has more.
    const key = 'retention.clv.model';
    const saved = host.properties.document.data.get(key)!;
    host.properties.document.data.set(key, JSON.stringify({ ...JSON.parse(saved), horizonMonths: 600 }));
    const result = build(host);
    host.properties.document.data.set(key, saved);
    const wide = values(host, 'Customers');
    expect(result.customers).toBeGreaterThan(1000);
    expect(wide[4]).not.toContain('P(alive)');
    expect(wide[2][0]).toContain(
      `P(alive) and predicted CLV are left out: ${result.customers} customers are more than the 1000 the customer-value model predicts for at 600 months; use the runner (retention clv).`,
    );
  });

  it('leaves the columns out for another order sheet, saying how to get them', () => {
    host.addSheet({ name: 'Other', cells: [], values: shopRows() });
    build(host, 'Other');
    const other = values(host, 'Customers');
    expect(other[4]).not.toContain('P(alive)');
    expect(other[2][0]).toContain('P(alive) and predicted CLV: build the customer-value model for this order sheet first (sidebar › Customer value), then rebuild this sheet.');
  });
});

describe('Customers sheet without a model', () => {
  it('has no value columns and the note in the document\'s language', () => {
    const host = shopHost('pl_PL');
    build(host, 'Orders', 'pl');
    const cells = values(host, 'Klienci');
    expect(cells[4].some((h) => String(h).startsWith('P(') || String(h).includes('CLV'))).toBe(false);
    expect(cells[2][0]).toContain('P(aktywny) i przewidywany CLV: najpierw zbuduj model wartości klienta dla tego arkusza zamówień (panel boczny › Wartość klienta), potem odbuduj ten arkusz.');
  }, 60_000);
});
