/**
 * The sidebar's choices remembered per document (document properties, one JSON value): the order
 * sheet, the user's column corrections, the report options and the language.
 */
import type { ColumnMapping } from '../../core/read/columns';
import type { Language } from '../../core/types';
import type { ReportOptions } from './options';

export const SETTINGS_KEY = 'retention.cohortReport';
/** Properties allow 9 KB per value; the settings stay far below (a sheet name is at most 100 characters). */
const MAX_BYTES = 9 * 1024;

export interface ReportSettings {
  sheetName?: string;
  /** Only the columns the user corrected; the rest is detected again each time. */
  mapping?: Partial<ColumnMapping>;
  options?: Partial<ReportOptions>;
  language?: Language;
}

/** The saved settings, or `{}` when there are none or they cannot be read. */
export function loadSettings(): ReportSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  if (!text) return {};
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as ReportSettings) : {};
  } catch {
    return {};
  }
}

/**
 * Merges `patch` into the saved settings. A value that would pass the property limit drops the
 * column corrections first (they can be chosen again), never the whole record.
 * @example saveSettings({ language: 'pl' })
 */
export function saveSettings(patch: ReportSettings): ReportSettings {
  const next: ReportSettings = { ...loadSettings(), ...patch };
  let text = JSON.stringify(next);
  if (utf8Bytes(SETTINGS_KEY + text) > MAX_BYTES) {
    delete next.mapping;
    text = JSON.stringify(next);
  }
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, text);
  return next;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
