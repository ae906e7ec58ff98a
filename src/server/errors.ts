/**
 * Errors the user sees. A `UserError` carries a translated message; custom functions throw it
 * (Sheets shows `#ERROR!` with the message in the cell's note), the sidebar shows it as text.
 */
import { t, type MessageKey, type MessageParams } from '../i18n';
import type { Language } from '../core/types';

export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
    language: Language,
  ) {
    super(t(language, key, params));
    this.name = 'UserError';
  }
}
