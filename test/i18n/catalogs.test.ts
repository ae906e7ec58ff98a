import { describe, expect, it } from 'vitest';
import { catalog, LANGUAGES, languageOf, t } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const english = catalog('en');

  it('have every English key, non-empty, in every language', () => {
    for (const language of LANGUAGES) {
      const messages = catalog(language);
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('keep the same placeholders as the English text', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(catalog(language))) {
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english[key as keyof typeof english]));
      }
    }
  });

  it('are really translated: no language other than English repeats most English texts', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const messages = catalog(language);
      const keys = Object.keys(english) as (keyof typeof english)[];
      const same = keys.filter((key) => messages[key] === english[key] && /[a-z]{4}/.test(english[key]));
      expect(same.length / keys.length, `${language}: ${same.join(', ')}`).toBeLessThan(0.1);
    }
  });
});

describe('languageOf', () => {
  it('reads the language of a Sheets locale and falls back to English', () => {
    expect(languageOf('pl_PL')).toBe('pl');
    expect(languageOf('ru_RU')).toBe('ru');
    expect(languageOf('ro_RO')).toBe('ro');
    expect(languageOf('da_DK')).toBe('da');
    expect(languageOf('en_GB')).toBe('en');
    expect(languageOf('de_DE')).toBe('en');
    expect(languageOf('')).toBe('en');
  });

  it('fills placeholders', () => {
    // 'Brakuje parametru {index} ({name}) funkcji {fn}.' with the three filled in.
    expect(t('pl', 'fn.missingArgument', { index: 2, name: 'daty', fn: 'CLV_P' })).toBe('Brakuje parametru 2 (daty) funkcji CLV_P.');
  });
});
