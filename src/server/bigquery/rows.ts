/**
 * Query results as BigQuery's REST API gives them (`schema.fields`, `rows[].f[].v`, every value a
 * string or null) turned into plain values by each field's type.
 */

/** A REST table schema field. */
export interface SchemaField {
  name: string;
  type: string;
  mode?: string;
}

/** A REST result row. */
export interface TableRow {
  f: { v: unknown }[];
}

/** A converted value: numbers for the numeric types and TIMESTAMP (epoch ms), text for the rest, null for NULL. */
export type QueryValue = string | number | boolean | null;

const NUMERIC = new Set(['INTEGER', 'INT64', 'FLOAT', 'FLOAT64', 'NUMERIC', 'BIGNUMERIC']);

/**
 * One cell by its field's type: INT64 (a decimal string) and FLOAT64/NUMERIC become numbers,
 * BOOL a boolean, TIMESTAMP (seconds since the epoch, e.g. "1.7040672E9") epoch milliseconds;
 * DATE, DATETIME, STRING stay text. An integer beyond 2^53 is refused, not rounded.
 * @example cellValue({ v: '42' }, { name: 'n', type: 'INT64' }) === 42
 */
export function cellValue(cell: { v: unknown }, field: SchemaField): QueryValue {
  const v = cell.v;
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new Error(`BigQuery value of ${field.name} is not a string: ${JSON.stringify(v)}`);
  if (NUMERIC.has(field.type)) {
    const n = Number(v);
    if (!Number.isFinite(n) || ((field.type === 'INTEGER' || field.type === 'INT64') && !Number.isSafeInteger(n))) {
      throw new Error(`BigQuery value of ${field.name} is not a number JavaScript holds exactly: ${v}`);
    }
    return n;
  }
  if (field.type === 'BOOLEAN' || field.type === 'BOOL') return v === 'true';
  if (field.type === 'TIMESTAMP') return Math.round(Number(v) * 1000);
  return v;
}

/**
 * The rows as objects keyed by field name.
 * @example rowObjects([{ name: 'cohort', type: 'STRING' }, { name: 'active', type: 'INT64' }], [{ f: [{ v: '2024-01' }, { v: '3' }] }]) // [{ cohort: '2024-01', active: 3 }]
 */
export function rowObjects(fields: readonly SchemaField[], rows: readonly TableRow[]): Record<string, QueryValue>[] {
  return rows.map((row) => {
    if (row.f.length !== fields.length) throw new Error(`BigQuery row has ${row.f.length} values for ${fields.length} fields`);
    const out: Record<string, QueryValue> = {};
    fields.forEach((field, i) => (out[field.name] = cellValue(row.f[i], field)));
    return out;
  });
}
