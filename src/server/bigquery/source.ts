/**
 * From the sidebar's billing project, table and column choice to what the query builder needs:
 * the table's full name, its location, and the columns (the user's, else found from the column
 * names by the core's detection, and a table's only date-typed column as its date), checked
 * against the schema's types.
 */
import { detectColumns } from '../../core/read/columns';
import type { SqlColumns } from '../../core/sql';
import type { Language } from '../../core/types';
import { UserError } from '../errors';
import { t } from '../../i18n';
import type { ErrorContext } from './errors';
import { tableInfo, type TableInfo, type TableRef } from './jobs';
import type { BigQueryColumnChoice, BigQuerySource } from './request';

const PROJECT = /^[a-z][a-z0-9.:-]{4,62}[a-z0-9]$/;
const PART = /^[A-Za-z0-9_$-]{1,1024}$/;
const DATE_TYPES: Record<string, SqlColumns['dateKind']> = { TIMESTAMP: 'timestamp', DATETIME: 'date', DATE: 'date' };
const NUMBER_TYPES = new Set(['INTEGER', 'INT64', 'FLOAT', 'FLOAT64', 'NUMERIC', 'BIGNUMERIC']);

/** A resolved source: the table, its schema and location, and the names messages use. */
export interface ResolvedSource {
  ref: TableRef;
  /** `project.dataset.table`. */
  fullName: string;
  info: TableInfo;
  location: string;
  context: ErrorContext;
}

/**
 * The table of a source, read with Tables.get; refuses an ill-formed project or table name.
 * @example resolveSource({ project: 'my-shop-123', table: 'sales.orders' }, 'en').fullName === 'my-shop-123.sales.orders'
 */
export function resolveSource(source: BigQuerySource, language: Language): ResolvedSource {
  const project = source.project.trim();
  if (!PROJECT.test(project)) throw new UserError('bigquery.error.badProject', { project: source.project }, language);
  const parts = source.table.trim().replace(/^`|`$/g, '').split('.');
  // A project id may hold a dot (a domain-scoped project, "example.com:shop"): the last two parts are the dataset and the table.
  if (parts.length < 2 || !parts.slice(-2).every((part) => PART.test(part))) throw new UserError('bigquery.error.badTable', { table: source.table }, language);
  const ref = { projectId: parts.length === 2 ? project : parts.slice(0, -2).join('.'), datasetId: parts[parts.length - 2], tableId: parts[parts.length - 1] };
  const fullName = `${ref.projectId}.${ref.datasetId}.${ref.tableId}`;
  const context = { project, table: fullName };
  const info = tableInfo(ref, context, language);
  return { ref, fullName, info, location: source.location?.trim() || info.location, context };
}

/**
 * The columns for the query: the user's choice by name, the rest detected from the names.
 * @example chosenColumns(source, {}, 'en') // { customer: 'email', date: 'created_at', dateKind: 'timestamp', amount: 'total', order: 'order_id' }
 */
export function chosenColumns(source: ResolvedSource, choice: BigQueryColumnChoice, language: Language): SqlColumns {
  const { fields } = source.info;
  const names = fields.map((f) => f.name);
  const list = names.join(', ');
  const typeOf = (name: string) => {
    const field = fields.find((f) => f.name === name);
    if (!field) throw new UserError('bigquery.error.unknownColumn', { table: source.fullName, column: name, columns: list }, language);
    return field.type;
  };
  const detected = detectColumns(names, []).mapping;
  // The schema says more than a sheet's header: a table with one date-typed column has its date there.
  const dateTyped = fields.flatMap((f, i) => (DATE_TYPES[f.type] !== undefined ? [i] : []));
  if (detected.date === null && dateTyped.length === 1) detected.date = dateTyped[0];
  const pick = (role: keyof BigQueryColumnChoice, index: number | null): string | undefined => {
    const wanted = choice[role]?.trim();
    if (wanted) return typeOf(wanted) && wanted;
    return index === null ? undefined : names[index];
  };
  const require = (role: 'customer' | 'date', name: string | undefined): string => {
    if (name === undefined) throw new UserError('bigquery.error.noColumn', { role: t(language, `reading.role.${role}`), table: source.fullName, columns: list }, language);
    return name;
  };
  const numeric = (name: string | undefined) => {
    if (name !== undefined && !NUMBER_TYPES.has(typeOf(name))) throw new UserError('bigquery.error.amountType', { column: name, type: typeOf(name) }, language);
    return name;
  };
  const customer = require('customer', pick('customer', detected.customer));
  const date = require('date', pick('date', detected.date));
  const dateKind = DATE_TYPES[typeOf(date)];
  if (dateKind === undefined) throw new UserError('bigquery.error.dateType', { column: date, type: typeOf(date) }, language);
  const amount = numeric(pick('amount', detected.amount));
  const quantity = amount === undefined ? numeric(pick('quantity', detected.quantity)) : undefined;
  const price = amount === undefined ? numeric(pick('price', detected.price)) : undefined;
  if (amount === undefined && (quantity === undefined || price === undefined)) {
    throw new UserError('bigquery.error.noColumn', { role: t(language, 'reading.role.amount'), table: source.fullName, columns: list }, language);
  }
  const order = pick('order', detected.orderId);
  return { customer, date, dateKind, ...(amount !== undefined ? { amount } : { quantity, price }), ...(order !== undefined ? { order } : {}) };
}
