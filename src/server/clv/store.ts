/**
 * The fitted model, in two places:
 * - **cells the add-on owns**: one row of the "Customer predictions" sheet, named
 *   `RETENTION_MODEL` (`r, α, a, b, p, q, γ, t, horizon months, monthly discount, period`). A
 *   formula that passes the name to P_ALIVE, EXPECTED_PURCHASES or PREDICTED_CLV is recalculated
 *   by Sheets after every refit, because the cells it refers to change (Sheets recalculates a
 *   custom function only when a referenced cell changes);
 * - the document's properties (JSON, well under the 9 KB a value may hold), the default of the
 *   functions when no parameters are given (custom functions may read document properties; such
 *   cells keep their old values after a refit until they are recalculated).
 */
import type { BgNbdParams, ClvUnit, GammaGammaParams } from '../../core/clv';

/** The property key. */
export const MODEL_PROPERTY = 'retention.clv.model';

export interface StoredModel {
  version: 1;
  unit: ClvUnit;
  bgnbd: BgNbdParams & { ll: number };
  /** Without a spend model (every customer spends alike) p, q, γ and ll are the core's stand-in for the average (docs/CLV.md). */
  gammaGamma: GammaGammaParams & { ll: number };
  /** Periods ahead of the sheet's expected purchases. */
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
  /** ISO dates of the fit. */
  calibrationEnd: string;
  observationEnd: string;
  customers: number;
  /** The "Customer predictions" sheet it was written to. */
  sheetName: string;
  /** The order sheet it was fitted on (absent in models saved before the Customers sheet used them). */
  orderSheet?: string;
}

/** Saves the model, replacing the previous one. */
export function saveModel(model: StoredModel): void {
  PropertiesService.getDocumentProperties().setProperty(MODEL_PROPERTY, JSON.stringify(model));
}

/** The saved model, or null when there is none (or it cannot be read). */
export function loadModel(): StoredModel | null {
  const text = PropertiesService.getDocumentProperties().getProperty(MODEL_PROPERTY);
  if (!text) return null;
  try {
    const model = JSON.parse(text) as StoredModel;
    return model && model.version === 1 ? model : null;
  } catch {
    return null;
  }
}

/** The named range of the model's cells (one row of the predictions sheet). */
export const MODEL_RANGE_NAME = 'RETENTION_MODEL';

/** The model's cells in order: the seven parameters, then t, horizon (months), monthly discount, period. */
export const MODEL_CELLS = ['r', 'α', 'a', 'b', 'p', 'q', 'γ', 't', 'horizon', 'discount', 'period'] as const;

/** What the model's cells hold. */
export interface ModelCells {
  bgnbd: BgNbdParams;
  gammaGamma: GammaGammaParams;
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
  unit: ClvUnit;
}

/**
 * The row written into the model's cells.
 * @example modelRow(model) // [0.24, 4.41, 0.79, 2.43, 6.25, 3.74, 15.44, 52, 12, 0.01, 'week']
 */
export function modelRow(model: ModelCells): (number | string)[] {
  const { bgnbd: m, gammaGamma: g } = model;
  return [m.r, m.alpha, m.a, m.b, g.p, g.q, g.gamma, model.t, model.horizonMonths, model.monthlyDiscount, model.unit];
}

/**
 * The model read back from its cells' values (flattened), or null when they are not a model row:
 * 11 values, seven positive parameters, t > 0, a horizon and a discount of 0 or more, "week" or "day".
 * @example modelOfRow(modelRow(model)) // the same model
 */
export function modelOfRow(values: unknown[]): ModelCells | null {
  if (values.length !== MODEL_CELLS.length) return null;
  const numbers = values.slice(0, 10);
  if (!numbers.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  const [r, alpha, a, b, p, q, gamma, t, horizonMonths, monthlyDiscount] = numbers as number[];
  const unit = String(values[10]).trim().toLowerCase();
  if (![r, alpha, a, b, p, q, gamma, t].every((v) => v > 0) || horizonMonths < 0 || monthlyDiscount < 0) return null;
  if (unit !== 'week' && unit !== 'day') return null;
  return { bgnbd: { r, alpha, a, b }, gammaGamma: { p, q, gamma }, t, horizonMonths, monthlyDiscount, unit };
}

/**
 * Names `range` RETENTION_MODEL (moving the name when it exists, e.g. from an earlier sheet).
 * @example nameModelCells(sheet.getRange('M6:W6'))
 */
export function nameModelCells(range: GoogleAppsScript.Spreadsheet.Range): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getNamedRanges().find((named) => named.getName() === MODEL_RANGE_NAME);
  if (existing) existing.setRange(range);
  else spreadsheet.setNamedRange(MODEL_RANGE_NAME, range);
}
