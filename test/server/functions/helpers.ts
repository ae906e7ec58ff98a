/**
 * Calling the built bundle's custom functions as Sheets calls them: columns as 2D ranges
 * (`[[a], [b]]`), date cells as the instant of their wall time in the spreadsheet's zone.
 */
import { LocalHost } from '../../../src/local/host/index';
import { wallToInstant } from '../../../src/local/host/time';
import { buildOnce, distFile } from '../../helpers/build';
import { dirname } from 'node:path';

export type Cell = string | number | boolean | Date;

/** A spreadsheet in `timeZone` and `locale` running dist/Code.js. */
export async function sheetHost(timeZone = 'Etc/UTC', locale = 'en_US'): Promise<LocalHost> {
  await buildOnce();
  return new LocalHost({ timeZone, locale, distDir: dirname(distFile('Code.js')) }).load();
}

/** A date cell holding the wall time 'YYYY-MM-DD[ HH:MM]' in `zone`, as getValues gives it. */
export function wall(text: string, zone: string): Date {
  const [date, time = '00:00'] = text.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(wallToInstant(Date.UTC(y, m - 1, d, hh, mm), zone));
}

/** A column as a custom function receives a range of it. */
export function col(values: Cell[]): Cell[][] {
  return values.map((v) => [v]);
}

/** Orders as three column ranges, plus `tail` blank rows like a whole-column range `A2:A`. */
export function orderRanges(orders: [Cell, Cell, Cell][], tail = 0): [Cell[][], Cell[][], Cell[][]] {
  const blanks = Array.from({ length: tail }, () => '' as Cell);
  return [
    col([...orders.map((o) => o[0]), ...blanks]),
    col([...orders.map((o) => o[1]), ...blanks]),
    col([...orders.map((o) => o[2]), ...blanks]),
  ];
}

/** The error message a custom function throws (Sheets shows it in the #ERROR! note). */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the function to fail');
}
