/**
 * Errors of the customer-value models. Each carries a message key and parameters so the UI can
 * translate it (`clv.<name>` keys live in the i18n catalogs); `message` is an English fallback.
 */

/** Message keys the CLV core can throw. */
export type ClvErrorKey =
  | 'clv.badInput'
  | 'clv.noCustomers'
  | 'clv.singleCustomer'
  | 'clv.noRepeatCustomers'
  | 'clv.nonPositiveSpend'
  | 'clv.badEndDates'
  | 'clv.fitFailed'
  | 'clv.uniformSpend';

/**
 * An error with a translatable key.
 * @example
 * try { fitGammaGamma([]) } catch (e) { if (e instanceof ClvError) e.key === 'clv.noRepeatCustomers' }
 */
export class ClvError extends Error {
  readonly key: ClvErrorKey;
  readonly params: Record<string, string | number>;

  constructor(key: ClvErrorKey, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ClvError';
    this.key = key;
    this.params = params;
  }
}
