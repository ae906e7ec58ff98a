/**
 * The `retention` command line (cli.ts is its entry point): parses the arguments, runs the
 * command and says in plain words what went wrong. Everything it writes goes through `io`, so a
 * test runs it in-process and reads what a terminal would show.
 */
import { parseArgs } from 'node:util';
import { catalog, LANGUAGES } from '../i18n';
import { COMMANDS, type CommandContext } from './commands';
import { UsageError } from './outputPath';
import { terminalText } from './terminal';

/** Where the runner writes: stdout for results, stderr for progress, warnings and errors. */
export interface RunnerIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The add-on's "no such column" messages, in every language (placeholders match anything): the runner adds its own hint to them. */
const MISSING_COLUMN_MESSAGES = LANGUAGES.flatMap((language) => {
  const messages = catalog(language);
  return [messages['error.noCustomerColumn'], messages['error.noDateColumn'], messages['error.noAmountColumn']].map(
    (template) => new RegExp(template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')),
  );
});

function isMissingColumnMessage(message: string): boolean {
  return MISSING_COLUMN_MESSAGES.some((pattern) => pattern.test(message));
}

const USAGE = `Usage: retention <command> [FILE] [options]

Commands:
  demo                                  build the report and the weekly e-mail for the built-in sample shop
  cohort FILE [--json] [--out report.xlsx]
                                        the sidebar's cohort retention report
  metrics FILE --from DATE --to DATE [--json]
                                        the retention metrics of a period (both days included)
  email FILE --week-ending DATE [--out email.html]
                                        the weekly summary e-mail
  clv FILE [--json]                     predicted customer value (BG/NBD and Gamma-Gamma)
  customers FILE [--as-of DATE] [--tiers "Member:0,Silver:500,Gold:2000"] [--tier-basis spend|orders]
            [--tier-window lifetime|12m|year] [--nps ANSWERS_FILE]
            [--export klaviyo|mailchimp|omnisend|smsapi|csv [--who AUDIENCE] --out FILE] [--json]
                                        one row per customer: expected next purchase, status, loyalty tier;
                                        campaign lists (AUDIENCE: all, win-back, new, active, due, overdue,
                                        lapsed, nudge, anniversary:DAYS, tier:NAME, promoters, detractors)
  selfcheck [--json]                    the add-on's self-check (Extensions › Retention › Check this add-on) in the local host
  sql --dialect bigquery|duckdb --report cohort|retention|metrics --table NAME
      --customer COL --date COL (--amount COL | --quantity COL --price COL) [--order COL] [report options]
                                        print the report's query for a BigQuery or DuckDB table (docs/BIGQUERY.md)

FILE is .csv, .csv.gz, .tsv, .txt (whitespace separated) or .xlsx.

Options:
  --customer COL --date COL --amount COL   columns, by header name, letter (C) or number (3);
  --quantity COL --price COL               detected from the headers when left out
  --order COL                              order id: rows sharing it form one order
  --status COL --refunds COL               order status (cancelled/voided orders are skipped), refunds (subtracted);
                                           any column option takes 'none' to leave a detected column out
  --currency CODE                          the currency to report when the file holds several (e.g. EUR)
  --period day|week|month|quarter          cohort period (default month)
  --week-start monday|sunday               (default: the locale's)
  --mode on|on-or-after                    active in the period, or until the last purchase (default on)
  --metric customers|counts|revenue|ltv    what the cohort table shows (default customers: % retained)
  --from DATE --to DATE                    restrict to a date range (YYYY-MM-DD, both days included)
  --timezone ZONE                          the spreadsheet's time zone (default Etc/UTC): where Date cells and UTC
                                           dates fall; dates written with an offset keep the shop's own clock
  --locale LOCALE                          the spreadsheet's locale: en_US, en_GB, pl_PL, ru_RU, ro_RO, da_DK (default en_US):
                                           how numbers and dates in the file are read when the file itself does not prove it
  --include-refunds                        count every order as a purchase, refunds too
  --sheet NAME                             the sheet of an XLSX file
  --engine core|duckdb                     cohort: the built-in engine (default) or DuckDB, for CSV and Parquet
                                           files too large for a sheet (needs the optional @duckdb/node-api)
  --date-type timestamp|date               sql: the date column holds instants (TIMESTAMP, default: days counted
                                           in --timezone) or calendar dates (DATE, DATETIME)
  --window DAYS                            sql --report retention: the activity window (default the period's length)
  --calibration-end DATE --observation-end DATE --t PERIODS --horizon MONTHS
                                           options of the clv command
  --discount RATE                          clv: the monthly discount rate, as a percentage (1%) or a fraction (0.01);
                                           both mean the same (default 1%)
  --json                                   print JSON instead of a table
  --out FILE                               where to save the result: never the order file itself, and an existing
                                           file only when retention wrote it (its XLSX and HTML files carry a mark)
  --force                                  replace an existing --out file that retention did not write
  --quiet                                  no progress messages
  -h, --help                               this help
`;

const OPTIONS = {
  customer: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'string' },
  quantity: { type: 'string' },
  price: { type: 'string' },
  order: { type: 'string' },
  status: { type: 'string' },
  refunds: { type: 'string' },
  currency: { type: 'string' },
  period: { type: 'string' },
  'week-start': { type: 'string' },
  mode: { type: 'string' },
  metric: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'week-ending': { type: 'string' },
  timezone: { type: 'string' },
  locale: { type: 'string' },
  'include-refunds': { type: 'boolean' },
  sheet: { type: 'string' },
  engine: { type: 'string' },
  dialect: { type: 'string' },
  report: { type: 'string' },
  table: { type: 'string' },
  'date-type': { type: 'string' },
  window: { type: 'string' },
  'calibration-end': { type: 'string' },
  'observation-end': { type: 'string' },
  t: { type: 'string' },
  horizon: { type: 'string' },
  discount: { type: 'string' },
  'as-of': { type: 'string' },
  tiers: { type: 'string' },
  'tier-basis': { type: 'string' },
  'tier-window': { type: 'string' },
  nps: { type: 'string' },
  export: { type: 'string' },
  who: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'out-dir': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `retention ARGV…` and returns its exit code (0 done, 1 failed, 2 bad usage); no control
 * character of a file reaches `io` (terminal.ts).
 * @example await runRetention(['cohort', 'orders.csv', '--json'], { stdout: (t) => out.push(t), stderr: () => {} })
 */
export async function runRetention(argv: string[], io: RunnerIo): Promise<number> {
  const stdout = (text: string) => io.stdout(terminalText(text));
  const stderr = (text: string) => io.stderr(terminalText(text));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [commandName, ...files] = parsed.positionals;
  if (parsed.values.help || !commandName) {
    stdout(USAGE);
    return commandName || parsed.values.help ? 0 : 2;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    stderr(`Unknown command "${commandName}".\n\n${USAGE}`);
    return 2;
  }
  const context: CommandContext = {
    file: files[0],
    options: parsed.values,
    progress: parsed.values.quiet ? () => {} : (message: string) => stderr(`${message}\n`),
    warn: (message: string) => stderr(`${message}\n`),
    print: (text: string) => stdout(text.endsWith('\n') ? text : `${text}\n`),
  };
  try {
    return await command(context);
  } catch (error) {
    const message = (error as Error).message;
    stderr(`retention ${commandName}: ${message}\n`);
    if (error instanceof UsageError) return 2;
    if (isMissingColumnMessage(message)) {
      stderr('Name the columns on the command line: --customer COL --date COL (and --amount COL, or --quantity COL --price COL).\n');
    }
    if (process.env.RETENTION_DEBUG) stderr(`${(error as Error).stack}\n`);
    return 1;
  }
}
