/**
 * The "Customer value" panel: the order sheet, the model period, an optional calibration end (a
 * holdout that tests the model), the data end, the CLV horizon and the monthly discount. "Predict
 * customer value" calls buildCustomerValue, which writes the "Customer predictions" sheet; the
 * panel then shows the result's notes, the segment counts and the customers of highest value.
 */
import { el, select } from '../dom';
import type { Panel, PanelContext } from '../panel';
import { errorText } from '../server';

/** What buildCustomerValue returns (src/server/clv/build.ts). */
interface CustomerValueResult {
  sheetName: string;
  customers: number;
  segments: { best: number; growing: number; atRisk: number; gone: number };
  top: { id: string; predictedClv: number; pAlive: number; segment: string }[];
  notes: string[];
  /** Warnings about a degenerate fit (parameters on a bound, spend not modelled). */
  warnings: string[];
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function input(id: string, type: string, value = '', extra: Record<string, string | number> = {}): HTMLInputElement {
  const node = el('input', { id, type, style: 'width:100%;box-sizing:border-box;font:inherit', ...extra });
  node.value = value;
  return node;
}

/** The result as text nodes: done line, warnings, notes, segments, top customers. */
function resultView(ctx: PanelContext, result: CustomerValueResult): HTMLElement {
  const { t } = ctx;
  const number = (x: number) => x.toLocaleString(ctx.language, { maximumFractionDigits: 2 });
  const s = result.segments;
  const segments = [
    `${t('clv.segment.best')}: ${s.best}`,
    `${t('clv.segment.growing')}: ${s.growing}`,
    `${t('clv.segment.atRisk')}: ${s.atRisk}`,
    `${t('clv.segment.gone')}: ${s.gone}`,
  ].join(' · ');
  const list = el('ol', { id: 'value-top' });
  for (const c of result.top) list.append(el('li', {}, `${c.id}: ${number(c.predictedClv)} (${c.segment})`));
  return el(
    'div',
    { id: 'value-result' },
    el('p', {}, t('clv.done', { customers: result.customers, sheet: result.sheetName })),
    ...(result.warnings ?? []).map((warning) =>
      el('p', { class: 'value-warning', role: 'note', style: 'border-left:3px solid var(--error);padding-left:6px' }, warning),
    ),
    ...result.notes.map((note) => el('p', { class: 'muted' }, note)),
    el('p', {}, segments),
    el('h2', {}, t('clv.top')),
    list,
  );
}

export const valuePanel: Panel = {
  id: 'value',
  titleKey: 'clv.tab',
  render(container: HTMLElement, ctx: PanelContext): void {
    const { t } = ctx;
    const sheetNames = (ctx.state.sheetNames as string[] | undefined) ?? [];
    const active = String(ctx.state.activeSheetName ?? sheetNames[0] ?? '');
    const sheet = select('value-sheet', sheetNames.map((n) => [n, n]), active);
    const period = select('value-period', [['week', t('clv.period.week')], ['day', t('clv.period.day')]], 'week');
    const calibrationEnd = input('value-calibration-end', 'date');
    const observationEnd = input('value-observation-end', 'date');
    const horizon = input('value-horizon', 'number', '12', { min: 1, max: 120, step: 1 });
    const discount = input('value-discount', 'number', '1', { min: 0, max: 100, step: 0.1 });
    const button = el('button', { type: 'button', id: 'value-build', class: 'primary' }, t('clv.build'));
    const status = el('p', { id: 'value-status', class: 'status', role: 'status' });
    const error = el('p', { id: 'value-error', class: 'error-box', role: 'alert', hidden: true });
    const output = el('div', { id: 'value-output' });

    button.addEventListener('click', async () => {
      error.hidden = true;
      output.replaceChildren();
      status.textContent = t('clv.working');
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      try {
        const result = await ctx.call<CustomerValueResult>('buildCustomerValue', {
          sheetName: sheet.value,
          period: period.value,
          calibrationEnd: calibrationEnd.value,
          observationEnd: observationEnd.value,
          horizonMonths: horizon.value === '' ? undefined : Number(horizon.value),
          monthlyDiscount: discount.value === '' ? undefined : Number(discount.value) / 100,
        });
        status.textContent = '';
        output.replaceChildren(resultView(ctx, result));
      } catch (e) {
        status.textContent = '';
        error.textContent = errorText(e);
        error.hidden = false;
      } finally {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      }
    });

    container.replaceChildren(
      el('p', { class: 'muted' }, t('clv.intro')),
      field('value-sheet', t('clv.orderSheet'), sheet),
      field('value-period', t('clv.period'), period),
      field('value-calibration-end', t('clv.calibrationEnd'), calibrationEnd),
      field('value-observation-end', t('clv.observationEnd'), observationEnd),
      el('div', { class: 'dates', style: 'align-items:end' }, field('value-horizon', t('clv.horizon'), horizon), field('value-discount', t('clv.discount'), discount)),
      button,
      status,
      error,
      output,
    );
  },
};
