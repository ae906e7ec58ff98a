/**
 * Delimited text (CSV, TSV, whitespace-separated) -> SheetData, converting each field as Sheets'
 * import does (see convert.ts).
 */
import Papa from 'papaparse';
import type { SheetData, StoredValue } from '../sheetData';
import { decimalSeparator, makeConverter, Styled } from './convert';
import { SeparatorCheck } from './separators';

export interface ImportOptions {
  /** Sheets locale: 'en_US', 'en_GB', 'pl_PL', 'ru_RU', 'ro_RO', 'da_DK'. */
  locale: string;
  /** XLSX sheet name (ignored for text files). */
  sheet?: string;
  /** Called every 10,000 rows and once at the end with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

export interface TextImportOptions extends ImportOptions {
  /**
   * The field separator. `'whitespace'` splits on runs of spaces and tabs (CDNOW's master file).
   * Omitted: guessed from the text among ',', ';', tab and '|', as Sheets' "Detect automatically".
   */
  delimiter?: string;
  /** The sheet's name (default 'Sheet1'). */
  name?: string;
}

const PROGRESS_EVERY = 10_000;

/**
 * Parses delimited text into one sheet, converting fields as Sheets' import does in the locale.
 * Handles quoted fields with delimiters and newlines inside, a UTF-8 BOM and CRLF line ends.
 * Empty lines stay as empty rows, except at the end of the text. The sheet is in the lean form
 * (`values`, plus `valueStyles` for percentages; see sheetData.ts). A file whose lines mix ','
 * and ';' is refused with the line numbers of each (separators.ts).
 * @example
 * importDelimitedText('name;total\nAnna;"1 234,50"\n', { locale: 'pl_PL' }).values
 * // [['name', 'total'], ['Anna', 1234.5]]
 */
export function importDelimitedText(text: string, options: TextImportOptions): SheetData {
  const convert = makeConverter(options.locale);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const values: StoredValue[][] = [];
  const valueStyles: NonNullable<SheetData['valueStyles']> = [];
  const addRow = (fields: string[]): void => {
    const row: StoredValue[] = fields.length === 1 && fields[0] === '' ? [] : new Array(fields.length);
    for (let column = 0; column < row.length; column++) {
      const converted = convert(fields[column]);
      if (converted instanceof Styled) {
        row[column] = converted.value;
        valueStyles.push({ row: values.length, column, style: converted.style });
      } else {
        row[column] = converted;
      }
    }
    values.push(row);
    if (options.onProgress && values.length % PROGRESS_EVERY === 0) options.onProgress(values.length);
  };
  if (options.delimiter === 'whitespace') {
    for (const line of body.split(/\r?\n|\r/)) addRow(line.trim() === '' ? [''] : line.trim().split(/[ \t]+/));
  } else {
    const delimiter = options.delimiter ?? guessDelimiter(body, options.locale);
    const separators = SeparatorCheck.appliesTo(delimiter) ? new SeparatorCheck(delimiter, body) : null;
    let start = 0;
    Papa.parse<string[]>(body, {
      delimiter,
      step: (result) => {
        if (result.errors.some((e) => e.code === 'MissingQuotes')) {
          throw new Error(
            `Row ${values.length + 1} opens a quote (") that is never closed, so the rest of the file ` +
              'would run together into one cell. Fix the quote in that row and try again.',
          );
        }
        addRow(result.data);
        separators?.row(result.data, start);
        start = result.meta.cursor;
      },
    });
    const mixed = separators?.message();
    if (mixed) throw new Error(mixed);
  }
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  options.onProgress?.(values.length);
  const sheet: SheetData = { name: options.name ?? 'Sheet1', cells: [], values };
  if (valueStyles.length > 0) sheet.valueStyles = valueStyles;
  return sheet;
}

/**
 * Sheets' "Detect automatically": the separator that splits the first lines into the same number
 * (more than one) of fields. Where the decimal separator is a comma, ';' wins a tie with ','
 * ("a;1,5" splits evenly both ways, and is a semicolon file). When none splits them evenly: ','
 * when it splits the header row, else the separator that splits the header into the most fields
 * (so a ';' file with ',' lines among them is named as mixed by SeparatorCheck, not read as one column).
 */
function guessDelimiter(body: string, locale: string): string {
  const candidates = decimalSeparator(locale) === ',' ? [';', '\t', ',', '|'] : [',', ';', '\t', '|'];
  const sample = body.slice(0, 64 * 1024);
  let best = ',';
  let bestFields = 1;
  let widestHeader = ',';
  let widestHeaderFields = 1;
  let commaHeaderFields = 1;
  for (const delimiter of candidates) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 20, skipEmptyLines: true }).data;
    // The last line of a cut sample may be cut too.
    const whole = sample.length < body.length && rows.length > 1 ? rows.slice(0, -1) : rows;
    const fields = whole.length > 0 ? whole[0].length : 1;
    if (fields > bestFields && whole.every((r) => r.length === fields)) {
      best = delimiter;
      bestFields = fields;
    }
    if (delimiter === ',') commaHeaderFields = fields;
    if (fields > widestHeaderFields) {
      widestHeader = delimiter;
      widestHeaderFields = fields;
    }
  }
  return bestFields > 1 || commaHeaderFields > 1 ? best : widestHeader;
}
