/**
 * `retention email FILE --week-ending DATE [--out email.html]`: the weekly summary e-mail of the
 * last complete week ending on or before DATE, rendered by the built bundle's own
 * `previewWeeklyEmail` (the code the trigger handler sends with). Prints the plain-text version,
 * or writes the HTML to --out.
 */
import { writeFileSync } from 'node:fs';
import { SETTINGS_KEY as REPORT_SETTINGS_KEY } from '../../server/report/settings';
import { markHtml } from '../files/marker';
import { checkOutputPath } from '../outputPath';
import { mappingFromOptions, openFile, type Workbook } from '../runner';
import type { Command, CommandOptions } from './index';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What previewWeeklyEmail returns. */
export interface RenderedWeeklyEmail {
  weekStart: string;
  subject: string;
  html: string;
  text: string;
  /** The export recognised and the columns used. */
  used: string[];
}

/**
 * Renders the weekly e-mail of a workbook in the local host. `--week-start` and
 * `--include-refunds` are saved as the cohort report's choices, which the e-mail follows.
 * @example renderWeeklyEmailOf(await openFile('orders.csv', {}, log), { 'week-ending': '2024-05-12' }).subject
 */
export function renderWeeklyEmailOf(workbook: Workbook, options: CommandOptions, weekEnding: string): RenderedWeeklyEmail {
  const { host, sheetName, headers } = workbook;
  const mapping = mappingFromOptions(headers, options);
  const weekStart = options['week-start'];
  if (weekStart !== undefined || options['include-refunds'] || typeof options.currency === 'string') {
    const reportOptions = { weekStart: weekStart ?? '', includeRefunds: options['include-refunds'] === true, currency: options.currency ?? '' };
    host.properties.document.setProperty(REPORT_SETTINGS_KEY, JSON.stringify({ sheetName, mapping, options: reportOptions }));
  }
  return host.runFromSidebar('previewWeeklyEmail', { weekEnding, sheetName, mapping }) as RenderedWeeklyEmail;
}

export const email: Command = async ({ file, options, progress, warn, print }) => {
  const weekEnding = options['week-ending'];
  if (typeof weekEnding !== 'string' || !ISO_DAY.test(weekEnding)) {
    warn('retention email needs --week-ending YYYY-MM-DD: the last complete week ending on or before it is summarised.');
    return 2;
  }
  const weekStart = options['week-start'];
  if (weekStart !== undefined && weekStart !== 'monday' && weekStart !== 'sunday') {
    warn('--week-start is monday or sunday.');
    return 2;
  }
  if (typeof options.out === 'string') checkOutputPath(options.out, [file], options.force === true);
  const workbook = await openFile(file, options, progress, warn);
  const rendered = renderWeeklyEmailOf(workbook, options, weekEnding);
  for (const line of rendered.used) print(line);
  const out = options.out;
  if (typeof out === 'string') {
    writeFileSync(out, markHtml(rendered.html));
    progress(`Wrote ${out} (${rendered.subject}).`);
  } else {
    print(`Subject: ${rendered.subject}\n\n${rendered.text}\n`);
  }
  return 0;
};
