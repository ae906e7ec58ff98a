/**
 * Why a query cannot be built. `code` is a message key suffix the runner and the sidebar translate
 * (`sql.error.<code>` in src/i18n/sql.ts); `message` is the English text for logs.
 */

/** Every reason the query builder refuses. */
export type SqlErrorCode = 'bad_name' | 'bad_zone' | 'no_amount' | 'bad_range' | 'no_range' | 'bad_day' | 'bad_window';

const MESSAGES: Record<SqlErrorCode, string> = {
  bad_name: 'the {what} name "{name}" cannot be used in a query (it holds a quote, a backslash or a control character)',
  bad_zone: 'the time zone "{name}" is not a time zone name like Europe/Warsaw',
  no_amount: 'the query needs an amount column, or a quantity and a price column',
  bad_range: 'the date range ends before it starts ({from} to {to})',
  no_range: 'this report needs a date range: --from and --to',
  bad_day: '{name} is not a day on or after 1970-01-01',
  bad_window: 'the activity window must be a whole number of days, 1 or more (not {value})',
};

/**
 * A query that cannot be built, with a translatable code.
 * @example new SqlError('bad_zone', { name: 'Mars/Base' }).code === 'bad_zone'
 */
export class SqlError extends Error {
  readonly code: SqlErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: SqlErrorCode, params: Record<string, string | number> = {}) {
    super(MESSAGES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key])));
    this.name = 'SqlError';
    this.code = code;
    this.params = params;
  }
}
