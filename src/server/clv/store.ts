/**
 * The fitted model, kept in the document's properties (JSON, well under the 9 KB a value may
 * hold) so that PREDICTED_CLV, P_ALIVE and EXPECTED_PURCHASES can use it. Custom functions may
 * read document properties.
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
  /** The order sheet it was fitted on. */
  sheetName: string;
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
