import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('Session and Utilities', () => {
  test('Session gives the user, the script zone and the user locale', () => {
    const h = evalHost({ userEmail: 'ann@shop.pl', scriptTimeZone: 'America/New_York', locale: 'pl_PL' });
    expect(h.run('f', '[Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()]')).toEqual([
      'ann@shop.pl',
      'ann@shop.pl',
      'America/New_York',
      'pl',
    ]);
  });
  test('formatDate in the spreadsheet zone', () => {
    const h = evalHost();
    expect(h.run('f', "Utilities.formatDate(new Date(Date.UTC(2024, 2, 31, 22, 30)), 'Europe/Warsaw', \"yyyy-MM-dd'T'HH:mmXXX\")")).toBe('2024-04-01T00:30+02:00');
    expect(() => h.run('f', "Utilities.formatDate('2024-01-01', 'UTC', 'yyyy')")).toThrow('Invalid argument: date');
  });
  test('base64, uuid, blobs', () => {
    const h = evalHost();
    expect(h.run('f', "Utilities.base64Encode('zażółć')")).toBe(Buffer.from('zażółć').toString('base64'));
    expect(h.run('f', "Utilities.newBlob('abc', 'text/plain', 'a.txt').getBytes()")).toEqual([97, 98, 99]);
    expect(h.run('f', 'Utilities.getUuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
