import { LocalHost, type HostOptions } from '../../../src/local/host/index';

/** A bundle shaped like dist/Code.js: an IIFE namespace plus top-level stubs. */
export const CODE = `var AddOn = (function () {
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S'); }
  return {
    write: function (a1, rows) { sheet().getRange(a1).setValues(rows); },
    read: function (a1) { return sheet().getRange(a1).getValues(); },
    readIso: function (a1) {
      return sheet().getRange(a1).getValues().map(function (r) {
        return r.map(function (v) { return v instanceof Date ? v.toISOString() : v; });
      });
    },
    formulas: function (a1) { return sheet().getRange(a1).getFormulas(); },
    display: function (a1) { return sheet().getRange(a1).getDisplayValues(); },
    format: function (a1, f) { sheet().getRange(a1).setNumberFormat(f); },
    isArray: function (a1) { var v = sheet().getRange(a1).getValues(); return v instanceof Array && v[0] instanceof Array; },
    writeDate: function (a1, iso) { sheet().getRange(a1).setValue(new Date(iso)); },
  };
})();
function write(a1, rows) { return AddOn.write(a1, rows); }
function read(a1) { return AddOn.read(a1); }
`;

export function host(options: HostOptions = {}): LocalHost {
  const h = new LocalHost(options).load(CODE);
  h.spreadsheet.insertSheet('S');
  return h;
}

