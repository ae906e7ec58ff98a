/**
 * `retention cohort FILE [options] [--json] [--out report.xlsx]`: the sidebar's cohort report, run
 * in the local host through the same server function (`buildCohortReport`, called as the sidebar
 * calls it). Prints docs/RUNNER.md's JSON or a readable table; `--out` saves the report sheet as XLSX.
 */
import type { RunnerReportResult } from '../../server/report';
import type { ReportOptions, ReportRequest } from '../../server/report/options';
import { writeXlsx } from '../files';
import { checkOutputPath } from '../outputPath';
import { mappingFromOptions, openFile } from '../runner';
import type { Command, CommandContext, CommandOptions } from './index';
import { duckDbCohort, EngineError } from '../duckdbCohort';
import { languageOf } from '../../i18n';
import { jsonText } from '../terminal';
import { textTable } from './textTable';

/** Command-line names of the options that differ from the sidebar's. */
const METRICS: Record<string, ReportOptions['metric']> = { customers: 'percent', percent: 'percent', counts: 'counts', revenue: 'revenue', ltv: 'ltv' };
const MODES: Record<string, ReportOptions['mode']> = { on: 'on', 'on-or-after': 'onOrAfter', onOrAfter: 'onOrAfter' };

/**
 * The report options of a command line (unknown values are passed on for the add-on to refuse).
 * @example reportOptions({ period: 'week', mode: 'on-or-after' }) // { period: 'week', mode: 'onOrAfter', … }
 */
export function reportOptions(options: CommandOptions): Partial<ReportOptions> {
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const metric = text('metric');
  const mode = text('mode');
  return {
    period: (text('period') ?? 'month') as ReportOptions['period'],
    weekStart: (text('week-start') ?? '') as ReportOptions['weekStart'],
    metric: metric === undefined ? 'percent' : (METRICS[metric] ?? (metric as ReportOptions['metric'])),
    mode: mode === undefined ? 'on' : (MODES[mode] ?? (mode as ReportOptions['mode'])),
    includeRefunds: options['include-refunds'] === true,
    from: text('from') ?? '',
    to: text('to') ?? '',
  };
}

export const cohort: Command = async (context) => {
  const { file, options, progress, warn, print } = context;
  const engine = options.engine ?? 'core';
  if (engine === 'duckdb') return cohortDuckDb(context);
  if (engine !== 'core') {
    warn(`--engine must be core or duckdb (not "${String(engine)}").`);
    return 2;
  }
  if (typeof options.out === 'string') checkOutputPath(options.out, [file], options.force === true);
  const { host, sheetName, headers } = await openFile(file, options, progress, warn);
  const request: ReportRequest = { sheetName, mapping: mappingFromOptions(headers, options), options: reportOptions(options) };
  if (typeof options.currency === 'string') request.options!.currency = options.currency;
  progress('Building the cohort report …');
  const result = host.runFromSidebar('buildCohortReport', { ...request, withJson: true }) as RunnerReportResult;
  const { readMs, computeMs, writeMs } = result.timings;
  progress(`Read ${readMs} ms, computed ${computeMs} ms, wrote ${writeMs} ms.`);
  if (typeof options.out === 'string') {
    await writeXlsx([host.sheetData(result.sheetName)], options.out);
    progress(`Saved the report sheet "${result.sheetName}" to ${options.out}.`);
  }
  if (!options.json) for (const line of result.used) print(line);
  print(options.json ? jsonText(result.json) : cohortText(result, request.options?.metric ?? 'percent', `report sheet "${result.sheetName}"`));
  return 0;
};

/** `--engine duckdb`: the same table through DuckDB (src/local/duckdbCohort.ts); no report sheet, so no --out. */
async function cohortDuckDb({ file, options, progress, warn, print }: CommandContext): Promise<number> {
  if (!file) throw new Error('Name the order file, e.g. `retention cohort orders.csv --engine duckdb`.');
  if (typeof options.out === 'string') {
    warn('--out saves the report sheet, which only the built-in engine writes: leave out --engine duckdb, or --out.');
    return 2;
  }
  progress(`Building the cohort report of ${file} with DuckDB …`);
  const started = Date.now();
  let result;
  try {
    result = await duckDbCohort(file, options, languageOf(options.locale));
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    warn(error.message);
    return 1;
  }
  progress(`Read and computed in ${Date.now() - started} ms.`);
  if (!options.json) for (const line of result.used) print(line);
  print(options.json ? jsonText(result.json) : cohortText(result, reportOptions(options).metric ?? 'percent', 'DuckDB'));
  return 0;
}

/**
 * The cohort table as aligned text: cohort, size, then one column per period (percent, counts or
 * money as chosen), then the data-health lines; `source` says where it was made.
 */
export function cohortText(result: Pick<RunnerReportResult, 'json' | 'periods' | 'health'>, metric: ReportOptions['metric'], source: string): string {
  const rows = result.json.cohorts.map((c) => {
    const cells = (c.values ?? c.active).map((v, k) =>
      metric === 'percent' ? `${((100 * c.active[k]) / c.customers).toFixed(1)}%` : metric === 'counts' ? String(v) : v.toFixed(2),
    );
    return [c.cohort, String(c.customers), ...cells];
  });
  const header = ['cohort', 'customers', ...Array.from({ length: result.periods }, (_, k) => String(k))];
  return [`Cohorts by ${result.json.period} (${source})`, ...textTable([header, ...rows]), '', ...result.health].join('\n');
}
