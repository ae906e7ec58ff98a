/**
 * The report panel's "a BigQuery table" source: the billing project and the table, its columns
 * (read from the table's schema with getBigQueryColumns, each role a choice among them), and the
 * dry run's cost. The report panel builds with `request()` as it builds from a sheet.
 */
import { el, select } from '../dom';
import type { PanelContext } from '../panel';
import { errorText } from '../server';

const ROLES = ['customer', 'date', 'amount', 'quantity', 'price', 'order'] as const;
type Role = (typeof ROLES)[number];

interface Columns {
  table: string;
  location: string;
  fields: { name: string; type: string }[];
  chosen: Partial<Record<Role, string>>;
}

/** The BigQuery part of the report panel. */
export class BigQuerySource {
  readonly element: HTMLElement;
  private readonly project = el('input', { type: 'text', id: 'bq-project', autocomplete: 'off', spellcheck: 'false' });
  private readonly table = el('input', { type: 'text', id: 'bq-table', autocomplete: 'off', spellcheck: 'false' });
  private readonly columns = el('div', { class: 'columns', id: 'bq-columns' });
  private readonly estimate = el('p', { class: 'muted', id: 'bq-estimate', role: 'status', 'aria-live': 'polite' });
  private choice: Partial<Record<Role, string>> = {};

  constructor(
    private readonly ctx: PanelContext,
    private readonly showError: (message: string | null) => void,
    private readonly options: () => Record<string, unknown>,
  ) {
    const t = ctx.t;
    const field = (id: string, labelKey: string, hintKey: string, control: HTMLElement) =>
      el('div', { class: 'field' }, el('label', { for: id }, t(labelKey)), control, el('small', { class: 'muted hint', id: `${id}-hint` }, t(hintKey)));
    this.project.setAttribute('aria-describedby', 'bq-project-hint');
    this.table.setAttribute('aria-describedby', 'bq-table-hint');
    const load = el('button', { type: 'button', id: 'bq-load' }, t('bigquery.loadColumns'));
    load.addEventListener('click', () => this.loadColumns());
    const dryRun = el('button', { type: 'button', id: 'bq-dry-run' }, t('bigquery.dryRun'));
    dryRun.addEventListener('click', () => this.dryRun());
    this.element = el(
      'div',
      { id: 'bq-source' },
      field('bq-project', 'bigquery.project', 'bigquery.projectHint', this.project),
      field('bq-table', 'bigquery.table', 'bigquery.tableHint', this.table),
      load,
      this.columns,
      dryRun,
      this.estimate,
    );
  }

  /** The request for getBigQueryColumns, estimateBigQueryReport and buildBigQueryReport. */
  request(): Record<string, unknown> {
    return { project: this.project.value, table: this.table.value, columns: this.choice, options: this.options(), language: this.ctx.language };
  }

  private async loadColumns(): Promise<void> {
    this.showError(null);
    try {
      const columns = await this.ctx.call<Columns>('getBigQueryColumns', this.request());
      this.renderColumns(columns);
    } catch (error) {
      this.columns.replaceChildren();
      this.showError(errorText(error));
    }
  }

  /** One choice per role among the table's columns; the chosen ones are sent by name. */
  private renderColumns(columns: Columns): void {
    const t = this.ctx.t;
    const choices: [string, string][] = [['', t('report.column.none')], ...columns.fields.map((f): [string, string] => [f.name, `${f.name} · ${f.type}`])];
    this.choice = { ...columns.chosen };
    const rows = ROLES.map((role) => {
      const id = `bq-column-${role}`;
      const chooser = select(id, choices, columns.chosen[role] ?? '');
      chooser.addEventListener('change', () => {
        if (chooser.value === '') delete this.choice[role];
        else this.choice[role] = chooser.value;
      });
      return el('div', { class: 'role' }, el('label', { for: id }, t(`report.role.${role === 'order' ? 'orderId' : role}`)), chooser);
    });
    this.columns.replaceChildren(el('p', { class: 'muted' }, columns.table, ' · ', columns.location), ...rows);
  }

  private async dryRun(): Promise<void> {
    this.showError(null);
    this.estimate.textContent = '…';
    try {
      const estimate = await this.ctx.call<{ text: string }>('estimateBigQueryReport', this.request());
      this.estimate.textContent = estimate.text;
    } catch (error) {
      this.estimate.textContent = '';
      this.showError(errorText(error));
    }
  }
}
