/**
 * Every sidebar server call checks its request's shape first (src/server/requests/): a missing
 * request, an object where text belongs, a column index as text, 1.5 or -1 each get a plain,
 * translated message, never "Cannot read properties of null"; options are checked and trimmed
 * before they are saved as settings.
 */
import { describe, expect, it } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';
import { distFile } from '../../helpers/build';
import { SHOP } from '../report/helpers';

function host(locale = 'en_GB'): LocalHost {
  const h = new LocalHost({ timeZone: 'Europe/Warsaw', locale, distDir: distFile(''), spreadsheetName: 'Shop', userEmail: 'owner@shop.test' }).load();
  h.addSheet({ name: 'Orders', cells: [], values: SHOP });
  return h;
}

function failure(h: LocalHost, name: string, arg: unknown): string {
  try {
    h.runFromSidebar(name, arg);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} accepted ${JSON.stringify(arg)}`);
}

const REOPEN = 'Close the sidebar, open it again from the Extensions menu and try again.';
const noRequest = (got: string) => `The sidebar sent the add-on no request (it sent ${got} instead of a set of named fields). ${REOPEN}`;
const bad = (field: string, got: string, expected: string) => `The sidebar sent the add-on a request it cannot use (field ${field}: ${got}; it must be ${expected}). ${REOPEN}`;
const COLUMN = 'a column: a whole number from 0 (column A) to 18277';

describe('a request of the wrong shape', () => {
  const cases: [string, unknown, string][] = [
    ['buildCohortReport', null, noRequest('null')],
    ['previewOrderSheet', null, noRequest('null')],
    ['saveEmailSettings', null, noRequest('null')],
    ['sendTestEmail', 'hello', noRequest('"hello"')],
    ['previewWeeklyEmail', [1], noRequest('[…]')],
    ['buildCustomerValue', null, noRequest('null')],
    ['buildMetrics', null, noRequest('null')],
    ['getSidebarState', 42, bad('language', '42', 'text of at most 40 characters')],
    ['buildCohortReport', { sheetName: { a: 1 } }, bad('sheetName', '{…}', 'text of at most 100 characters')],
    ['buildCohortReport', { sheetName: 'Orders', options: { from: { x: 1 } } }, bad('options.from', '{…}', 'text of at most 40 characters')],
    ['buildCohortReport', { sheetName: 'Orders', options: 'month' }, bad('options', '"month"', 'a set of named fields')],
    ['buildCohortReport', { sheetName: 'Orders', options: { includeRefunds: 'yes' } }, bad('options.includeRefunds', '"yes"', 'true or false')],
    ['buildCohortReport', { sheetName: 'Orders', options: { currency: 'x'.repeat(41) } }, bad('options.currency', `"${'x'.repeat(30)}…"`, 'text of at most 40 characters')],
    ['estimateBigQueryReport', { project: 'p', table: 'd.t', options: { mode: 7 } }, bad('options.mode', '7', 'text of at most 40 characters')],
    ['buildBigQueryReport', { project: 'p', table: 'd.t', options: { includeRefunds: 1 } }, bad('options.includeRefunds', '1', 'true or false')],
    ['buildCohortReport', { sheetName: 'Orders', mapping: { customer: '2' } }, bad('mapping.customer', '"2"', COLUMN)],
    ['buildCohortReport', { sheetName: 'Orders', mapping: { amount: 1.5 } }, bad('mapping.amount', '1.5', COLUMN)],
    ['buildCohortReport', { sheetName: 'Orders', mapping: { date: -1 } }, bad('mapping.date', '-1', COLUMN)],
    ['previewOrderSheet', { sheetName: 'Orders', mapping: { customer: '2' } }, bad('mapping.customer', '"2"', COLUMN)],
    ['previewOrderSheet', { sheetName: 'Orders', mapping: [0, 1] }, bad('mapping', '[…]', 'a set of named fields')],
    ['buildMetrics', { sheetName: 'Orders', from: {}, to: '2024-02-29' }, bad('from', '{…}', 'text of at most 40 characters')],
    ['buildCustomerValue', { sheetName: ['Orders'] }, bad('sheetName', '[…]', 'text of at most 100 characters')],
    ['buildCustomerValue', { sheetName: 'Orders', horizonMonths: { n: 12 } }, bad('horizonMonths', '{…}', 'a number')],
    ['saveEmailSettings', { recipients: { a: 1 }, sheetName: 'Orders' }, bad('recipients', '{…}', 'text or a list of texts')],
    ['saveEmailSettings', { recipients: 'a@b.pl', sheetName: {} }, bad('sheetName', '{…}', 'text of at most 100 characters')],
    ['saveEmailSettings', { recipients: 'a@b.pl', sheetName: 'Orders', hour: '9' }, bad('hour', '"9"', 'a number')],
    ['previewWeeklyEmail', { weekEnding: {}, sheetName: 'Orders' }, bad('weekEnding', '{…}', 'text of at most 40 characters')],
    ['buildCohortReport', {}, 'Pick the order sheet first: the request names no sheet.'],
    ['buildMetrics', { sheetName: '', from: '2024-01-01', to: '2024-01-31' }, 'Pick the order sheet first: the request names no sheet.'],
  ];
  for (const [name, arg, message] of cases) {
    it(`${name}(${JSON.stringify(arg)}) says what arrived`, () => {
      expect(failure(host(), name, arg)).toBe(message);
    });
  }

  it('is said in the spreadsheet’s language, or the request’s', () => {
    const starts: [string, string][] = [
      ['pl_PL', 'Panel boczny nie wysłał dodatkowi żądania (wysłał null'],
      ['ru_RU', 'Боковая панель не передала дополнению запрос (передано null'],
      ['ro_RO', 'Bara laterală nu a trimis suplimentului nicio solicitare (a trimis null'],
      ['da_DK', 'Sidepanelet sendte ingen anmodning til tilføjelsen (det sendte null'],
    ];
    for (const [locale, start] of starts) expect(failure(host(locale), 'buildCohortReport', null).startsWith(start), locale).toBe(true);
    expect(failure(host(), 'previewOrderSheet', { sheetName: 'Orders', mapping: { customer: '2' }, language: 'da' })).toContain('feltet mapping.customer: "2"');
  });
});

describe('options before they are saved', () => {
  const saved = (h: LocalHost) => h.properties.document.data.get('retention.cohortReport');

  it('drops fields it does not know, so an oversized object builds and saves only what counts', () => {
    const h = host();
    const result = h.runFromSidebar('buildCohortReport', {
      sheetName: 'Orders',
      mapping: { customer: 0, refunds: null, junk: 'y'.repeat(20_000) },
      options: { period: 'month', junk: 'x'.repeat(20_000) },
      extra: 'z'.repeat(20_000),
    }) as { cohorts: number };
    expect(result.cohorts).toBe(2); // January (a, b) and February (c): report.test.ts
    expect(JSON.parse(saved(h) as string)).toEqual({ sheetName: 'Orders', mapping: { customer: 0, refunds: null }, options: { period: 'month' }, language: 'en' });
  });

  it('refuses an oversized option before anything is saved', () => {
    const h = host();
    h.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'week' } });
    const before = saved(h);
    expect(failure(h, 'buildCohortReport', { sheetName: 'Orders', options: { from: '2'.repeat(20_000) } })).toBe(
      bad('options.from', `"${'2'.repeat(30)}…"`, 'text of at most 40 characters'),
    );
    expect(saved(h)).toBe(before);
    // A wrong value of the right shape is refused before saving too (checkOptions).
    expect(failure(h, 'buildCohortReport', { sheetName: 'Orders', options: { period: 'fortnight' } })).toMatch(/^The option period cannot be "fortnight"/);
    expect(saved(h)).toBe(before);
  });

  it('still takes the requests the sidebar sends', () => {
    const h = host();
    expect((h.runFromSidebar('getSidebarState') as { language: string }).language).toBe('en');
    expect((h.runFromSidebar('getSidebarState', 'pl') as { language: string }).language).toBe('pl');
    const preview = h.runFromSidebar('previewOrderSheet', { sheetName: 'Orders', mapping: { amount: 2, refunds: null }, language: 'en' }) as { mapping: Record<string, number | null> };
    expect(preview.mapping.amount).toBe(2);
    const metrics = h.runFromSidebar('buildMetrics', { sheetName: 'Orders', from: '2024-02-01', to: '2024-02-29', includeRefunds: false }) as { json: { customers: { start: number } } };
    // Before February: a and b bought in January.
    expect(metrics.json.customers.start).toBe(2);
    const saved = h.runFromSidebar('saveEmailSettings', { enabled: false, weekday: 1, hour: 9, recipients: ['a@shop.test'], language: 'en', sheetName: 'Orders' }) as { settings: { hour: number } };
    expect(saved.settings.hour).toBe(9);
  });
});
