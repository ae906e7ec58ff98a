/**
 * Errors of the customer rules the caller shows: `code` is a message key suffix the UI translates
 * (`customers.error.<code>`, with `params`); `message` is the English text for logs and the runner.
 */

export type CustomerErrorCode = 'tier_entry' | 'tier_threshold' | 'tier_order' | 'tier_name_twice' | 'no_tiers' | 'bad_option';

const MESSAGES: Record<CustomerErrorCode, string> = {
  tier_entry: 'tier "{entry}" is not NAME:THRESHOLD (e.g. Silver:500)',
  tier_threshold: 'tier "{name}": the threshold {value} is not a number of 0 or more',
  tier_order: 'tier "{name}": its threshold {value} must be above the previous tier\'s {previous}',
  tier_name_twice: 'two tiers are called "{name}"',
  no_tiers: 'no tiers given',
  bad_option: '{name} must be one of {allowed}, got "{value}"',
};

/**
 * A rule the customer list cannot apply, with a translatable code.
 * @example new CustomerError('tier_entry', { entry: 'Gold' }).message === 'tier "Gold" is not NAME:THRESHOLD (e.g. Silver:500)'
 */
export class CustomerError extends Error {
  readonly code: CustomerErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: CustomerErrorCode, params: Record<string, string | number> = {}) {
    super(MESSAGES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key])));
    this.name = 'CustomerError';
    this.code = code;
    this.params = params;
  }
}
