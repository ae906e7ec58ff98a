/**
 * Errors a metric cannot compute around. The caller shows them: `code` is a message key the UI
 * translates (with `params` filled in); `message` is the English text for logs and the runner.
 */

/** Every reason a metric can refuse to compute. */
export type MetricErrorCode =
  | 'no_start_customers'
  | 'no_purchases'
  | 'no_repeat_purchases'
  | 'no_scores'
  | 'score_out_of_range'
  | 'invalid_number'
  | 'negative_number'
  | 'not_whole_number'
  | 'count_too_large'
  | 'result_not_finite'
  | 'invalid_period'
  | 'invalid_window'
  | 'churn_not_positive';

const MESSAGES: Record<MetricErrorCode, string> = {
  no_start_customers: 'no customers at the start of the period',
  no_purchases: 'no purchases in the date range',
  no_repeat_purchases: 'no customer bought twice in the date range',
  no_scores: 'no scores given',
  score_out_of_range: 'score {value} at position {position} is not a whole number from 0 to 10',
  invalid_number: '{name} must be a number, got {value}',
  negative_number: '{name} must be 0 or more, got {value}',
  not_whole_number: '{name} must be a whole number, got {value}',
  count_too_large: '{name} must be at most {max} ({limit}), got {value}',
  result_not_finite: 'the result is too large to be a number',
  invalid_period: 'the period must end after it starts ({name})',
  invalid_window: 'the activity window must be a whole number of days ≥ 1, got {value}',
  churn_not_positive: 'churn must be more than 0 and at most 1, got {value}',
};

/**
 * A metric that cannot be computed, with a translatable code.
 * @example new MetricError('no_start_customers').message === 'no customers at the start of the period'
 */
export class MetricError extends Error {
  readonly code: MetricErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: MetricErrorCode, params: Record<string, string | number> = {}) {
    super(MESSAGES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key])));
    this.name = 'MetricError';
    this.code = code;
    this.params = params;
  }
}
