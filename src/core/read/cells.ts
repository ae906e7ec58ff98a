import type { CellValue } from '../types';

/**
 * True for an empty cell: `""`, only whitespace, `null` or `undefined`.
 * @example isBlank('  ') === true; isBlank(0) === false
 */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}
