import { describe, expect, it } from 'vitest';
import { day, sheetValues, shopHost, SHOP } from './helpers';
import { cohortTable } from '../../../src/core/cohort';
import { dayFromCivil, isoOfDay } from '../../../src/core/days';
import { reportGrid } from '../../../src/server/report/layout';
import { checkOptions } from '../../../src/server/report/options';
import { tableOf, type Row } from '../../core/metrics/orderTable';

type Result = {
  sheetName: string;
  cohorts: number;
  periods: number;
  health: string[];
  json: { period: string; cohorts: { cohort: string; customers: number; active: number[]; values?: number[] }[]; rows: unknown };
};

// withJson: the runner's option, so the cohort JSON can be checked (the sidebar does not get it).
const build = (host: Awaited<ReturnType<typeof shopHost>>, request: Record<string, unknown> = {}) =>
  host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', withJson: true, ...request }) as Result;

describe('buildCohortReport: the report sheet', () => {
  it('writes title, health, the monthly % table with blanks after the data end, and the weighted average', async () => {
    const host = await shopHost();
    const result = build(host);
    expect(result.sheetName).toBe('Cohort report');
    const v = sheetValues(host, 'Cohort report');
    // The last used order is 2024-03-15 (row 8, dated 03-16, has no customer).
    expect(v[0][0]).toBe('Cohort report of "Orders", 2024-01-05 – 2024-03-15');
    // 7 rows read, row 8 has no customer.
    expect(v[1][0]).toBe(
      'No known shop export recognised: the columns were found by their headers and values. Columns used: customer "Customer"; date "Date"; amount "Amount".',
    );
    expect(v[2][0]).toBe('7 rows read, 6 used. 1 skipped: no customer (row 8)');
    expect(v[5].slice(0, 5)).toEqual(['Cohort', 'Customers', 0, 1, 2]);
    // Jan: a, b. Feb: a → 1 of 2. Mar: a (b's −20 is a refund, not a purchase) → 1 of 2.
    expect(v[6].slice(0, 5)).toEqual(['Jan 2024', 2, 1, 0.5, 0.5]);
    // Feb: c; c does not buy in Mar → 0; period 2 of Feb (April) is after the data's end → blank.
    expect(v[7].slice(0, 5)).toEqual(['Feb 2024', 1, 1, 0, '']);
    // Weighted: k0 3/3; k1 (1 + 0) / (2 + 1); k2 only Jan has reached it: 1/2.
    expect(v[8][0]).toBe('Weighted average');
    expect(v[8][1]).toBe(3);
    expect(v[8][2]).toBe(1);
    expect(v[8][3]).toBeCloseTo(1 / 3, 12);
    expect(v[8][4]).toBe(0.5);
    const sheet = host.spreadsheet.getSheetByName('Cohort report')!;
    expect(sheet.getRange('D7').getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange('D7').getDisplayValue()).toBe('50.0%');
    expect(sheet.getRange('B7').getNumberFormat()).toBe('#,##0');
  });

  it('colours the cohort cells of periods 1… with a gradient and charts recent cohorts', async () => {
    const host = await shopHost();
    build(host);
    const data = host.sheetData('Cohort report');
    // Cohort rows 7–8, periods 1–2 are columns D–E.
    expect(data.gradients).toEqual([
      { range: 'D7:E8', min: { color: '#ffffff', type: 'min' }, max: { color: '#57bb8a', type: 'max' } },
    ]);
    expect(data.charts).toHaveLength(1);
    expect(data.charts![0].type).toBe('LINE');
    // Chart data after a blank row (row 10): header row 11, k = 0, 1, 2 in rows 12–14; Jan and Feb columns.
    expect(data.charts![0].ranges).toEqual(['A11:C14']);
    const v = sheetValues(host, 'Cohort report');
    expect(v[10].slice(0, 3)).toEqual(['Periods since the first purchase', 'Jan 2024', 'Feb 2024']);
    expect(v[11].slice(0, 3)).toEqual([0, 1, 1]);
    expect(v[12].slice(0, 3)).toEqual([1, 0.5, 0]);
    expect(v[13].slice(0, 3)).toEqual([2, 0.5, '']);
  });

  it('counts refunds as purchases when asked, and shows counts, revenue and the LTV curve', async () => {
    const host = await shopHost();
    build(host, { options: { includeRefunds: true, metric: 'counts' } });
    // b's refund in March now makes b active: Jan k2 = 2.
    expect(sheetValues(host, 'Cohort report')[6].slice(0, 5)).toEqual(['Jan 2024', 2, 2, 1, 2]);
    const revenue = build(host, { options: { metric: 'revenue' } });
    let v = sheetValues(host, 'Cohort report');
    // Jan: 10 + 20; Feb 15; Mar −20 + 10. Feb cohort: 5, then nothing.
    expect(v[6].slice(0, 5)).toEqual(['Jan 2024', 2, 30, 15, -10]);
    expect(v[7].slice(0, 5)).toEqual(['Feb 2024', 1, 5, 0, '']);
    // Per customer: (30 + 5) / 3, (15 + 0) / 3, −10 / 2.
    expect(v[8][0]).toBe('Per customer (weighted average)');
    expect(v[8][2]).toBeCloseTo(35 / 3, 12);
    expect(v[8][3]).toBeCloseTo(5, 12);
    expect(v[8][4]).toBeCloseTo(-5, 12);
    expect(revenue.json.cohorts[0].values).toEqual([30, 15, -10]);
    build(host, { options: { metric: 'ltv' } });
    v = sheetValues(host, 'Cohort report');
    // Jan: 30/2, 45/2, 35/2. Feb: 5, 5.
    expect(v[6].slice(0, 5)).toEqual(['Jan 2024', 2, 15, 22.5, 17.5]);
    expect(v[7].slice(0, 4)).toEqual(['Feb 2024', 1, 5, 5]);
    // Weighted by size: (15·2 + 5) / 3, (22.5·2 + 5) / 3, 17.5.
    expect(v[8][2]).toBeCloseTo(35 / 3, 12);
    expect(v[8][3]).toBeCloseTo(50 / 3, 12);
    expect(v[8][4]).toBeCloseTo(17.5, 12);
    expect(host.spreadsheet.getSheetByName('Cohort report')!.getRange('C7').getNumberFormat()).toBe('#,##0.00');
  });

  it('counts "on or after": a customer is active up to their last purchase', async () => {
    const host = await shopHost();
    build(host, { options: { mode: 'onOrAfter', metric: 'counts' } });
    // Jan: a last buys in Mar (k2), b in Jan (k0): k0 2, k1 1, k2 1. Feb: c stops in Feb: 1, 0.
    const v = sheetValues(host, 'Cohort report');
    expect(v[6].slice(0, 5)).toEqual(['Jan 2024', 2, 2, 1, 1]);
    expect(v[7].slice(0, 5)).toEqual(['Feb 2024', 1, 1, 0, '']);
    expect(v[3][0]).toContain('A customer counts in every period up to their last purchase.');
  });

  it('keeps only customers whose first purchase is in the date range', async () => {
    const host = await shopHost();
    const result = build(host, { options: { from: '2024-02-01', to: '2024-03-31' } });
    expect(result.json.cohorts).toEqual([{ cohort: '2024-02', customers: 1, active: [1, 0] }]);
    expect(sheetValues(host, 'Cohort report')[0][0]).toBe('Cohort report of "Orders", 2024-02-01 – 2024-03-15');
  });

  it('returns the JSON of docs/RUNNER.md', async () => {
    const host = await shopHost();
    expect(build(host).json).toEqual({
      platform: null,
      columns: { customer: 'Customer', date: 'Date', amount: 'Amount', order: null, status: null, refunds: null, currency: null },
      currency: null,
      period: 'month',
      cohorts: [
        { cohort: '2024-01', customers: 2, active: [2, 1, 1] },
        { cohort: '2024-02', customers: 1, active: [1, 0] },
      ],
      rows: { read: 7, used: 6, skipped: { no_customer: 1 } },
    });
  });

  it('writes week and quarter labels as text, localised, with the locale week start unless changed', async () => {
    const host = await shopHost({ locale: 'en_US' });
    // en_US weeks start on Sunday: 2024-01-05 (Fri) is in the week of Sunday 2023-12-31.
    build(host, { options: { period: 'week' } });
    let v = sheetValues(host, 'Cohort report');
    expect(v[6][0]).toBe('2023-12-31');
    build(host, { options: { period: 'week', weekStart: 'monday' } });
    v = sheetValues(host, 'Cohort report');
    expect(v[6][0]).toBe('2024-01-01');
    build(host, { options: { period: 'quarter' }, language: 'pl' });
    v = sheetValues(host, 'Cohort report');
    expect(v[5].slice(0, 3)).toEqual(['Kohorta', 'Klienci', 0]);
    // All three customers first buy in Q1; a buys in Q1 only.
    expect(v[6].slice(0, 3)).toEqual(['1 kw. 2024', 3, 1]);
    build(host, { language: 'ru' });
    expect(sheetValues(host, 'Cohort report')[6][0]).toBe('янв 2024');
  });
});

describe('buildCohortReport: safety', () => {
  it('replaces only its own report, found by metadata even after the user renamed it', async () => {
    const host = await shopHost();
    build(host);
    const count = host.spreadsheet.getSheets().length;
    host.spreadsheet.getSheetByName('Cohort report')!.setName('My renamed report');
    const again = build(host, { options: { metric: 'counts' } });
    expect(again.sheetName).toBe('My renamed report');
    expect(host.spreadsheet.getSheets().length).toBe(count);
    const sheet = host.spreadsheet.getSheetByName('My renamed report')!;
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['retention.report', 'cohort']]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it("never overwrites a user's sheet that has the report's name, and never touches the order sheet", async () => {
    const host = await shopHost();
    host.addSheet({ name: 'Cohort report', cells: [], values: [['my notes']] });
    const before = JSON.stringify(host.sheetData('Orders'));
    const result = build(host);
    expect(result.sheetName).toBe('Cohort report (2)');
    expect(sheetValues(host, 'Cohort report')).toEqual([['my notes']]);
    expect(JSON.stringify(host.sheetData('Orders'))).toBe(before);
  });

  it('refuses to read its own report as the order sheet', async () => {
    const host = await shopHost();
    build(host);
    expect(() => build(host, { sheetName: 'Cohort report' })).toThrow(
      'The sheet "Cohort report" is the add-on\'s own report. Pick the sheet that holds your orders.',
    );
  });

  it('writes user text so it cannot become a formula', async () => {
    const host = await shopHost({ name: '=SUM(1,2)' });
    const result = build(host, { sheetName: '=SUM(1,2)', options: { period: 'week' } });
    const sheet = host.spreadsheet.getSheetByName(result.sheetName)!;
    expect(sheet.getRange('A1').getValue()).toBe('Cohort report of "=SUM(1,2)", 2024-01-05 – 2024-03-15');
    // A week label typed into a normal cell would become a date; '@' keeps it text.
    expect(sheet.getRange('A7').getValue()).toBe('2024-01-01');
    expect(sheet.getRange('A1:A7').getFormulas().flat().every((f) => f === '')).toBe(true);
  });

  it('says the document is busy when another execution holds the document lock', async () => {
    const host = await shopHost();
    const held = host.holdLock('document');
    expect(() => build(host)).toThrow('Another report is being written in this spreadsheet right now.');
    held.release();
    expect(build(host).cohorts).toBe(2);
  });
});

describe('buildCohortReport: errors in plain words', () => {
  it('names the missing column', async () => {
    const host = await shopHost({ rows: [['Customer', 'Note', 'Amount'], ['a', 'hello', 10]] });
    expect(() => build(host)).toThrow(
      'No column of the sheet "Orders" holds the order dates. Its columns are: "Customer", "Note", "Amount". Choose the order date column.',
    );
  });

  it('reports a sheet whose rows are all unusable, with the rows to fix', async () => {
    const host = await shopHost({ rows: [['Customer', 'Date', 'Amount'], ['a', 'not a date', 10], ['b', 'soon', 5]] });
    expect(() => build(host, { mapping: { date: 1 } })).toThrow(
      'There are no purchases to report in "Orders". 2 rows read, 0 used. 2 skipped: date not readable (rows 2, 3) Check the customer, date and amount columns, or widen the date range.',
    );
  });

  it('rejects wrong dates and reversed ranges, in the sidebar language', async () => {
    const host = await shopHost();
    expect(() => build(host, { options: { from: '2024-13-01' } })).toThrow('"2024-13-01" in the field "From" is not a date.');
    expect(() => build(host, { options: { from: '2024-03-01', to: '2024-02-01' }, language: 'da' })).toThrow(
      'Startdatoen 2024-03-01 ligger efter slutdatoen 2024-02-01. Byt om på de to datoer.',
    );
    expect(() => build(host, { options: { period: 'year' } })).toThrow('The option period cannot be "year". Use one of: day, week, month, quarter.');
  });
});

describe('remembered settings and the sidebar state', () => {
  it('remembers sheet, corrections, options and language per document, well under 9 KB', async () => {
    const host = await shopHost();
    build(host, { mapping: { amount: 2 }, options: { period: 'quarter', includeRefunds: true }, language: 'ro' });
    const text = host.properties.document.getProperty('retention.cohortReport') as string;
    expect(Buffer.byteLength(text)).toBeLessThan(9 * 1024);
    const state = host.runFromSidebar('getSidebarState') as Record<string, any>;
    expect(state.language).toBe('ro');
    expect(state.settings).toEqual({
      sheetName: 'Orders',
      mapping: { amount: 2 },
      options: { period: 'quarter', includeRefunds: true },
      language: 'ro',
    });
    expect(state.messages['report.build']).toBe('Creează raportul');
    // The report sheet is not offered as an order sheet.
    expect(state.sheetNames).toEqual(['Orders']);
    expect(state.defaultWeekStart).toBe('monday');
    const switched = host.runFromSidebar('getSidebarState', 'da') as Record<string, any>;
    expect(switched.language).toBe('da');
    expect((host.runFromSidebar('getSidebarState') as Record<string, any>).language).toBe('da');
  });

  it('previews the detected columns, why, and the first rows as displayed', async () => {
    const host = await shopHost();
    const preview = host.runFromSidebar('previewOrderSheet', { sheetName: 'Orders' }) as Record<string, any>;
    expect(preview.rows).toBe(7);
    expect(preview.headers).toEqual(['Customer', 'Date', 'Amount']);
    expect(preview.mapping).toMatchObject({ customer: 0, date: 1, amount: 2, orderId: null });
    expect(preview.why).toMatchObject({ customer: 'header', date: 'header', amount: 'header', orderId: 'missing' });
    expect(preview.sample).toHaveLength(5);
    expect(preview.sample[0][0]).toBe('a');
    expect(preview.sample[0][2]).toBe('10');
    const corrected = host.runFromSidebar('previewOrderSheet', { sheetName: 'Orders', mapping: { amount: null } }) as Record<string, any>;
    expect(corrected.mapping.amount).toBe(null);
    expect(corrected.why.amount).toBe('user');
  });
});

it('SHOP has the rows the hand computations above assume', () => {
  expect(SHOP).toHaveLength(8);
  expect(SHOP[5]).toEqual(['b', day('2024-03-01'), -20]);
});

describe('buildCohortReport: beyond what one execution can do', () => {
  it('says so in plain words before reading, instead of running into the time limit', async () => {
    const host = await shopHost();
    const sheet = host.spreadsheet.getSheetByName('Orders')!;
    // Three columns, so two million rows fit Sheets' 10,000,000-cell workbook (26 would not).
    sheet.deleteColumns(4, sheet.getMaxColumns() - 3);
    // MAX_ORDER_ROWS is 2,000,000 (src/server/orders.ts): one more row below the header is too many.
    sheet.insertRowsAfter(sheet.getMaxRows(), 2_000_001 - sheet.getMaxRows() + 1);
    sheet.getRange(2_000_002, 1, 1, 3).setValues([['z', '2024-04-01', 1]]);
    expect(() => build(host)).toThrow(
      'The sheet "Orders" has 2000001 rows; the add-on reads at most 2000000 in one go. Copy a date range to a new sheet and build the report from it.',
    );
  });
});

describe('buildCohortReport: too large for the spreadsheet', () => {
  it('refuses a daily report over decades before writing anything, and keeps the previous report', async () => {
    // One typo-like old date (1975) makes a daily report of about 18,000 days × 18,000 columns:
    // more than 18,278 columns and 10,000,000 cells.
    const rows = [...SHOP, ['d', day('1975-01-01'), 5]];
    const host = await shopHost({ rows });
    build(host); // monthly: fits
    const before = sheetValues(host, 'Cohort report');
    expect(() => build(host, { options: { period: 'day' } })).toThrow(
      /^The report would need [\d,]+ cells, more than this spreadsheet can hold \(Sheets allows 10,000,000 cells over all its sheets, [\d,]+ are in use, and 18,278 columns in a sheet\)\. Choose a longer period/,
    );
    expect(sheetValues(host, 'Cohort report')).toEqual(before);
    expect(host.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Cohort report']);
    // A date range makes it small enough again.
    expect(build(host, { options: { period: 'day', from: '2024-01-01', to: '2024-03-31' } }).cohorts).toBe(3);
  });

  it('does not pad the chart block to the table’s width (the grid grew with the square of the periods)', () => {
    // 40 daily cohorts of one customer each, over 40 days: the table is 2 + 40 wide, the chart 1 + 6 (the recent cohorts).
    const rows: Row[] = Array.from({ length: 40 }, (_, i): Row => [`c${i}`, isoOfDay(dayFromCivil(2024, 1, 1) + i), 10]);
    const options = checkOptions({ period: 'day' }, 'en_GB', 'en');
    const grid = reportGrid({
      table: cohortTable(tableOf(rows), { period: 'day', weekStart: 'monday' }), options, language: 'en', sourceSheet: 'Orders',
      firstDay: dayFromCivil(2024, 1, 1), lastDay: dayFromCivil(2024, 2, 9), reading: '', health: '',
    });
    expect(grid.values.every((row) => row.length === 42)).toBe(true);
    expect(grid.chartValues.every((row) => row.length === 7)).toBe(true);
    // The chart shows the 6 most recent cohorts with 2 periods or more: days 33–38 (day 39 has one);
    // the oldest, day 33, has 7 periods (33 … 39): a header row and k = 0 … 6.
    expect(grid.chartValues.length).toBe(8);
  });

});
