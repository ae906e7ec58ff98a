/** Predicted customer value: BG/NBD and Gamma-Gamma models (see docs/CLV.md). */
export { ClvError, type ClvErrorKey } from './errors';
export { summarizeCustomers, daysPerUnit, type ClvUnit, type ClvSummary, type CustomerSummary, type PurchaseColumns, type SummaryOptions } from './summary';
export { fitBgNbd, bgnbdLogLikelihood, PARAMETER_BOUNDS, type BgNbdParams, type BgNbdFit, type RfmPoint } from './bgnbd';
export {
  fitGammaGamma,
  gammaGammaLogLikelihood,
  expectedAverageValue,
  spendSpread,
  MIN_SPEND_VARIATION,
  type GammaGammaParams,
  type GammaGammaFit,
  type SpendPoint,
  type SpendSpread,
} from './gammaGamma';
export {
  probabilityAlive,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  predictedClv,
  DAYS_PER_MONTH,
  type ClvOptions,
} from './predict';
export { customerValues, type CustomerValues } from './customerValue';
export { fitClvModels, type FitClvOptions, type ClvResult, type CustomerPrediction, type BoundHit } from './fit';
export { trackCumulativeRepeats, type TrackingOptions, type TrackingPoint, type RepeatTracking } from './tracking';
