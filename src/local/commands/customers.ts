/**
 * `retention customers FILE [--as-of DATE] [--tiers "Member:0,Silver:500,Gold:2000"]
 * [--tier-basis spend|orders] [--tier-window lifetime|12m|year] [--nps ANSWERS_FILE]
 * [--export klaviyo|mailchimp|omnisend|smsapi|csv [--who AUDIENCE] --out FILE] [--json]`: the
 * sidebar's Customers sheet and "Export a list" run in the local host through the same server
 * functions (`buildCustomers`, `exportCustomerList`). `--out` saves the list as CSV (or, ending in
 * .xlsx, the sheets as XLSX); it never replaces the order file, the answers file, or a file
 * retention did not write (src/local/outputPath.ts; a CSV carries no mark, so an existing one needs --force).
 */
import { writeFileSync } from 'node:fs';
import type { CustomersResult } from '../../server/customers';
import type { ExportResult } from '../../server/customers/export';
import type { CustomersRequest, ExportRequest } from '../../server/customers/options';
import { readSheetFile, writeXlsx } from '../files';
import { checkOutputPath, UsageError } from '../outputPath';
import { mappingFromOptions, openFile } from '../runner';
import { jsonText } from '../terminal';
import { textTable } from './textTable';
import type { Command } from './index';

/** The sheet name the answers file gets in the local spreadsheet. */
const ANSWERS_SHEET = 'NPS answers';

/**
 * `--who`: all, win-back, a status, nudge, anniversary[:DAYS], tier:NAME, promoters, detractors.
 * @example whoOption('anniversary:14') // { audience: 'anniversary', days: 14 }
 */
export function whoOption(value: string | undefined): Omit<ExportRequest, 'destination'> {
  const text = (value ?? 'all').trim();
  const [name, arg] = [text.split(':')[0].toLowerCase(), text.includes(':') ? text.slice(text.indexOf(':') + 1) : undefined];
  if (name === 'win-back' || name === 'winback') return { audience: 'winBack' };
  if (name === 'anniversary') {
    const days = arg === undefined ? 30 : Number(arg);
    if (!Number.isInteger(days) || days < 0) throw new UsageError(`--who ${text}: write the days ahead as a whole number, e.g. --who anniversary:30.`);
    return { audience: 'anniversary', days };
  }
  if (name === 'tier') {
    if (!arg) throw new UsageError(`--who ${text}: name the tier, e.g. --who tier:Gold.`);
    return { audience: 'tier', tier: arg };
  }
  return { audience: name };
}

export const customers: Command = async ({ file, options, progress, warn, print }) => {
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const out = text('out');
  const destination = text('export');
  const answersFile = text('nps');
  if (out !== undefined && destination === undefined && !/\.xlsx$/i.test(out)) {
    throw new UsageError(`--out ${out}: name the list's destination with --export klaviyo|mailchimp|omnisend|smsapi|csv, or save the Customers sheet as .xlsx.`);
  }
  if (destination !== undefined && out === undefined && !options.json) warn('--export without --out: the list is printed here; add --out list.csv to save it.');
  if (out !== undefined) checkOutputPath(out, [file, answersFile], options.force === true);
  const who = whoOption(text('who'));
  const { host, sheetName, headers } = await openFile(file, options, progress, warn);
  if (answersFile !== undefined) {
    const [answers] = await readSheetFile(answersFile, { locale: options.locale ?? 'en_US' });
    host.addSheet({ ...answers, name: ANSWERS_SHEET });
  }
  const request: CustomersRequest = {
    sheetName,
    mapping: mappingFromOptions(headers, options),
    currency: text('currency'),
    asOf: text('as-of'),
    tiers: text('tiers'),
    tierBasis: text('tier-basis'),
    tierWindow: text('tier-window'),
    answersSheet: answersFile === undefined ? undefined : ANSWERS_SHEET,
    includeRefunds: options['include-refunds'] === true,
    withJson: true,
  };
  progress('Building the customer list …');
  const started = Date.now();
  const result = host.runFromSidebar('buildCustomers', request) as CustomersResult;
  progress(`Wrote "${result.sheetName}" (${result.customers} customers) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  let list: ExportResult | null = null;
  if (destination !== undefined) list = host.runFromSidebar('exportCustomerList', { destination, ...who, language: 'en' }) as ExportResult;
  if (out !== undefined) {
    if (/\.xlsx$/i.test(out)) await writeXlsx([host.sheetData(result.sheetName), ...(list ? [host.sheetData(list.sheetName)] : [])], out);
    else writeFileSync(out, list!.csv, 'utf8');
    progress(`Saved ${out}.`);
  }
  if (options.json) {
    print(jsonText(result.json));
    return 0;
  }
  for (const line of result.used) print(line);
  print(customersText(result));
  if (list) {
    print(list.notes.join('\n'));
    if (out === undefined) print(list.csv.trimEnd());
  }
  return 0;
};

/** The readable output: tiers, statuses, the first customers, NPS by group. */
function customersText(result: CustomersResult): string {
  const json = result.json!;
  const statuses = ['new', 'active', 'due', 'overdue', 'lapsed'].map((s) => `${s} ${json.customers.filter((c) => c.status === s).length}`);
  const money = (x: number | null) => (x === null ? '' : x.toFixed(2));
  const lines = [
    `${result.customers} customers as of ${json.asOf} (sheet "${result.sheetName}").`,
    `Tiers${result.defaultTiers ? ' (defaults from the shop\'s spending; change with --tiers)' : ''}: ${result.tiers.map((t) => `${t.name} from ${t.threshold}: ${t.customers}`).join(', ')}.`,
    `Statuses: ${statuses.join(', ')}.`,
    '',
    ...textTable([
      ['customer', 'purchases', 'spend', 'last', 'expected next', 'status', 'tier', 'to next tier'],
      ...json.customers.slice(0, 10).map((c) => [c.id, String(c.purchases), money(c.spend), c.lastPurchase, c.expectedNext ?? '', c.status, c.tier ?? '', money(c.toNextTier)]),
    ]),
  ];
  const groups = Object.entries(json.npsBy).filter(([, values]) => Object.keys(values).length > 0);
  if (groups.length > 0) {
    lines.push('', 'NPS by group (latest answer of each customer):');
    for (const [by, values] of groups) lines.push(`  ${by}: ${Object.entries(values).map(([g, v]) => `${g} ${v.toFixed(1)}`).join(', ')}`);
  }
  lines.push('', ...result.health);
  return lines.join('\n');
}
