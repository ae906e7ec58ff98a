/**
 * The data-health line every output shows: rows read, rows used, and rows skipped by reason
 * with the first row numbers, so the user can go and fix them.
 */
import { t } from '../i18n';
import type { DataHealth, Language, SkipReason } from '../core/types';

/**
 * The data health as short lines in the user's language.
 * @example healthLines({ rowsRead: 10, rowsUsed: 9, skipped: { no_customer: { count: 1, rows: [4] } } }, 'en')
 * // ['10 rows read, 9 used.', '1 skipped: no customer (row 4)']
 */
export function healthLines(health: DataHealth, language: Language): string[] {
  const lines = [t(language, 'health.summary', { read: health.rowsRead, used: health.rowsUsed })];
  for (const [reason, entry] of Object.entries(health.skipped) as [SkipReason, { count: number; rows: number[] }][]) {
    if (!entry || entry.count === 0) continue;
    const rows = entry.rows.join(', ') + (entry.count > entry.rows.length ? ', …' : '');
    const key = entry.count === 1 ? 'health.skippedOneRow' : 'health.skipped';
    lines.push(t(language, key, { count: entry.count, reason: t(language, `health.reason.${reason}`), rows }));
  }
  return lines;
}
