/** Marketing consent cells: yes/no in the five languages and the exports' own words. */
import { normaliseHeader } from '../read/headers';
import type { CellValue } from '../types';

const YES = new Set(['yes', 'y', 'true', '1', 'tak', 't', 'да', 'da', 'ja', 'subscribed', 'opted in', 'opt in', 'granted', 'x', 'confirmed', 'zgoda', 'consimtamant']);
const NO = new Set([
  'no', 'n', 'false', '0', 'nie', 'нет', 'nu', 'nej', 'unsubscribed', 'not subscribed', 'never subscribed', 'opted out', 'opt out', 'denied', 'pending', 'brak zgody',
]);

/**
 * A consent cell: true for a yes, false for a no, null for a blank cell, undefined for a value
 * this rule cannot read (counted and shown; such a customer is not exported).
 * @example consentOf('yes') === true; consentOf('Nie') === false; consentOf('') === null; consentOf('maybe') === undefined
 */
export function consentOf(value: CellValue): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (value === null) return null;
  const text = normaliseHeader(value instanceof Date ? '' : value);
  if (text === '') return value instanceof Date ? undefined : null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}
