/**
 * The cohort report panel: 1. pick the order sheet; 2. check the detected columns against a
 * preview of the first rows and correct them; 3. choose the options; build. Only the columns the
 * user changed are sent (the server detects the rest), and the server remembers them per document.
 */
import { columnLetters } from '../../core/columnLetters';
import { el, select } from '../dom';
import type { Panel, PanelContext } from '../panel';
import { errorText } from '../server';
import { BigQuerySource } from './bigquery';

const ROLES = ['customer', 'date', 'amount', 'quantity', 'price', 'orderId', 'status', 'refunds', 'currency'] as const;
type Role = (typeof ROLES)[number];
type Mapping = Record<Role, number | null>;

interface Preview {
  sheetName: string;
  rows: number;
  headers: string[];
  mapping: Mapping;
  why: Record<Role, 'header' | 'values' | 'user' | 'missing'>;
  platform: string | null;
  doubts: string[];
  doubtRoles: string[];
  currencies: string[];
  converted: boolean;
  sample: string[][];
}

interface Options {
  period: string;
  weekStart: string;
  metric: string;
  mode: string;
  includeRefunds: boolean;
  from: string;
  to: string;
  currency?: string;
}

interface Settings {
  sheetName?: string;
  mapping?: Partial<Mapping>;
  options?: Partial<Options>;
}

interface Result {
  sheetName: string;
  cohorts: number;
  periods: number;
  used: string[];
  health: string[];
}

export const reportPanel: Panel = {
  id: 'report',
  titleKey: 'report.tab',
  render(container, ctx) {
    new ReportPanel(container, ctx);
  },
};

/** Whether a column the sheet lacks is needed: the customer and the date (without amounts, orders are counted). */
function isNeeded(role: Role): boolean {
  return role === 'customer' || role === 'date';
}

class ReportPanel {
  private readonly settings: Settings;
  private sheetName: string;
  private overrides: Partial<Mapping>;
  private preview: Preview | null = null;
  private readonly platform = el('p', { class: 'platform', id: 'platform' });
  private readonly doubts = el('div', { class: 'warn-box', role: 'note', id: 'doubts' });
  private readonly currency = el('div', { class: 'field', id: 'currency-field' });
  private readonly columns = el('div', { class: 'columns' });
  private readonly sample = el('div', { class: 'sample' });
  private readonly status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly error = el('div', { class: 'error-box', role: 'alert' });
  private readonly build: HTMLButtonElement;
  private readonly form: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  private readonly modes: HTMLInputElement[] = [];
  private readonly bigQuery: BigQuerySource;
  private source: 'sheet' | 'bigquery' = 'sheet';

  constructor(
    container: HTMLElement,
    private readonly ctx: PanelContext,
  ) {
    const state = ctx.state as { activeSheetName: string; sheetNames: string[]; settings: Settings; defaultWeekStart: string };
    this.settings = state.settings ?? {};
    const remembered = this.settings.sheetName && state.sheetNames.includes(this.settings.sheetName) ? this.settings.sheetName : null;
    this.sheetName = remembered ?? (state.sheetNames.includes(state.activeSheetName) ? state.activeSheetName : state.sheetNames[0]);
    this.overrides = remembered ? { ...(this.settings.mapping ?? {}) } : {};
    const t = ctx.t;

    const sheet = select('sheet', state.sheetNames.map((name) => [name, name]), this.sheetName);
    sheet.setAttribute('aria-labelledby', 'sheet-heading');
    sheet.addEventListener('change', () => {
      this.sheetName = sheet.value;
      this.overrides = {};
      this.loadPreview();
    });
    this.build = el('button', { type: 'button', class: 'primary', id: 'build' }, t('report.build'));
    this.build.addEventListener('click', () => this.runBuild());

    this.bigQuery = new BigQuerySource(ctx, (message) => this.showError(message), () => ({ ...this.options() }));
    const sheetPart = el(
      'div',
      { id: 'sheet-source' },
      el('h2', { id: 'sheet-heading' }, t('report.step.sheet')),
      sheet,
      el('h2', {}, t('report.step.columns')),
      el('p', { class: 'muted' }, t('report.columns.help')),
      this.platform,
      this.doubts,
      this.columns,
      this.sample,
    );
    this.bigQuery.element.hidden = true;
    const sources = (['sheet', 'bigquery'] as const).map((source) => {
      const input = el('input', { type: 'radio', name: 'source', value: source, id: `source-${source}` });
      input.checked = source === 'sheet';
      input.addEventListener('change', () => {
        this.source = source;
        sheetPart.hidden = source !== 'sheet';
        this.bigQuery.element.hidden = source !== 'bigquery';
        this.currency.hidden = source !== 'sheet' || this.currency.childElementCount === 0;
        this.showError(null);
      });
      return el('label', { class: 'choice', for: `source-${source}` }, input, t(source === 'sheet' ? 'bigquery.source.sheet' : 'bigquery.source.table'));
    });
    container.append(
      el('fieldset', { id: 'source' }, el('legend', {}, t('bigquery.source')), ...sources),
      sheetPart,
      this.bigQuery.element,
      el('h2', {}, t('report.step.options')),
      this.optionsForm(state.defaultWeekStart),
      this.currency,
      this.build,
      this.error,
      this.status,
    );
    this.error.hidden = true;
    this.doubts.hidden = true;
    this.currency.hidden = true;
    this.loadPreview();
  }

  private async loadPreview(): Promise<void> {
    const t = this.ctx.t;
    this.columns.replaceChildren(el('p', { class: 'muted' }, t('report.loadingColumns')));
    this.sample.replaceChildren();
    this.showError(null);
    try {
      this.preview = await this.ctx.call<Preview>('previewOrderSheet', {
        sheetName: this.sheetName,
        mapping: this.overrides,
        language: this.ctx.language,
      });
      this.renderColumns();
    } catch (error) {
      this.preview = null;
      this.columns.replaceChildren();
      this.showError(errorText(error));
    }
  }

  /** One select per role, with why the column was chosen, then the first rows. */
  private renderColumns(): void {
    const preview = this.preview;
    if (!preview) return;
    const t = this.ctx.t;
    const choices: [string, string][] = [['', t('report.column.none')]];
    preview.headers.forEach((header, i) => choices.push([String(i), `${columnLetters(i + 1)} · ${header || '…'}`]));
    this.platform.textContent = preview.platform ? t('reading.platform', { platform: preview.platform }) : t('reading.noPlatform');
    this.doubts.hidden = preview.doubts.length === 0;
    this.doubts.replaceChildren(...preview.doubts.map((line) => el('p', {}, line)));
    this.renderCurrency(preview);
    const rows = ROLES.map((role) => {
      const current = preview.mapping[role];
      const source = preview.why[role] === 'missing' && !isNeeded(role) ? 'optional' : preview.why[role];
      const doubtful = preview.doubtRoles.includes(role) && preview.why[role] !== 'user';
      const id = `column-${role}`;
      const chooser = select(id, choices, current === null ? '' : String(current));
      const why = el('small', { class: `why why-${source}${doubtful ? ' why-doubt' : ''}`, id: `${id}-why` }, t(`report.why.${source}`), doubtful ? ` · ${t('report.why.doubt')}` : '');
      chooser.setAttribute('aria-describedby', why.id);
      chooser.addEventListener('change', () => {
        const value = chooser.value === '' ? null : Number(chooser.value);
        this.overrides[role] = value;
        preview.mapping[role] = value;
        preview.why[role] = 'user';
        this.renderColumns();
        (document.getElementById(id) as HTMLSelectElement | null)?.focus();
      });
      return el('div', { class: 'role' }, el('label', { for: id }, t(`report.role.${role}`)), chooser, why);
    });
    this.columns.replaceChildren(...rows);
    this.renderSample(preview);
  }

  /** A currency choice when the sample holds several currencies and the export has no converted amounts. */
  private renderCurrency(preview: Preview): void {
    const t = this.ctx.t;
    const several = preview.currencies.length > 1 && !preview.converted;
    this.currency.hidden = !several;
    if (!several) {
      this.currency.replaceChildren();
      return;
    }
    const saved = this.settings.options?.currency;
    const chooser = select('currency', preview.currencies.map((code) => [code, code]), saved && preview.currencies.includes(saved) ? saved : preview.currencies[0]);
    this.currency.replaceChildren(el('label', { for: 'currency' }, t('report.currency')), chooser, el('small', { class: 'muted' }, t('report.currency.help')));
  }

  /** The first rows, in a scrollable table; mapped columns are marked with their role. */
  private renderSample(preview: Preview): void {
    const t = this.ctx.t;
    const roleOf = new Map<number, string>();
    for (const role of ROLES) {
      const index = preview.mapping[role];
      if (index !== null) roleOf.set(index, t(`report.role.${role}`));
    }
    const head = el('tr', {}, ...preview.headers.map((header, i) =>
      el('th', { scope: 'col', class: roleOf.has(i) ? 'mapped' : undefined },
        `${columnLetters(i + 1)} ${header}`,
        roleOf.has(i) ? el('span', { class: 'tag' }, roleOf.get(i)) : null,
      ),
    ));
    const body = preview.sample.map((row) =>
      el('tr', {}, ...preview.headers.map((_, i) => el('td', { class: roleOf.has(i) ? 'mapped' : undefined }, row[i] ?? ''))),
    );
    const caption = t('report.preview.caption', { sheet: preview.sheetName, rows: preview.rows.toLocaleString(this.ctx.language) });
    this.sample.replaceChildren(
      el('p', { class: 'muted', id: 'sample-caption' }, caption),
      el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'sample-caption' },
        el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)),
      ),
    );
  }

  private optionsForm(defaultWeekStart: string): HTMLElement {
    const t = this.ctx.t;
    const saved = this.settings.options ?? {};
    const field = (id: string, labelKey: string, control: HTMLElement) =>
      el('div', { class: 'field' }, el('label', { for: id }, t(labelKey)), control);
    const period = select('period', ['week', 'month', 'quarter'].map((p) => [p, t(`report.period.${p}`)]), saved.period ?? 'month');
    const weekStart = select('weekStart', ['monday', 'sunday'].map((d) => [d, t(`report.weekStart.${d}`)]), saved.weekStart || defaultWeekStart);
    const metric = select('metric', ['percent', 'counts', 'revenue', 'ltv'].map((m) => [m, t(`report.metric.${m}`)]), saved.metric ?? 'percent');
    const weekField = field('weekStart', 'report.weekStart', weekStart);
    const showWeek = () => (weekField.hidden = period.value !== 'week');
    period.addEventListener('change', showWeek);
    showWeek();
    const radios = ['on', 'onOrAfter'].map((mode) => {
      const input = el('input', { type: 'radio', name: 'mode', value: mode, id: `mode-${mode}` });
      input.checked = (saved.mode ?? 'on') === mode;
      this.modes.push(input);
      return el('label', { class: 'choice', for: `mode-${mode}` }, input, t(`report.mode.${mode}`));
    });
    const refunds = el('input', { type: 'checkbox', id: 'includeRefunds' });
    refunds.checked = saved.includeRefunds === true;
    const from = el('input', { type: 'date', id: 'from', value: saved.from ?? '' });
    const to = el('input', { type: 'date', id: 'to', value: saved.to ?? '' });
    Object.assign(this.form, { period, weekStart, metric, includeRefunds: refunds, from, to });
    return el(
      'div',
      { class: 'options' },
      field('period', 'report.period', period),
      weekField,
      field('metric', 'report.metric', metric),
      el('fieldset', {}, el('legend', {}, t('report.mode')), ...radios),
      el('label', { class: 'choice', for: 'includeRefunds' }, refunds, t('report.includeRefunds')),
      el('div', { class: 'dates' }, field('from', 'report.from', from), field('to', 'report.to', to)),
      el('p', { class: 'muted' }, t('report.range.help')),
    );
  }

  private options(): Options {
    const mode = this.modes.find((input) => input.checked);
    return {
      period: this.form.period.value,
      weekStart: this.form.weekStart.value,
      metric: this.form.metric.value,
      mode: mode ? mode.value : 'on',
      includeRefunds: (this.form.includeRefunds as HTMLInputElement).checked,
      from: this.form.from.value,
      to: this.form.to.value,
      ...(this.currency.hidden || this.source !== 'sheet' ? {} : { currency: (document.getElementById('currency') as HTMLSelectElement).value }),
    };
  }

  private async runBuild(): Promise<void> {
    const t = this.ctx.t;
    this.showError(null);
    this.build.disabled = true;
    this.status.setAttribute('aria-busy', 'true');
    const rows = this.preview ? this.preview.rows.toLocaleString(this.ctx.language) : '…';
    const steps = el('ol', { class: 'steps' },
      el('li', {}, this.source === 'bigquery' ? t('bigquery.run') : t('report.progress.read', { rows, sheet: this.sheetName })),
      el('li', {}, t('report.progress.compute')),
      el('li', {}, t('report.progress.write')),
    );
    const elapsed = el('p', { class: 'muted' }, t('report.progress.elapsed', { seconds: 0 }));
    this.status.replaceChildren(el('p', { class: 'busy' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), t('report.progress.title')), steps, elapsed);
    const started = Date.now();
    const timer = setInterval(() => {
      elapsed.textContent = t('report.progress.elapsed', { seconds: Math.round((Date.now() - started) / 1000) });
    }, 1000);
    try {
      const result =
        this.source === 'bigquery'
          ? await this.ctx.call<Result>('buildBigQueryReport', this.bigQuery.request())
          : await this.ctx.call<Result>('buildCohortReport', {
              sheetName: this.sheetName,
              mapping: this.overrides,
              options: this.options(),
              language: this.ctx.language,
            });
      this.status.replaceChildren(
        el('p', { class: 'done' }, t('report.done', { sheet: result.sheetName, cohorts: result.cohorts, periods: result.periods })),
        ...result.used.map((line) => el('p', { class: 'muted' }, line)),
        ...result.health.map((line) => el('p', { class: 'muted' }, line)),
      );
    } catch (error) {
      this.status.replaceChildren();
      this.showError(errorText(error));
    } finally {
      clearInterval(timer);
      this.status.removeAttribute('aria-busy');
      this.build.disabled = false;
    }
  }

  private showError(message: string | null): void {
    this.error.hidden = message === null;
    this.error.textContent = message ?? '';
  }
}
