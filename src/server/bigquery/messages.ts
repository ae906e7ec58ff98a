/**
 * The query builder's errors in the user's language (src/i18n/sql.ts), for the sidebar and the runner.
 */
import type { SqlError } from '../../core/sql';
import type { Language } from '../../core/types';
import { t } from '../../i18n';

/**
 * A SqlError as a message in a language.
 * @example sqlErrorText(new SqlError('no_range'), 'en') === 'This report needs a date range: a first and a last day.'
 */
export function sqlErrorText(error: SqlError, language: Language): string {
  const params = { ...error.params };
  if (error.code === 'bad_name') params.what = t(language, params.what === 'table' ? 'sql.what.table' : 'sql.what.column');
  return t(language, `sql.error.${error.code}`, params);
}
