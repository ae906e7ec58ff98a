/**
 * Granular consent: since 2025 a user may grant the add-on only some of its scopes. Before mail or
 * trigger work we ask which are missing and say which permission to allow.
 */
import type { Language } from '../../core/types';
import { UserError } from '../errors';

export const MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
const TRIGGER_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

/** The authorization URL when `scope` has not been granted, else null. */
export function missingScope(scope: string): string | null {
  // getAuthorizationInfo(authMode, oAuthScopes) (granular consent) is newer than the type definitions.
  const app = ScriptApp as unknown as {
    getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): GoogleAppsScript.Script.AuthorizationInfo;
  };
  const info = app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [scope]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() ?? '';
}

/**
 * Throws a UserError naming the permission to allow when mail (or triggers) are not granted.
 * @example requireScope('mail', 'pl') // throws 'Dodatek nie może jeszcze wysyłać e-maili. …' when missing
 */
export function requireScope(what: 'mail' | 'triggers', language: Language): void {
  const url = missingScope(what === 'mail' ? MAIL_SCOPE : TRIGGER_SCOPE);
  if (url !== null) throw new UserError(what === 'mail' ? 'email.error.needMail' : 'email.error.needTriggers', { url }, language);
}
