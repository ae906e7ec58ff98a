/** The next first-purchase anniversary: a date to greet a customer on. */
import { civilFromDay, dayFromCivil, isValidCivil } from '../days';

/**
 * The first anniversary of `firstPurchase` on or after `asOfDay` (never the first purchase day
 * itself); 29 February falls on 28 February in other years.
 * @example nextAnniversary(dayOfIso('2022-06-01')!, dayOfIso('2024-05-12')!) === dayOfIso('2024-06-01')
 */
export function nextAnniversary(firstPurchase: number, asOfDay: number): number {
  const { month, day } = civilFromDay(firstPurchase);
  const on = (year: number) => dayFromCivil(year, month, isValidCivil(year, month, day) ? day : 28);
  let year = Math.max(civilFromDay(asOfDay).year, civilFromDay(firstPurchase).year + 1);
  while (on(year) < asOfDay) year++;
  return on(year);
}
