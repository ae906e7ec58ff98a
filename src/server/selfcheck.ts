/**
 * The self-check a real user can run (Extensions › Retention › Check this add-on, or the function
 * `runSelfCheck` from the Apps Script editor): what our local host assumes about Apps Script,
 * tried on the user's own account. In two scratch sheets the add-on owns it writes a few orders,
 * writes formulas that call the custom functions (so Sheets itself calculates them) and reads them
 * back, builds a small cohort report, and checks the time zone, the locale, the e-mail quota, the
 * user's address, property and metadata round trips, a trigger, a date under a number format and
 * the speed of getValues. It writes a results sheet (check, expected, got, time, result) the user
 * can send us; from the menu it then offers to delete the scratch sheets.
 *
 * Where formulas are not calculated (the local host) the probe `=1+1` does not read 2: those checks
 * say so and call the functions directly. `retention selfcheck` prints the same table.
 */
import { cohortTable } from '../core/cohort';
import { isoOfDay } from '../core/days';
import type { Language } from '../core/types';
import { t, type MessageKey, type MessageParams } from '../i18n';
import { currentUserEmail, documentLanguage, spreadsheetLocale, spreadsheetTimeZone } from './context';
import { AOV, CLV, CRR, P_ALIVE, REPEAT_PURCHASE_RATE } from './functions';
import { HANDLER, weeklyTriggers } from './email/trigger';
import { UserError } from './errors';
import { healthLines } from './health';
import { orderDayRange, readOrderSheet } from './orders';
import { ownedSheetForRun, withDocumentLock } from './ownedSheet';
import { reportGrid } from './report/layout';
import { checkOptions } from './report/options';
import { writeGrid } from './report/write';
import { offsetAtOfZone } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata keys of the self-check's sheets. */
const RESULTS_KEY = 'retention.selfcheck.results';
const ORDERS_KEY = 'retention.selfcheck.orders';
const REPORT_KEY = 'retention.selfcheck.report';

/** How long the check waits for Sheets to calculate the custom functions. */
const FORMULA_WAIT_MS = 30_000;
/** Rows whose reading is timed. */
const TIMED_ROWS = 2_000;

/** One line of the results: what was checked, what was expected, what came back, how long, the verdict. */
export interface CheckRow {
  check: string;
  expected: string;
  got: string;
  ms: number;
  result: 'pass' | 'fail' | 'note';
}

/**
 * The scratch orders, [customer, ISO day, amount]. By hand: 6 purchases of 3 customers, net
 * revenue 90; AOV 90 / 6 = 15; a bought 3 times and b twice, so the repeat purchase rate is 2/3;
 * value to date 90 / 3 = 30. Monthly cohorts: January (a, b) active 2, 1, 2 in Jan, Feb, Mar;
 * February (c) active 1, 0.
 */
const ORDERS: [string, string, number][] = [
  ['a', '2024-01-05', 10],
  ['b', '2024-01-20', 20],
  ['a', '2024-02-03', 15],
  ['c', '2024-02-10', 5],
  ['a', '2024-03-15', 10],
  ['b', '2024-03-20', 30],
];

/** Fader, Hardie & Lee (2005): x = 2, t_x = 30.43, T = 38.86 and the CDNOW parameters give P(alive) ≈ 0.7266. */
const P_ALIVE_INPUTS = [2, 30.43, 38.86, 0.243, 4.414, 0.793, 2.426];

/** A formula the check writes, its value by hand, and the same call made directly. */
interface FormulaCheck {
  formula: string;
  expected: number;
  digits: number;
  direct: (range: (a1: string) => unknown[][]) => unknown;
}

const FORMULAS: FormulaCheck[] = [
  { formula: '=CRR(200, 180, 20)', expected: 0.8, digits: 9, direct: () => CRR(200, 180, 20) },
  { formula: '=AOV(A2:A7, B2:B7, C2:C7)', expected: 15, digits: 9, direct: (r) => AOV(r('A2:A7'), r('B2:B7'), r('C2:C7')) },
  {
    formula: '=REPEAT_PURCHASE_RATE(A2:A7, B2:B7, C2:C7)',
    expected: 2 / 3,
    digits: 9,
    direct: (r) => REPEAT_PURCHASE_RATE(r('A2:A7'), r('B2:B7'), r('C2:C7')),
  },
  { formula: '=CLV(A2:A7, B2:B7, C2:C7)', expected: 30, digits: 9, direct: (r) => CLV(r('A2:A7'), r('B2:B7'), r('C2:C7')) },
  {
    formula: '=P_ALIVE(K2, L2, M2, N2:Q2)',
    expected: 0.7266,
    digits: 4,
    direct: (r) => {
      const [[x, tx, T, ...parameters]] = r('K2:Q2');
      return P_ALIVE(x, tx, T, [parameters]);
    },
  },
];
/** The column of the formulas (I), below the probe `=1+1` in I2. */
const FORMULA_COLUMN = 9;

/** A check's outcome before timing: expected, got, verdict. */
interface Outcome {
  expected: string;
  got: string;
  result: CheckRow['result'];
}

/** Runs the checks in order, timing each; an exception becomes a failed check with its message. */
class Checks {
  readonly rows: CheckRow[] = [];
  constructor(readonly language: Language) {}

  text(key: MessageKey, params: MessageParams = {}): string {
    return t(this.language, key, params);
  }

  run(name: string, expected: string, check: () => Omit<Outcome, 'expected'> & { expected?: string }): void {
    const started = Date.now();
    let outcome: Outcome;
    try {
      const done = check();
      outcome = { expected: done.expected ?? expected, got: done.got, result: done.result };
    } catch (error) {
      outcome = { expected, got: (error as Error).message, result: 'fail' };
    }
    this.rows.push({ check: name, ...outcome, ms: Date.now() - started });
  }
}

const verdict = (ok: boolean): CheckRow['result'] => (ok ? 'pass' : 'fail');

/** A Date at noon of an ISO day in the spreadsheet's zone (so it is that day whatever the zone). */
function noonOf(iso: string, zone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const utcNoon = Date.UTC(y, m - 1, d, 12);
  return new Date(utcNoon - offsetAtOfZone(zone)(utcNoon) * 60_000);
}

/** A number as the results show it (up to 6 significant digits), or the value as text. */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(+value.toPrecision(6)) : String(value);
}

function environmentChecks(checks: Checks): void {
  const c = checks;
  c.run(c.text('selfcheck.check.zone'), c.text('selfcheck.expect.zone'), () => {
    const zone = spreadsheetTimeZone();
    // formatDate throws on a zone Apps Script does not know.
    Utilities.formatDate(new Date(0), zone, 'Z');
    return { got: `${zone} / ${Session.getScriptTimeZone()}`, result: verdict(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/.test(zone)) };
  });
  c.run(c.text('selfcheck.check.locale'), c.text('selfcheck.expect.locale'), () => {
    const locale = spreadsheetLocale();
    return { got: `${locale} → ${documentLanguage()}`, result: verdict(/^[a-z]{2,3}(_[A-Za-z0-9]+)?$/.test(locale)) };
  });
  c.run(c.text('selfcheck.check.email'), c.text('selfcheck.expect.email'), () => {
    const email = currentUserEmail();
    return { got: email || c.text('selfcheck.got.none'), result: verdict(email.includes('@')) };
  });
  c.run(c.text('selfcheck.check.quota'), c.text('selfcheck.expect.quota'), () => {
    const quota = MailApp.getRemainingDailyQuota();
    return { got: String(quota), result: verdict(typeof quota === 'number' && quota >= 0) };
  });
  const roundTrip = (store: GoogleAppsScript.Properties.Properties | null) => {
    if (!store) return { got: c.text('selfcheck.got.none'), result: 'fail' as const };
    const key = 'retention.selfcheck';
    const value = `${Utilities.getUuid()} ✓ żółw`;
    store.setProperty(key, value);
    const back = store.getProperty(key);
    store.deleteProperty(key);
    const after = store.getProperty(key);
    return { got: back === value && after === null ? c.text('selfcheck.got.sameBack') : `${back} / ${after}`, result: verdict(back === value && after === null) };
  };
  c.run(c.text('selfcheck.check.documentProperties'), c.text('selfcheck.got.sameBack'), () => roundTrip(PropertiesService.getDocumentProperties()));
  c.run(c.text('selfcheck.check.userProperties'), c.text('selfcheck.got.sameBack'), () => roundTrip(PropertiesService.getUserProperties()));
}

/** Writes the scratch orders (header row 1, orders in rows 2–7) and the P_ALIVE inputs (K2:Q2). */
function writeOrders(sheet: Sheet, checks: Checks): void {
  const c = checks;
  const zone = spreadsheetTimeZone();
  c.run(c.text('selfcheck.check.orders'), ORDERS.map(([id, day, amount]) => `${id} ${day} ${amount}`).join('; '), () => {
    sheet.getRange(1, 1, 1, 3).setNumberFormat('@').setValues([['Customer', 'Date', 'Amount']]);
    sheet.getRange(2, 1, ORDERS.length, 1).setNumberFormat('@');
    sheet.getRange(2, 2, ORDERS.length, 1).setNumberFormat('yyyy-mm-dd');
    sheet.getRange(2, 1, ORDERS.length, 3).setValues(ORDERS.map(([id, day, amount]) => [id, noonOf(day, zone), amount]));
    sheet.getRange(2, 11, 1, P_ALIVE_INPUTS.length).setValues([P_ALIVE_INPUTS]);
    SpreadsheetApp.flush();
    const back = sheet.getRange(2, 1, ORDERS.length, 3).getValues();
    const got = back.map(([id, date, amount]) => `${id} ${date instanceof Date ? Utilities.formatDate(date, zone, 'yyyy-MM-dd') : `(${typeof date}) ${date}`} ${amount}`).join('; ');
    return { got, result: verdict(got === ORDERS.map(([id, day, amount]) => `${id} ${day} ${amount}`).join('; ')) };
  });
  c.run(c.text('selfcheck.check.metadata'), 'retention.selfcheck.orders = v1 (DOCUMENT)', () => {
    const found = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(ORDERS_KEY).find();
    const mark = found.find((m) => m.getLocation().getSheet()?.getSheetId() === sheet.getSheetId());
    const got = mark ? `${mark.getKey()} = ${mark.getValue()} (${mark.getVisibility()})` : c.text('selfcheck.got.none');
    return { got, result: verdict(got === 'retention.selfcheck.orders = v1 (DOCUMENT)') };
  });
  c.run(c.text('selfcheck.check.numberFormat'), '45296.5', () => {
    // 2024-01-05 12:00 is day 45,296.5 of Sheets' calendar (1899-12-30 = 0). The host assumes the format decides.
    const cell = sheet.getRange(9, 11);
    cell.setValue(noonOf('2024-01-05', zone)).setNumberFormat('0');
    SpreadsheetApp.flush();
    const value = cell.getValue();
    cell.clear();
    return { got: value instanceof Date ? `Date ${value.toISOString()}` : `${typeof value} ${String(value)}`, result: verdict(value === 45296.5) };
  });
}

/** Writes the formulas, lets Sheets calculate them, and compares; where Sheets does not calculate, calls the functions. */
function formulaChecks(sheet: Sheet, checks: Checks): void {
  const c = checks;
  const cells = sheet.getRange(2, FORMULA_COLUMN, FORMULAS.length + 1, 1);
  cells.setFormulas([['=1+1'], ...FORMULAS.map((f) => [f.formula])]);
  SpreadsheetApp.flush();
  const started = Date.now();
  let values = cells.getValues().map((row) => row[0]);
  // Custom functions are calculated by Sheets after the write; wait until every cell has a number.
  while (values[0] === 2 && values.some((v) => typeof v !== 'number') && Date.now() - started < FORMULA_WAIT_MS) {
    Utilities.sleep(1000);
    SpreadsheetApp.flush();
    values = cells.getValues().map((row) => row[0]);
  }
  const calculated = values[0] === 2;
  c.run(c.text('selfcheck.check.formula', { formula: '=1+1' }), '2', () =>
    calculated ? { got: '2', result: 'pass' } : { got: `${shown(values[0])} ${c.text('selfcheck.got.notCalculated')}`, result: 'note' },
  );
  const range = (a1: string) => sheet.getRange(a1).getValues();
  FORMULAS.forEach((f, i) => {
    c.run(c.text('selfcheck.check.formula', { formula: f.formula }), shown(+f.expected.toFixed(f.digits)), () => {
      const value = calculated ? values[i + 1] : f.direct(range);
      const ok = typeof value === 'number' && Math.abs(value - f.expected) < 10 ** -f.digits;
      return { got: calculated ? shown(value) : c.text('selfcheck.got.direct', { value: shown(value) }), result: verdict(ok) };
    });
  });
}

/** Times getValues on a block of scratch rows, then builds the cohort report of the scratch orders into the same sheet. */
function reportChecks(ordersSheet: Sheet, reportSheet: Sheet, checks: Checks): void {
  const c = checks;
  c.run(c.text('selfcheck.check.getValues', { rows: TIMED_ROWS }), c.text('selfcheck.expect.getValues'), () => {
    const block: (string | number)[][] = [];
    for (let i = 0; i < TIMED_ROWS; i++) block.push([`customer ${i % 97}`, 45_000 + (i % 365), (i % 50) + 0.5, i]);
    if (reportSheet.getMaxRows() < TIMED_ROWS) reportSheet.insertRowsAfter(reportSheet.getMaxRows(), TIMED_ROWS - reportSheet.getMaxRows());
    const range = reportSheet.getRange(1, 1, TIMED_ROWS, 4);
    range.setValues(block);
    SpreadsheetApp.flush();
    const started = Date.now();
    const back = range.getValues();
    const ms = Date.now() - started;
    reportSheet.clear();
    return { got: c.text('selfcheck.got.ms', { ms, rows: back.length }), result: verdict(back.length === TIMED_ROWS && back[TIMED_ROWS - 1][3] === TIMED_ROWS - 1) };
  });
  const expected = '2024-01: 2 → 2 1 2; 2024-02: 1 → 1 0';
  c.run(c.text('selfcheck.check.report'), expected, () => {
    const language = c.language;
    const { table } = readOrderSheet({ sheetName: ordersSheet.getName(), mapping: { customer: 0, date: 1, amount: 2 } }, language);
    const options = checkOptions({ period: 'month' }, spreadsheetLocale(), language);
    const cohorts = cohortTable(table, { period: options.period, weekStart: options.weekStart, mode: options.mode, metric: 'customers', includeRefunds: false });
    const { first, last } = orderDayRange(table);
    const grid = reportGrid({
      table: cohorts,
      options,
      language,
      sourceSheet: ordersSheet.getName(),
      firstDay: first,
      lastDay: last,
      reading: '',
      health: healthLines(table.health, language).join(' '),
    });
    writeGrid(reportSheet, grid, language);
    const got = cohorts.cohorts.map((k) => `${k.label}: ${k.customers} → ${k.active.join(' ')}`).join('; ');
    const written = reportSheet.getRange(grid.heatmap.row, 2, 1, 1).getValue();
    return { got: `${got} (${isoOfDay(first)} – ${isoOfDay(last)})`, result: verdict(got === expected && written === 2), expected };
  });
}

function triggerCheck(checks: Checks): void {
  const c = checks;
  c.run(c.text('selfcheck.check.trigger'), c.text('selfcheck.got.created'), () => {
    const existing = weeklyTriggers().length;
    // One time-driven trigger per user and document: with the weekly e-mail on, that one proves it.
    if (existing > 0) return { got: c.text('selfcheck.got.scheduleExists', { count: existing }), result: 'pass' };
    let trigger: GoogleAppsScript.Script.Trigger;
    try {
      trigger = ScriptApp.newTrigger(HANDLER).timeBased().everyWeeks(1).create();
    } catch (error) {
      return { got: c.text('selfcheck.got.noTriggers', { reason: (error as Error).message }), result: 'fail' };
    }
    ScriptApp.deleteTrigger(trigger);
    return { got: c.text('selfcheck.got.created'), result: verdict(weeklyTriggers().length === 0) };
  });
}

/** The results sheet: the add-on's own, plain text (a message can never become a formula). */
function writeResults(rows: CheckRow[], language: Language): Sheet {
  const sheet = ownedSheetForRun(t(language, 'selfcheck.sheet.results'), RESULTS_KEY, 'v1');
  const header = ['selfcheck.col.check', 'selfcheck.col.expected', 'selfcheck.col.got', 'selfcheck.col.time', 'selfcheck.col.result'] as const;
  const table = [
    header.map((key) => t(language, key)),
    ...rows.map((r) => [r.check, r.expected, r.got, String(r.ms), t(language, `selfcheck.result.${r.result}`)]),
  ];
  const range = sheet.getRange(1, 1, table.length, header.length);
  range.setNumberFormat('@').setValues(table);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** Runs every check in the active spreadsheet and writes the results sheet; the scratch sheets stay. */
function runChecks(language: Language): { rows: CheckRow[]; results: Sheet; scratch: Sheet[] } {
  const busy = (): never => {
    throw new UserError('report.error.busy', {}, language);
  };
  return withDocumentLock(30_000, busy, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    const checks = new Checks(language);
    environmentChecks(checks);
    const orders = ownedSheetForRun(t(language, 'selfcheck.sheet.orders'), ORDERS_KEY, 'v1');
    const report = ownedSheetForRun(t(language, 'selfcheck.sheet.report'), REPORT_KEY, 'v1');
    writeOrders(orders, checks);
    formulaChecks(orders, checks);
    reportChecks(orders, report, checks);
    triggerCheck(checks);
    const results = writeResults(checks.rows, language);
    spreadsheet.setActiveSheet(active ?? results);
    return { rows: checks.rows, results, scratch: [orders, report] };
  });
}

function deleteSheets(sheets: Sheet[]): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const sheet of sheets) spreadsheet.deleteSheet(sheet);
}

/**
 * Menu › Check this add-on: runs the checks, writes the results sheet, says how many passed and
 * offers to delete the scratch sheets.
 */
export function checkAddOn(): void {
  const language = documentLanguage();
  const { rows, results, scratch } = runChecks(language);
  const passed = rows.filter((r) => r.result !== 'fail').length;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    t(language, 'selfcheck.title'),
    `${t(language, 'selfcheck.done', { passed, total: rows.length, sheet: results.getName() })}\n\n${t(language, 'selfcheck.askDelete', {
      orders: scratch[0].getName(),
      report: scratch[1].getName(),
    })}`,
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) deleteSheets(scratch);
  SpreadsheetApp.getActiveSpreadsheet().setActiveSheet(results);
}

/**
 * The self-check, for the Apps Script editor's Run button (no dialogs there): runs the checks,
 * writes the results sheet, deletes the scratch sheets and logs the table (View › Logs). Returns
 * the rows (the `retention selfcheck` runner prints them).
 * @return {Object[]} one row per check: check, expected, got, ms, result
 */
export function runSelfCheck(): CheckRow[] {
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    console.log(t('en', 'selfcheck.noSpreadsheet'));
    return [];
  }
  const language = documentLanguage();
  const { rows, scratch } = runChecks(language);
  deleteSheets(scratch);
  for (const r of rows) console.log(`${r.result.toUpperCase()}\t${r.check}\texpected: ${r.expected}\tgot: ${r.got}\t${r.ms} ms`);
  return rows;
}
