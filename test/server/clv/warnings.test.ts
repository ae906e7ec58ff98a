/**
 * Degenerate fits in the "Customer value" action: spend that cannot be modelled (every customer
 * spends about the same) and parameters on a bound, each explained in the sheet's header and in
 * the panel's result (`warnings`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoundHit } from '../../../src/core/clv';
import { boundMeaning, decimal, dropoutSplit, fitWarnings } from '../../../src/server/clv/warnings';
import type { ClvResult } from '../../../src/core/clv';
import { buildOnce } from '../../helpers/build';
import { MAPPING, newHost, shopHost } from './helpers';

const MODEL = 'retention.clv.model';

beforeAll(() => buildOnce());

/** ISO date of 2024-01-01 + n days. */
const iso = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/**
 * Twelve customers with varied visit days (0 = 2024-01-01; data end day 200), the j-th purchase
 * of customer k worth amount(k, j).
 */
const VISITS = [
  [0, 30, 60, 90, 150],
  [0, 100],
  [5],
  [10, 20, 190],
  [12],
  [20, 40, 41, 120, 180, 200],
  [25, 26],
  [40],
  [50, 120, 160],
  [60],
  [70, 170],
  [80],
];
function hostWith(amount: (k: number, j: number) => number, locale = 'en_US') {
  const rows: (string | number)[][] = [['Customer', 'Date', 'Amount']];
  VISITS.forEach((days, k) => days.forEach((d, j) => rows.push([`c${k}`, iso(d), amount(k, j)])));
  const host = newHost(locale);
  host.addSheet({ name: 'Orders', cells: [], values: rows });
  return host;
}
const run = (host: ReturnType<typeof newHost>, extra: Record<string, unknown> = {}) =>
  host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', period: 'day', ...extra }) as any;
const header = (host: ReturnType<typeof newHost>, name: string) => String(host.sheetData(name).cells[2][0].value);

describe('every customer spends about the same', () => {
  it('all purchases 10.00: expected spend is 10.00 for everyone, and the sheet and the panel say why', () => {
    const host = hostWith(() => 10);
    const result = run(host);
    expect(result.spendModel).toBe('average');
    const text =
      'Every repeat customer spends about the same per purchase (their average purchase values differ by only 0%), so spend cannot be modelled: the expected spend is the average repeat purchase value, 10.00, for every customer.';
    expect(result.warnings.some((w: string) => w.startsWith(text))).toBe(true);
    // (This small shop also has no sign of dropout: the bound warning comes first.)
    expect(header(host, result.sheetName)).toContain(text);
    const rows = host.sheetData(result.sheetName).cells.slice(5).filter((row) => row[0] && row[0].value !== '');
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row[7].value).toBe(10);

    // PREDICTED_CLV from the stored stand-in parameters gives the sheet's CLV (to 1e-9 relative:
    // the stand-in's q = 1 + 1e9 shifts the spend by x·|m − 10|/1e9, here 0).
    const stored = JSON.parse(host.properties.document.data.get(MODEL)!);
    expect(Number.isFinite(stored.gammaGamma.ll)).toBe(true);
    const c0 = rows.find((row) => row[0].value === 'c0')!.map((c) => c.value as number);
    const clv = host.runCustomFunction('PREDICTED_CLV', c0[1], c0[2], c0[3], c0[4]) as number;
    expect(clv).toBeCloseTo(c0[8], 9);
    expect(c0[8]).toBeGreaterThan(0);
  });

  it('nearly equal amounts (9.99 to 10.01), in Polish with a decimal comma', () => {
    // The j-th purchase of customer k costs 10 + 0.01·((k + j) mod 3 − 1).
    const host = hostWith((k, j) => 10 + 0.01 * (((k + j) % 3) - 1), 'pl_PL');
    const result = run(host);
    expect(result.spendModel).toBe('average');
    const warning = result.warnings.find((w: string) => w.startsWith('Każdy powracający klient wydaje'));
    expect(warning).toMatch(/różnią się tylko o 0,\d+%/);
    expect(warning).toMatch(/średnia wartość powtórnego zakupu, (9,99|10,00|10,01)\./);
    const spend = host.sheetData(result.sheetName).cells.slice(5, 17).map((row) => row[7].value as number);
    for (const s of spend) {
      expect(s).toBe(spend[0]);
      expect(Math.abs(s - 10)).toBeLessThanOrEqual(0.01);
    }
  });

  it('spend that varies is still modelled, and CDNOW gets no warning', () => {
    const varied = run(hostWith((k, j) => 10 + 7 * k + 3 * j));
    expect(varied.spendModel).toBe('gammaGamma');
    const cdnow = shopHost();
    const result = cdnow.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', mapping: MAPPING, period: 'week' }) as any;
    expect(result.warnings).toEqual([]);
    expect(result.spendModel).toBe('gammaGamma');
  });
});

describe('parameters on a bound', () => {
  it('customers who never stop buying: the sheet and the panel say that nobody seems to drop out', () => {
    // Each customer buys every 2 to 4 days from day 0–3 up to day 40, the data end: everyone is
    // still buying at the end and nobody has a long gap, so the data show no dropout. The BG/NBD
    // likelihood then grows as the dropout probability a/(a+b) → 0, and the fit ends with a on
    // its lower bound (1e-4) or b on its upper bound (1e4).
    const rows: (string | number)[][] = [['Customer', 'Date', 'Amount']];
    for (let k = 0; k < 30; k++) for (let d = k % 4; d <= 40; d += 2 + (k % 3)) rows.push([`c${k}`, iso(d), 10 + k]);
    const host = newHost();
    host.addSheet({ name: 'Orders', cells: [], values: rows });
    const result = run(host);
    const warning = result.warnings.find((w: string) => w.includes('nobody seems to stop buying'));
    expect(warning).toMatch(/^The fit stopped at a limit of the model \((a = 0\.0001|b = 10000)(, b = 10000)?\): nobody seems to stop buying, so P\(alive\) stays near 100% for everyone/);
    expect(header(host, result.sheetName)).toContain(warning);
    expect(result.segments.atRisk + result.segments.gone).toBe(0);
  });

  it('each parameter and side has a plain meaning', () => {
    const hit = (parameter: BoundHit['parameter'], bound: BoundHit['bound']): BoundHit => ({
      model: 'p q gamma'.split(' ').includes(parameter) ? 'gammaGamma' : 'bgnbd',
      parameter,
      bound,
      value: bound === 'lower' ? 1e-4 : 1e4,
    });
    // Dropout probability a/(a+b): small a or large b → 0 (nobody leaves); large a or small b → 1.
    const cdnow = { a: 0.793, b: 2.426 };
    expect(boundMeaning(hit('a', 'lower'), { a: 1e-4, b: 2.426 })).toBe('clv.bound.noDropout');
    expect(boundMeaning(hit('b', 'upper'), { a: 0.793, b: 1e4 })).toBe('clv.bound.noDropout');
    expect(boundMeaning(hit('a', 'upper'), { a: 1e4, b: 2.426 })).toBe('clv.bound.quickDropout');
    expect(boundMeaning(hit('b', 'lower'), { a: 0.793, b: 1e-4 })).toBe('clv.bound.quickDropout');
    // Purchase rates ~ Gamma(r, α): r → ∞ is one rate for all; tiny r or α at either end is an extreme spread or scale.
    expect(boundMeaning(hit('r', 'upper'), cdnow)).toBe('clv.bound.sameRate');
    expect(boundMeaning(hit('r', 'lower'), cdnow)).toBe('clv.bound.rateSpread');
    expect(boundMeaning(hit('alpha', 'upper'), cdnow)).toBe('clv.bound.rateSpread');
    // Spend: p → ∞ no spread within a customer, q → ∞ none between customers.
    expect(boundMeaning(hit('p', 'upper'), cdnow)).toBe('clv.bound.sameSpendEachTime');
    expect(boundMeaning(hit('q', 'upper'), cdnow)).toBe('clv.bound.sameSpendAll');
    expect(boundMeaning(hit('q', 'lower'), cdnow)).toBe('clv.bound.spendExtreme');
    expect(boundMeaning(hit('gamma', 'lower'), cdnow)).toBe('clv.bound.spendExtreme');
    expect(decimal(1e-4, 'en')).toBe('0.0001');
    expect(decimal(1e-4, 'da')).toBe('0,0001');
    expect(decimal(9999.6, 'en')).toBe('10000');
  });
});

describe('an all-or-nothing dropout (a or b on its lower bound, both under 1)', () => {
  const hit = (parameter: 'a' | 'b', value: number): BoundHit => ({ model: 'bgnbd', parameter, bound: 'lower', value });

  it('is told apart from "nobody leaves" and "everybody leaves" by the share a/(a+b)', () => {
    // The masked Etsy export: a = 0.0001, b = 0.00065, so p ~ Beta(a, b) is 1 for 13% and 0 for the rest.
    expect(dropoutSplit({ a: 1e-4, b: 6.5e-4 })).toBe(true);
    expect(boundMeaning(hit('a', 1e-4), { a: 1e-4, b: 6.5e-4 })).toBe('clv.bound.dropoutSplit');
    expect(boundMeaning(hit('b', 1e-4), { a: 5e-4, b: 1e-4 })).toBe('clv.bound.dropoutSplit');
    // Share under 1% (a/(a+b) = 1e-4/0.5001): nobody leaves. Over 99%: everybody leaves.
    expect(boundMeaning(hit('a', 1e-4), { a: 1e-4, b: 0.5 })).toBe('clv.bound.noDropout');
    expect(boundMeaning(hit('b', 1e-4), { a: 0.5, b: 1e-4 })).toBe('clv.bound.quickDropout');
    // b of 1 or more: a on its bound is "nobody leaves" whatever the share.
    expect(dropoutSplit({ a: 1e-4, b: 1 })).toBe(false);
  });

  it('is explained in plain words in all five languages, naming a, b and the share', () => {
    const result = {
      bgnbd: { r: 0.4, alpha: 13.5, a: 1e-4, b: 6.5e-4, ll: -1788.8 },
      atBound: [{ model: 'bgnbd', parameter: 'a', bound: 'lower', value: 1e-4 }],
      spendModel: 'gammaGamma',
      spend: { average: 25, variation: 0.3 },
    } as unknown as ClvResult;
    // share = 1e-4 / 7.5e-4 = 13.3%.
    expect(fitWarnings(result, 'en')).toEqual([
      'The fit stopped at a limit of the model (a = 0.0001, b = 0.00065): the customers look like two kinds: about 13% stop for good right after their second purchase, and the others never stop. This happens when few customers bought more than twice; P(alive) then says little about who has left. A longer history usually helps.',
    ]);
    const starts: Record<string, string> = {
      pl: 'Dopasowanie zatrzymało się na granicy modelu (a = 0,0001, b = 0,00065): klienci wyglądają na dwa rodzaje: około 13%',
      ru: 'Подбор остановился на границе модели (a = 0,0001, b = 0,00065): клиенты выглядят как два типа: около 13%',
      ro: 'Ajustarea s-a oprit la o limită a modelului (a = 0,0001, b = 0,00065): clienții par a fi de două feluri: aproximativ 13%',
      da: 'Tilpasningen stoppede ved en af modellens grænser (a = 0,0001, b = 0,00065): kunderne ligner to slags: omkring 13%',
    };
    for (const [language, start] of Object.entries(starts)) {
      const lines = fitWarnings(result, language as 'pl');
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(start)).toBe(true);
      expect(lines[0]).not.toContain('{');
    }
  });
});
