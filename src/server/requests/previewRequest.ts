/**
 * The shape of a `previewOrderSheet` request (the sidebar's column step).
 */
import type { ColumnMapping } from '../../core/read/columns';
import { columnMapping, defined, messageLanguage, optionalText, requestFields, sheetName, MAX_OPTION_TEXT } from './check';

export interface SheetPreviewRequest {
  sheetName: string;
  mapping?: Partial<ColumnMapping>;
  language?: string;
}

/**
 * A clean copy of a preview request: the sheet's name, the column corrections, the language.
 * @example checkPreviewRequest({ sheetName: 'Orders', mapping: { customer: '2' } }) // throws: mapping.customer must be a column
 */
export function checkPreviewRequest(raw: unknown): SheetPreviewRequest {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  return defined({
    sheetName: sheetName(fields.sheetName, language, true) as string,
    mapping: columnMapping(fields.mapping, language),
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
  });
}
