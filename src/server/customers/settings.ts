/**
 * The Customers sheet's request remembered per document (document property, one JSON value), so a
 * campaign list is made with the same sheet, columns, tiers and answers as the Customers sheet.
 */
import type { CustomersRequest } from './options';

export const CUSTOMERS_SETTINGS_KEY = 'retention.customers';

/** The saved request, or null when the Customers sheet was never built here (or it cannot be read). */
export function loadCustomerSettings(): CustomersRequest | null {
  const text = PropertiesService.getDocumentProperties().getProperty(CUSTOMERS_SETTINGS_KEY);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' && typeof parsed.sheetName === 'string' ? (parsed as CustomersRequest) : null;
  } catch {
    return null;
  }
}

/**
 * Remembers the request (without the runner's `withJson`).
 * @example saveCustomerSettings({ sheetName: 'Orders', tiers: 'Member:0,Gold:1000' })
 */
export function saveCustomerSettings(request: CustomersRequest): void {
  const { withJson: _ignored, ...kept } = request;
  PropertiesService.getDocumentProperties().setProperty(CUSTOMERS_SETTINGS_KEY, JSON.stringify(kept));
}
