import { describe, expect, it } from 'vitest';
import { weekStartOfLocale } from '../../src/server/context';

describe('weekStartOfLocale', () => {
  it('is Sunday in the Americas and East Asia as Sheets shows them, Monday in Europe', () => {
    for (const locale of ['en_US', 'en_CA', 'es_MX', 'pt_BR', 'ja_JP', 'zh_CN', 'he_IL']) expect(weekStartOfLocale(locale)).toBe('sunday');
    for (const locale of ['en_GB', 'pl_PL', 'ru_RU', 'ro_RO', 'da_DK', 'de_DE', '']) expect(weekStartOfLocale(locale)).toBe('monday');
  });
});
