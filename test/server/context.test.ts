import { describe, expect, it } from 'vitest';
import { requestLanguage, weekStartOfLocale } from '../../src/server/context';

describe('weekStartOfLocale', () => {
  it('is Sunday in the Americas and East Asia as Sheets shows them, Monday in Europe', () => {
    for (const locale of ['en_US', 'en_CA', 'es_MX', 'pt_BR', 'ja_JP', 'zh_CN', 'he_IL']) expect(weekStartOfLocale(locale)).toBe('sunday');
    for (const locale of ['en_GB', 'pl_PL', 'ru_RU', 'ro_RO', 'da_DK', 'de_DE', '']) expect(weekStartOfLocale(locale)).toBe('monday');
  });
});

describe('requestLanguage', () => {
  it("takes the request's language when it is one of the five, else the fallback", () => {
    expect(requestLanguage('pl', 'da')).toBe('pl');
    expect(requestLanguage('ru', 'en')).toBe('ru');
    for (const other of ['pl_PL', 'de', 'PL', '', null, undefined]) expect(requestLanguage(other, 'da')).toBe('da');
  });
});
