/**
 * The report sheet as a grid of values and number formats, computed in memory (no Apps Script
 * here), so the writer makes one setNumberFormats and one setValues call for the whole block.
 *
 * Layout (1-based rows):
 *   1 title · 2 the export recognised and the columns used · 3 data health and reading notes
 *   4 what the cells mean · 5 blank
 *   6 header: Cohort | Customers | 0 | 1 | … n−1
 *   7 … 6+C one row per cohort; cells of periods that had not started at the data's end are blank
 *   7+C weighted average · 8+C blank
 *   9+C … chart data: period k, then one column per recent cohort (the line chart's source), a
 *   block of its own width: a long table does not make it wide (`chartValues`)
 */
import type { CohortTable } from '../../core/cohort';
import { civilFromDay, isoOfDay } from '../../core/days';
import { periodIndex } from '../../core/periods';
import type { Language, Period, WeekStart } from '../../core/types';
import { t } from '../../i18n';
import type { CheckedOptions, ReportMetric } from './options';

export type GridValue = string | number;

/** A block of cells: 1-based top-left corner and size. */
export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ReportGrid {
  /** Rows 1 … the weighted average, as wide as the table. */
  values: GridValue[][];
  formats: string[][];
  /** The chart's data rows from `chart.row`, only as wide as the chart (not padded to the table). */
  chartValues: GridValue[][];
  chartFormats: string[][];
  header: Block;
  /** The cohort cells the heatmap colours. */
  heatmap: Block;
  /** The line chart's data (first row: series names; first column: k). */
  chart: Block;
  chartTitle: string;
}

/** Text cells: '@' keeps them text, so a sheet name like "=1+1" can never become a formula. */
const TEXT = '@';
const FORMATS: Record<ReportMetric, string> = { percent: '0.0%', counts: '#,##0', revenue: '#,##0.00', ltv: '#,##0.00' };
/** How many recent cohorts the chart shows. */
const CHART_COHORTS = 6;

export interface LayoutInput {
  table: CohortTable;
  options: CheckedOptions;
  language: Language;
  sourceSheet: string;
  /** The date range the report covers (day numbers). */
  firstDay: number;
  lastDay: number;
  /** The platform and columns lines (`readingLines`), joined. */
  reading: string;
  health: string;
}

/**
 * The report's cells.
 * @example reportGrid({ table, options, language: 'en', sourceSheet: 'Orders', firstDay, lastDay, health }).values[4]
 *   // ['Cohort', 'Customers', 0, 1, 2]
 */
export function reportGrid(input: LayoutInput): ReportGrid {
  const { table, options, language } = input;
  const n = table.periodsCount;
  const cohorts = table.cohorts;
  const recent = chartCohorts(table);
  const chartPeriods = recent.length ? recent[0].active.length : 0;
  const width = 2 + n;
  const values: GridValue[][] = [];
  const formats: string[][] = [];
  const chartValues: GridValue[][] = [];
  const chartFormats: string[][] = [];
  const pushTo = (target: GridValue[][], targetFormats: string[][], rowWidth: number) => (row: GridValue[], rowFormats: string[]) => {
    while (row.length < rowWidth) row.push('');
    while (rowFormats.length < rowWidth) rowFormats.push(TEXT);
    target.push(row);
    targetFormats.push(rowFormats);
  };
  const push = pushTo(values, formats, width);
  const pushChart = pushTo(chartValues, chartFormats, 1 + recent.length);
  const cellFormat = FORMATS[options.metric];
  const explain = [t(language, `report.explain.${options.metric}`)];
  if (options.mode === 'onOrAfter') explain.push(t(language, 'report.explain.onOrAfter'));
  if (options.includeRefunds) explain.push(t(language, 'report.explain.refunds'));

  push([t(language, 'report.title', { sheet: input.sourceSheet, from: isoOfDay(input.firstDay), to: isoOfDay(input.lastDay) })], []);
  push([input.reading], []);
  push([input.health], []);
  push([explain.join(' ')], []);
  push([], []);
  const headerRow = values.length + 1;
  push(
    [t(language, 'report.header.cohort'), t(language, 'report.header.customers'), ...range(n)],
    [TEXT, TEXT, ...range(n).map(() => '0')],
  );
  for (const cohort of cohorts) {
    const cells = cohortCells(cohort.values, cohort.customers, options.metric);
    push(
      [periodName(cohort.startDay, table.period, options.weekStart, language), cohort.customers, ...cells],
      [TEXT, '#,##0', ...range(n).map(() => cellFormat)],
    );
  }
  const totalCustomers = cohorts.reduce((sum, c) => sum + c.customers, 0);
  const perCustomer = options.metric === 'revenue';
  push(
    [t(language, perCustomer ? 'report.perCustomerAverage' : 'report.weightedAverage'), totalCustomers, ...averageRow(table, options.metric)],
    [TEXT, '#,##0', ...range(n).map(() => (options.metric === 'counts' ? '0.0%' : perCustomer ? FORMATS.ltv : cellFormat))],
  );
  const chartRow = values.length + 2; // after a blank row
  const chartFormat = options.metric === 'revenue' || options.metric === 'ltv' ? cellFormat : '0.0%';
  pushChart(
    [t(language, 'report.chart.period'), ...recent.map((c) => periodName(c.startDay, table.period, options.weekStart, language))],
    [],
  );
  for (let k = 0; k < chartPeriods; k++) {
    pushChart(
      [k, ...recent.map((c) => (k < c.values.length ? chartValue(c.values[k], c.active[k], c.customers, options.metric) : ''))],
      ['0', ...recent.map(() => chartFormat)],
    );
  }
  const heatFrom = n > 1 && options.metric !== 'ltv' ? 1 : 0;
  return {
    values,
    formats,
    chartValues,
    chartFormats,
    header: { row: headerRow, column: 1, numRows: 1, numColumns: 2 + n },
    heatmap: { row: headerRow + 1, column: 3 + heatFrom, numRows: Math.max(1, cohorts.length), numColumns: Math.max(1, n - heatFrom) },
    chart: { row: chartRow, column: 1, numRows: chartPeriods + 1, numColumns: 1 + recent.length },
    chartTitle: t(language, 'report.chart.title', { metric: t(language, `report.metric.${options.metric}`) }),
  };
}

/** The most recent cohorts with at least two periods (a curve needs two points), oldest first. */
function chartCohorts(table: CohortTable): CohortTable['cohorts'] {
  const withCurve = table.cohorts.filter((c) => c.active.length >= 2);
  return (withCurve.length ? withCurve : table.cohorts).slice(-CHART_COHORTS);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}

/** A cohort's cells: the metric per started period; blank after the data's end. */
function cohortCells(cohortValues: number[], customers: number, metric: ReportMetric): GridValue[] {
  return cohortValues.map((v) => (metric === 'percent' ? v / customers : v));
}

function chartValue(value: number, active: number, customers: number, metric: ReportMetric): number {
  return metric === 'revenue' || metric === 'ltv' ? value : active / customers;
}

/**
 * The weighted-average row over the cohorts whose period k has started: retention Σ active / Σ
 * customers (percent and counts), revenue per customer Σ revenue / Σ customers (revenue), and the
 * LTV weighted by cohort size Σ (LTV × customers) / Σ customers (ltv).
 */
function averageRow(table: CohortTable, metric: ReportMetric): number[] {
  if (metric === 'percent' || metric === 'counts') return table.weightedAverage.slice();
  const sums = new Array<number>(table.periodsCount).fill(0);
  const sizes = new Array<number>(table.periodsCount).fill(0);
  for (const c of table.cohorts) {
    c.values.forEach((v, k) => {
      sums[k] += metric === 'ltv' ? v * c.customers : v;
      sizes[k] += c.customers;
    });
  }
  return sums.map((s, k) => s / sizes[k]);
}

/**
 * A period's name in the report: "Dec 2010" (month), "Q4 2010" (quarter), the first day (week, day).
 * @example periodName(dayFromCivil(2010, 12, 1), 'month', 'monday', 'pl') === 'gru 2010'
 */
function periodName(startDay: number, period: Period, weekStart: WeekStart, language: Language): string {
  const { year, month } = civilFromDay(startDay);
  if (period === 'month') return `${t(language, 'report.months').split(' ')[month - 1]} ${year}`;
  if (period === 'quarter') {
    const quarter = periodIndex(startDay, 'quarter', weekStart) - year * 4 + 1;
    return t(language, 'report.quarter', { quarter, year });
  }
  return isoOfDay(startDay);
}
