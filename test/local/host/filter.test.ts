import { describe, expect, test } from 'vitest';
import { FILTER_EXISTS } from '../../../src/local/host/filter';
import { LocalHost } from '../../../src/local/host/index';

describe('filters', () => {
  const code = `
  function make(a1) { return SpreadsheetApp.getActive().getSheets()[0].getRange(a1).createFilter().getRange().getA1Notation(); }
  function where() { var f = SpreadsheetApp.getActive().getSheets()[0].getFilter(); return f ? f.getRange().getA1Notation() : null; }
  function drop() { SpreadsheetApp.getActive().getSheets()[0].getFilter().remove(); }`;

  test('one filter per sheet: a second is refused as in Apps Script, a removed one can be made again', () => {
    const h = new LocalHost().load(code);
    expect(h.run('where')).toBeNull();
    expect(h.run('make', 'A5:C9')).toBe('A5:C9');
    expect(h.run('where')).toBe('A5:C9');
    expect(() => h.run('make', 'A1:B2')).toThrow(FILTER_EXISTS);
    h.run('drop');
    expect(h.run('where')).toBeNull();
    expect(h.run('make', 'A1:B2')).toBe('A1:B2');
  });
});
