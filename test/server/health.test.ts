import { describe, expect, it } from 'vitest';
import { healthLines } from '../../src/server/health';
import type { DataHealth, Language } from '../../src/core/types';

describe('healthLines', () => {
  it('names one skipped row in the singular and several in the plural, in each language', () => {
    const health: DataHealth = { rowsRead: 12, rowsUsed: 9, skipped: { no_customer: { count: 1, rows: [4] }, no_date: { count: 2, rows: [7, 9] } } };
    const expected: Record<Language, string[]> = {
      en: ['1 skipped: no customer (row 4)', '2 skipped: no date (rows 7, 9)'],
      pl: ['Pominięto 1: brak klienta (wiersz 4)', 'Pominięto 2: brak daty (wiersze 7, 9)'],
      ru: ['Пропущена 1: нет клиента (строка 4)', 'Пропущено 2: нет даты (строки 7, 9)'],
      ro: ['1 omis: fără client (rândul 4)', '2 omise: fără dată (rândurile 7, 9)'],
      da: ['1 sprunget over: ingen kunde (række 4)', '2 sprunget over: ingen dato (rækker 7, 9)'],
    };
    for (const [language, lines] of Object.entries(expected) as [Language, string[]][]) {
      expect(healthLines(health, language).slice(1)).toEqual(lines);
    }
  });

  it('marks a list of row numbers cut short with an ellipsis', () => {
    const health: DataHealth = { rowsRead: 40, rowsUsed: 10, skipped: { no_date: { count: 30, rows: [2, 3, 4] } } };
    expect(healthLines(health, 'en')).toEqual(['40 rows read, 10 used.', '30 skipped: no date (rows 2, 3, 4, …)']);
  });
});
