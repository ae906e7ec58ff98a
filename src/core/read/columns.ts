/** The roles a column can play in an order sheet. */
export type ColumnRole = 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'orderId';

/** 0-based column index of each role, `null` when the sheet has no such column. */
export type ColumnMapping = Record<ColumnRole, number | null>;
