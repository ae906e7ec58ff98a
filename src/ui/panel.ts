/**
 * A sidebar panel: one task of the sidebar (the cohort report, the weekly e-mail settings, the
 * customer-value action). Sidebar.ts shows the panels as tabs and gives each the same context.
 * Panels write user strings with textContent (never innerHTML) and call the server only through
 * `ctx.call`, with plain data (dates as ISO strings).
 */
export interface PanelContext {
  /** The sidebar's language, and its messages (the server sends the whole catalog). */
  language: string;
  messages: Record<string, string>;
  /** `messages[key]` with `{placeholders}` filled in. */
  t(key: string, params?: Record<string, string | number>): string;
  /** Calls a server function through google.script.run. */
  call<T>(name: string, ...args: unknown[]): Promise<T>;
  /** The state the sidebar got when it opened (spreadsheet name, sheets, …). */
  state: Record<string, unknown>;
}

export interface Panel {
  id: string;
  /** Message key of the tab's label. */
  titleKey: string;
  /** Builds the panel's content inside `container` (when the sidebar opens, and again in a new `container` when the user switches language). */
  render(container: HTMLElement, ctx: PanelContext): void;
}
