/**
 * The sheet's basic filter (`Range.createFilter`, `Sheet.getFilter`, `Filter.getRange`/`remove`):
 * one per sheet, as in Sheets. Creating a second one is refused like Apps Script refuses it; the
 * add-on removes its own sheet's filter before it makes a new one. Filter criteria are not modelled
 * (the add-on sets none): the host records where the filter is, so tests can check it.
 */
import type { Range } from './range';
import { Runtime, docNeed, guardClass } from './runtime';
import type { Sheet } from './sheet';

/** The message Apps Script gives when the sheet already has a filter (its wording is not confirmed). */
export const FILTER_EXISTS = "You can't create a filter in a sheet that already has a filter.";

export class Filter {
  constructor(
    readonly rt: Runtime,
    readonly _sheet: Sheet,
    readonly _range: Range,
  ) {}

  getRange(): Range {
    return this._range;
  }

  remove(): void {
    if (this._sheet._filter === this) this._sheet._filter = null;
  }
}
guardClass(Filter, docNeed);

/**
 * A filter on `range`, unless its sheet has one already.
 * @example createFilter(sheet.getRange('A5:V90')).getRange().getA1Notation() === 'A5:V90'
 */
export function createFilter(range: Range): Filter {
  const sheet = range.getSheet();
  if (sheet._filter) throw range.rt.error(FILTER_EXISTS);
  sheet._filter = new Filter(range.rt, sheet, range);
  return sheet._filter;
}
