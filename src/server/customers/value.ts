/**
 * The Customers sheet's P(alive) and predicted CLV columns: present when the document holds the
 * customer-value model the sidebar fitted on the same order sheet (src/server/clv/store.ts), each
 * customer counted to the Customers sheet's as-of day in the model's periods and predicted by the
 * core's BG/NBD and Gamma-Gamma formulas (src/core/clv/customerValue.ts); absent otherwise, with the
 * reason in the sheet's header note (docs/CUSTOMERS.md).
 */
import { customerValues, summarizeCustomers, type CustomerValues } from '../../core/clv';
import type { OrderTable } from '../../core/types';
import { maxCustomers } from '../clv/build';
import { loadModel, type StoredModel } from '../clv/store';

export type CustomerValueState =
  | { kind: 'model'; model: StoredModel; values: CustomerValues }
  /** No model, or one fitted on another order sheet. */
  | { kind: 'none' }
  /** More customers than the model predicts in one run at its horizon. */
  | { kind: 'tooMany'; model: StoredModel; customers: number; max: number };

/**
 * The value columns of the order sheet `orderSheet`'s customers as of `asOfDay`.
 * @example customerValueState(table, asOfDay, 'Orders', 8).kind // 'model' after "Customer value" on Orders
 */
export function customerValueState(table: OrderTable, asOfDay: number, orderSheet: string, listed: number): CustomerValueState {
  const model = loadModel();
  if (!model || model.orderSheet !== orderSheet) return { kind: 'none' };
  const max = maxCustomers(model.horizonMonths);
  if (listed > max) return { kind: 'tooMany', model, customers: listed, max };
  const summary = summarizeCustomers({ customer: table.customer, day: table.day, amount: table.amount }, { unit: model.unit, observationEndDay: asOfDay });
  const options = { unit: model.unit, horizonMonths: model.horizonMonths, monthlyDiscount: model.monthlyDiscount };
  return { kind: 'model', model, values: customerValues(summary, table.customerIds.length, model.bgnbd, model.gammaGamma, options) };
}
