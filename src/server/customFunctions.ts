/**
 * Every custom function typed in cells (docs/FUNCTIONS.md). Each takes numbers (the numeric form)
 * or the order columns (the order form); the files in ./functions/ hold them by kind, and
 * ./functions/args.ts reads the arguments and words the errors like built-in functions do.
 */
export { CRR, CHURN } from './functions/retention';
export {
  CLV,
  AVG_RETENTION_PERIOD,
  REPEAT_PURCHASE_RATE,
  AOV,
  PURCHASE_FREQUENCY,
  AVG_DAYS_BETWEEN_PURCHASES,
  NPS,
} from './functions/descriptive';
export { COHORT_TABLE, RFM, RETENTION_SUMMARY } from './functions/tables';
