/**
 * Custom functions of the predicted customer value: P_ALIVE, EXPECTED_PURCHASES, PREDICTED_CLV.
 * Each takes a customer's summary (frequency, recency, T, monetary, in the model's periods, as the
 * "Customer predictions" sheet shows them) as single values or as columns (the result then spills
 * into a column), and uses parameters given as a range of cells: the model's own cells
 * RETENTION_MODEL (./clv/store.ts: a refit changes them, so Sheets recalculates the formula; their
 * t, horizon, discount and period are then the defaults too), or r, α, a, b [, p, q, γ] typed
 * anywhere; without parameters, the model stored in the document's properties.
 */
import { expectedAverageValue, type BgNbdParams, type ClvUnit, type GammaGammaParams } from '../../core/clv';
// The per-(x, T) parts of the predictions, so that a column of customers computes each series once.
import { discountedPurchasesIfAlive, expectedPurchasesIfAlive, probabilityAlive } from '../../core/clv/predict';
import { loadModel, modelOfRow, MODEL_CELLS, type ModelCells, type StoredModel } from '../clv/store';
import { Call, isMissing, requiredCount, requiredNumber, type CellArgument } from './args';

/** A result: one value, or a 2D array that spills. */
type Spill = number | string | (number | string)[][];

/** One execution of a customer-value function: a Call that also reads the stored model (once). */
class ClvCall extends Call {
  private stored: StoredModel | null | undefined;

  model(): StoredModel | null {
    if (this.stored === undefined) this.stored = loadModel();
    return this.stored;
  }

  /** The model's cells given as the parameters (RETENTION_MODEL), once `parameters` has read them. */
  cells: ModelCells | null = null;

  /**
   * The parameters given as a range: the model's cells RETENTION_MODEL (remembered in `cells`, for
   * the defaults of t, horizon, discount and period), or r, α, a, b [, p, q, γ]; else the stored model's.
   */
  parameters(index: number, name: string, value: CellArgument, withSpend: boolean): { bgnbd: BgNbdParams; gammaGamma?: GammaGammaParams } {
    const count = withSpend ? 7 : 4;
    if (isMissing(value)) {
      const stored = this.model();
      if (!stored) return this.fail('clv.fn.noModel', { index, name });
      return { bgnbd: stored.bgnbd, gammaGamma: stored.gammaGamma };
    }
    const list = (Array.isArray(value) ? (value as unknown[][]).flat() : [value]).filter((v) => !isMissing(v));
    if (list.length === MODEL_CELLS.length && typeof list[list.length - 1] === 'string') {
      const cells = modelOfRow(list);
      if (!cells) return this.fail('model.badRange', { index, name });
      this.cells = cells;
      return { bgnbd: cells.bgnbd, gammaGamma: cells.gammaGamma };
    }
    const valid = list.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0);
    if (!valid || (list.length !== count && list.length !== 7)) {
      this.fail('clv.fn.parameters', { index, name, count, list: withSpend ? 'r, α, a, b, p, q, γ' : 'r, α, a, b' });
    }
    const [r, alpha, a, b, p, q, gamma] = list as number[];
    return { bgnbd: { r, alpha, a, b }, ...(withSpend ? { gammaGamma: { p, q, gamma } } : {}) };
  }

  /** Where the defaults of t, horizon, discount and period come from: the model's cells when given, else the stored model. */
  defaults(): { t?: number; horizonMonths?: number; monthlyDiscount?: number; unit?: ClvUnit } | null {
    return this.cells ?? this.model();
  }

  /** A single number argument (not a range), or `fallback` when left out. */
  scalar(index: number, name: string, value: CellArgument, fallback: number | undefined, min: number): number {
    if (isMissing(value) && fallback !== undefined) return fallback;
    const v = Array.isArray(value) ? (value as unknown[][])[0][0] : value;
    return requiredNumber(this, [index, name, v as CellArgument], min);
  }

  /**
   * Runs `compute` for every customer of the columns (or once for single values). A row whose
   * customer cells are all empty gives "" (so whole columns like B6:B can be passed).
   */
  spill(columns: [index: number, name: string, value: CellArgument][], compute: (values: number[]) => number): Spill {
    const first = columns.find(([, , v]) => Array.isArray(v));
    if (!first) return compute(this.customer(columns, columns.map(([, , v]) => v)));
    const shape = first[2] as unknown[][];
    for (const [index, name, v] of columns) {
      if (!Array.isArray(v)) continue;
      const grid = v as unknown[][];
      if (grid.length !== shape.length || grid[0].length !== shape[0].length) this.fail('clv.fn.shape', { index, name });
    }
    const grids = columns.map(([, , v]) => (Array.isArray(v) ? (v as unknown[][]) : null));
    const cells = columns.map(([, , v]) => v as unknown);
    return shape.map((row, i) =>
      row.map((_, j) => {
        let empty = true;
        for (let c = 0; c < grids.length; c++) {
          const grid = grids[c];
          if (!grid) continue;
          cells[c] = grid[i][j];
          if (!isMissing(cells[c] as CellArgument)) empty = false;
        }
        return empty ? '' : compute(this.customer(columns, cells));
      }),
    );
  }

  /** One customer's numbers: frequency (whole, ≥ 0), recency, T (recency ≤ T), then the rest (≥ 0). */
  private customer(columns: [number, string, CellArgument][], cells: readonly unknown[]): number[] {
    const values = new Array<number>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const param: [number, string, CellArgument] = [columns[i][0], columns[i][1], cells[i] as CellArgument];
      values[i] = i === 0 ? requiredCount(this, param) : requiredNumber(this, param, 0);
    }
    const [, recency, T] = values;
    if (recency > T + 1e-9) this.fail('clv.fn.recencyAfterT', { recency, T });
    return values;
  }
}

/** Caches a function of (x, T): a column of customers has few distinct pairs. */
function perFrequencyAndAge(compute: (x: number, T: number) => number): (x: number, T: number) => number {
  const cache = new Map<number, Map<number, number>>();
  return (x, T) => {
    let byAge = cache.get(x);
    if (byAge === undefined) cache.set(x, (byAge = new Map()));
    let value = byAge.get(T);
    if (value === undefined) {
      value = compute(x, T);
      byAge.set(T, value);
    }
    return value;
  };
}

/**
 * Probability that a customer is still active ("alive"), from the BG/NBD model: 1 for a customer
 * without repeat purchases, lower the longer a repeat customer has been silent.
 *
 * @param {number} frequency Repeat purchases: the purchase days after the first one (a number or a column).
 * @param {number} recency Time from the first to the last purchase, in model periods (weeks or days).
 * @param {number} T Time from the first purchase to the end of the data, in model periods.
 * @param {number} [parameters] Optional: RETENTION_MODEL (the fitted model's cells: follows every refit), or r, α, a, b as a range of cells. Default: the model the "Customer value" action stored.
 * @return The probability, from 0 to 1 (format the cell as a percentage).
 * @customfunction
 * @example =P_ALIVE(2, 30.43, 38.86, {0.243, 4.414, 0.793, 2.426}) returns about 0.73.
 */
export function P_ALIVE(frequency: CellArgument, recency: CellArgument, T: CellArgument, parameters?: CellArgument): Spill {
  const call = new ClvCall('P_ALIVE');
  const { bgnbd } = call.parameters(4, 'parameters', parameters, false);
  return call.spill(
    [
      [1, 'frequency', frequency],
      [2, 'recency', recency],
      [3, 'T', T],
    ],
    ([x, tx, age]) => probabilityAlive(bgnbd, { frequency: x, recency: tx, T: age }),
  );
}

/**
 * Expected number of purchases of a customer in the next periods, from the BG/NBD model.
 *
 * @param {number} frequency Repeat purchases: the purchase days after the first one (a number or a column).
 * @param {number} recency Time from the first to the last purchase, in model periods (weeks or days).
 * @param {number} T Time from the first purchase to the end of the data, in model periods.
 * @param {number} [periods] Optional: how many periods ahead. Default: as on the "Customer predictions" sheet (a year).
 * @param {number} [parameters] Optional: RETENTION_MODEL (the fitted model's cells: follows every refit), or r, α, a, b as a range of cells. Default: the model the "Customer value" action stored.
 * @return The expected number of purchases.
 * @customfunction
 * @example =EXPECTED_PURCHASES(2, 30.43, 38.86, 39, {0.243, 4.414, 0.793, 2.426}) returns about 1.23.
 */
export function EXPECTED_PURCHASES(
  frequency: CellArgument,
  recency: CellArgument,
  T: CellArgument,
  periods?: CellArgument,
  parameters?: CellArgument,
): Spill {
  const call = new ClvCall('EXPECTED_PURCHASES');
  const { bgnbd } = call.parameters(5, 'parameters', parameters, false);
  const ahead = call.scalar(4, 'periods', periods, call.defaults()?.t, 0);
  const ifAlive = perFrequencyAndAge((x, age) => expectedPurchasesIfAlive(bgnbd, x, age, ahead));
  return call.spill(
    [
      [1, 'frequency', frequency],
      [2, 'recency', recency],
      [3, 'T', T],
    ],
    ([x, tx, age]) => probabilityAlive(bgnbd, { frequency: x, recency: tx, T: age }) * ifAlive(x, age),
  );
}

/**
 * Predicted customer lifetime value over the next months: the BG/NBD expected purchases of each
 * month times the Gamma-Gamma expected spend per purchase, discounted monthly.
 *
 * @param {number} frequency Repeat purchases: the purchase days after the first one (a number or a column).
 * @param {number} recency Time from the first to the last purchase, in model periods (weeks or days).
 * @param {number} T Time from the first purchase to the end of the data, in model periods.
 * @param {number} monetary Average value of the repeat purchases (0 without repeat purchases).
 * @param {number} [horizon_months] Optional: months ahead. Default: as on the "Customer predictions" sheet (12).
 * @param {number} [monthly_discount] Optional: discount rate per month, e.g. 1%. Default: as on the sheet (1%).
 * @param {number} [parameters] Optional: RETENTION_MODEL (the fitted model's cells: follows every refit), or r, α, a, b, p, q, γ as a range of cells. Default: the model the "Customer value" action stored.
 * @param {string} [period] Optional: "week" or "day", the model period of the parameters. Default: the fitted model's (else week).
 * @return The predicted value, in the currency of the amounts.
 * @customfunction
 * @example =PREDICTED_CLV(B6:B, C6:C, D6:D, E6:E, , , RETENTION_MODEL) spills one value per customer of the "Customer predictions" sheet.
 */
export function PREDICTED_CLV(
  frequency: CellArgument,
  recency: CellArgument,
  T: CellArgument,
  monetary: CellArgument,
  horizon_months?: CellArgument,
  monthly_discount?: CellArgument,
  parameters?: CellArgument,
  period?: CellArgument,
): Spill {
  const call = new ClvCall('PREDICTED_CLV');
  const { bgnbd, gammaGamma } = call.parameters(7, 'parameters', parameters, true);
  const stored = call.defaults();
  const horizonMonths = Math.floor(call.scalar(5, 'horizon_months', horizon_months, stored?.horizonMonths ?? 12, 0));
  const monthlyDiscount = call.scalar(6, 'monthly_discount', monthly_discount, stored?.monthlyDiscount ?? 0.01, 0);
  let unit: ClvUnit = stored?.unit ?? 'week';
  if (!isMissing(period)) {
    const text = String(Array.isArray(period) ? (period as unknown[][])[0][0] : period).trim().toLowerCase();
    if (text !== 'week' && text !== 'day') return call.fail('clv.fn.period', { index: 8, name: 'period', value: text });
    unit = text;
  }
  const options = { unit, horizonMonths, monthlyDiscount };
  const ifAlive = perFrequencyAndAge((x, age) => discountedPurchasesIfAlive(bgnbd, x, age, options));
  return call.spill(
    [
      [1, 'frequency', frequency],
      [2, 'recency', recency],
      [3, 'T', T],
      [4, 'monetary', monetary],
    ],
    ([x, tx, age, m]) =>
      probabilityAlive(bgnbd, { frequency: x, recency: tx, T: age }) * ifAlive(x, age) * expectedAverageValue(gammaGamma!, x, m),
  );
}
