/**
 * Recipients of the weekly e-mail, as the user types them in the sidebar: addresses separated by
 * commas, semicolons, spaces or new lines. Shared by the sidebar (to show mistakes at once) and the
 * server (which never trusts the client).
 */

/** Apps Script sends one message to at most 50 recipients. */
export const MAX_RECIPIENTS = 50;

/** A plain address: local part, @, a domain with a dot; no spaces, commas or angle brackets. */
const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/;

export interface ParsedRecipients {
  /** Valid addresses, each once (compared without case), in the order typed. */
  valid: string[];
  /** Entries that are not addresses. */
  invalid: string[];
  /** More than MAX_RECIPIENTS valid addresses. */
  tooMany: boolean;
}

/**
 * Splits and checks a list of addresses.
 * @example parseRecipients('ann@shop.pl; bob@shop.pl, nope') // { valid: ['ann@shop.pl', 'bob@shop.pl'], invalid: ['nope'], tooMany: false }
 */
export function parseRecipients(text: string | readonly string[]): ParsedRecipients {
  const entries = (typeof text === 'string' ? text.split(/[\s,;]+/) : text.flatMap((t) => String(t).split(/[\s,;]+/)))
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const valid: string[] = [];
  const seen = new Set<string>();
  const invalid: string[] = [];
  for (const entry of entries) {
    if (!ADDRESS.test(entry)) invalid.push(entry);
    else if (!seen.has(entry.toLowerCase())) {
      seen.add(entry.toLowerCase());
      valid.push(entry);
    }
  }
  return { valid, invalid, tooMany: valid.length > MAX_RECIPIENTS };
}
