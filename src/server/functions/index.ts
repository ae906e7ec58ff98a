/**
 * Every custom function typed in cells (docs/FUNCTIONS.md). Each takes numbers (the numeric form)
 * or the order columns (the order form); the files here hold them by kind, and ./args.ts reads the arguments and words the errors like built-in functions do.
 */
export { CRR, CHURN } from './retention';
export {
  CLV,
  AVG_RETENTION_PERIOD,
  REPEAT_PURCHASE_RATE,
  AOV,
  PURCHASE_FREQUENCY,
  AVG_DAYS_BETWEEN_PURCHASES,
  NPS,
} from './descriptive';
export { COHORT_TABLE, RFM, RETENTION_SUMMARY } from './tables';
export { P_ALIVE, EXPECTED_PURCHASES, PREDICTED_CLV } from './clv';
export { LOYALTY_TIER, NEXT_PURCHASE_DATE } from './customers';
