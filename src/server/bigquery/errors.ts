/**
 * BigQuery's errors as plain messages. The advanced service throws an Error whose message is
 * "API call to bigquery.<method> failed with error: <BigQuery's message>" (Apps Script's
 * wording); the REST error's `code` and `errors[0].reason` (docs: "Troubleshoot BigQuery errors")
 * are used when the exception carries them in `details`, else the message's words.
 */
import type { Language } from '../../core/types';
import { UserError } from '../errors';

/** What names the request in the messages. */
export interface ErrorContext {
  project: string;
  table: string;
}

/** The REST error body's parts Apps Script may hand over. */
interface ErrorDetails {
  code?: number;
  message?: string;
  errors?: { reason?: string; message?: string }[];
}

/**
 * The UserError a failed BigQuery call means; an error that is not BigQuery's answer (a missing
 * scope: "You do not have permission to call …", a bug) is given back as it is.
 * @example bigQueryError(new Error('API call to bigquery.jobs.query failed with error: Billing has not been enabled for this project.'), { project: 'p', table: 'd.t' }, 'en').key === 'bigquery.error.billing'
 */
export function bigQueryError(error: unknown, context: ErrorContext, language: Language): unknown {
  if (error instanceof UserError) return error;
  const raw = String((error as Error | null)?.message ?? error);
  const details = ((error as { details?: ErrorDetails } | null)?.details ?? {}) as ErrorDetails;
  if (!/^API call to [\w.]+ failed with error: /.test(raw) && details.code === undefined) return error;
  const message = raw.replace(/^API call to [\w.]+ failed with error: /, '');
  const reason = details.errors?.[0]?.reason ?? '';
  const code = details.code;
  const params = { project: context.project, table: context.table };
  if (reason === 'billingNotEnabled' || /billing (has not been|is not) enabled|billingNotEnabled/i.test(message)) {
    return new UserError('bigquery.error.billing', params, language);
  }
  if (code === 429 || reason === 'rateLimitExceeded' || reason === 'quotaExceeded' || /quota exceeded|exceeded rate limits|rateLimitExceeded/i.test(message)) {
    return new UserError('bigquery.error.quota', params, language);
  }
  if (code === 404 || reason === 'notFound' || /^Not found:/i.test(message)) return new UserError('bigquery.error.notFound', params, language);
  if (code === 403 || reason === 'accessDenied' || /access denied|permission/i.test(message)) return new UserError('bigquery.error.noAccess', params, language);
  return new UserError('bigquery.error.other', { message: message.slice(0, 500) }, language);
}
