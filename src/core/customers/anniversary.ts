/** The next first-purchase anniversary: a date to greet a customer on. */
import { civilFromDay, dayFromCivil } from '../days';

/**
 * The first anniversary of `firstPurchase` on or after `asOfDay` (never the first purchase day
 * itself); 29 February falls on 28 February in other years.
 * @example nextAnniversary(dayOfIso('2022-06-01')!, dayOfIso('2024-05-12')!) === dayOfIso('2024-06-01')
 */
export function nextAnniversary(firstPurchase: number, asOfDay: number): number {
  const first = civilFromDay(firstPurchase);
  const { month, day } = first;
  // The only date a year can lack is 29 February (the first purchase's own date is a real one).
  const on = (year: number) => dayFromCivil(year, month, month === 2 && day === 29 && !isLeapYear(year) ? 28 : day);
  let year = Math.max(civilFromDay(asOfDay).year, first.year + 1);
  while (on(year) < asOfDay) year++;
  return on(year);
}

/** Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
