/**
 * The per-row rules before the reader: the customer across identity columns, the row flags from
 * status, extra and currency columns, and the currency counts. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { countCurrencies, identityColumn, rowFlags } from '../../../src/core/read/rowRules';

describe('identityColumn', () => {
  it('keeps the first error value of a row when no part has a customer', () => {
    expect(identityColumn([{ cells: ['#N/A', ''] }, { cells: ['#REF!', '#VALUE!'] }], false)).toEqual(['#N/A', '#VALUE!']);
  });

  it('with zeroIsGuest blanks only the id 0 (number or text), and keeps number ids and empty cells as they are', () => {
    expect(identityColumn([{ cells: [5, 0, ' 0 ', null, '10'] }], true)).toEqual([5, '', '', '', '10']);
  });
});

describe('rowFlags', () => {
  it('flags other currencies when the rows have no extra columns', () => {
    expect(Array.from(rowFlags(3, { currency: { cells: ['EUR', ' usd ', ''], wanted: 'usd' } }))).toEqual([4, 0, 0]);
  });

  it('reads FALSE, "false", "no", "n", "0" and the number 0 (any case, spaces around) as a void order in a FALSE-test column, nothing else', () => {
    const cells = [false, 'false', ' No ', 'n', '0', ' FALSE', 0, 'yes', '', 'true', 1];
    expect(Array.from(rowFlags(cells.length, { extras: [{ cells, test: 'false' }] }))).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('marks only pattern matches in a not-an-order column, never a "no" or FALSE there as void', () => {
    const cells = ['no', 'FALSE', 'General Currency Conversion', 'Express Checkout Payment'];
    expect(Array.from(rowFlags(4, { extras: [{ cells, test: 'notOrder', pattern: /conversion/ }] }))).toEqual([0, 0, 8, 0]);
  });

  it('never marks a blank cell not an order, even under a pattern that matches everything (one built from no words)', () => {
    const pattern = new RegExp([].join('|')); // matches any text, also the empty one
    expect(Array.from(rowFlags(3, { extras: [{ cells: ['', '  ', 'transfer'], test: 'notOrder', pattern }] }))).toEqual([0, 0, 8]);
  });

  it('marks nothing in a not-an-order column that comes without a pattern', () => {
    expect(Array.from(rowFlags(2, { extras: [{ cells: ['transfer', ''], test: 'notOrder' }] }))).toEqual([0, 0]);
  });
});

describe('countCurrencies', () => {
  it('lists the most used currency first, and currencies used as often in alphabetical order', () => {
    // PLN 1, EUR 3, CHF 1, USD 2, AUD 1, first seen in that order.
    const cells = ['pln', 'EUR', 'chf', 'usd', 'EUR', ' usd ', 'aud', 'eur', ''];
    expect(countCurrencies(cells)).toEqual([['EUR', 3], ['USD', 2], ['AUD', 1], ['CHF', 1], ['PLN', 1]]);
  });

  it('orders currencies used as often alphabetically also when first seen in that order, and adds to the counts given', () => {
    // SEK 1 + 2, NOK 2, then CZK, DKK, HUF once each (first seen in alphabetical order).
    const counts = new Map([['SEK', 1]]);
    expect(countCurrencies(['czk', 'nok', 'dkk', 'nok', 'huf', 'sek', 'sek'], counts)).toEqual([['SEK', 3], ['NOK', 2], ['CZK', 1], ['DKK', 1], ['HUF', 1]]);
  });
});
