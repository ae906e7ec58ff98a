/**
 * `retention demo`: the whole add-on on the built-in sample shop. Generates the seeded shop, loads
 * it as the order sheet of a local spreadsheet running the built bundle, builds the cohort report
 * through the sidebar's server function and renders the weekly e-mail through the trigger's code,
 * prints both, and writes retention-demo/report.xlsx and retention-demo/weekly-email.html.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunnerReportResult } from '../../server/report';
import { writeXlsx } from '../files';
import { markHtml } from '../files/marker';
import { checkOutputPath } from '../outputPath';
import { openHost } from '../runner';
import { sampleShop } from '../sampleShop';
import { cohortText, reportOptions } from './cohort';
import { renderWeeklyEmailOf } from './email';
import type { Command } from './index';

/** The sample shop's data ends on this day; the e-mail covers the week before it. */
const DEMO_END = '2026-10-31';

export const demo: Command = async ({ options, progress, print }) => {
  const outDir = typeof options['out-dir'] === 'string' ? options['out-dir'] : 'retention-demo';
  const reportFile = join(outDir, 'report.xlsx');
  const emailFile = join(outDir, 'weekly-email.html');
  for (const out of [reportFile, emailFile]) checkOutputPath(out, [], options.force === true, '--out-dir');
  const seed = typeof options.seed === 'string' ? Number(options.seed) : undefined;
  progress('Generating the sample shop …');
  const shop = sampleShop({ seed, endDate: DEMO_END });
  const workbook = openHost({ timezone: 'Europe/Warsaw', locale: 'en_US', spreadsheetName: 'Sample shop', ...options }, [shop]);
  progress(`Sample shop: ${(shop.cells.length - 1).toLocaleString('en-US')} order lines in the sheet "${shop.name}".`);

  progress('Building the cohort report (the sidebar\'s "Build") …');
  const report = workbook.host.runFromSidebar('buildCohortReport', {
    sheetName: workbook.sheetName,
    options: reportOptions(options),
    withJson: true,
  }) as RunnerReportResult;

  progress('Rendering the weekly summary e-mail …');
  const email = renderWeeklyEmailOf(workbook, options, typeof options['week-ending'] === 'string' ? options['week-ending'] : DEMO_END);

  mkdirSync(outDir, { recursive: true });
  await writeXlsx([workbook.host.sheetData(workbook.sheetName), workbook.host.sheetData(report.sheetName)], reportFile);
  writeFileSync(emailFile, markHtml(email.html));

  print(cohortText(report, reportOptions(options).metric ?? 'percent', `report sheet "${report.sheetName}"`));
  print(`\n${'─'.repeat(72)}\nWeekly summary e-mail\nSubject: ${email.subject}\n\n${email.text}`);
  print(`${'─'.repeat(72)}\nWrote ${reportFile} (the order sheet and the report) and ${emailFile}.`);
  return 0;
};
