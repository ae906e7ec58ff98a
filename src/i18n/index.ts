/**
 * Messages in the five languages the add-on speaks, and the locale helpers.
 * Catalogs are typed against the English one: a missing key in any language is a compile error.
 */
import type { Language } from '../core/types';
import { da } from './da';
import { en, type Catalog, type MessageKey } from './en';
import { pl } from './pl';
import { ro } from './ro';
import { ru } from './ru';

export type { MessageKey } from './en';

export const LANGUAGES: readonly Language[] = ['en', 'pl', 'ru', 'ro', 'da'];

const catalogs: Record<Language, Catalog> = { en, pl, ru, ro, da };

/**
 * The language of a Sheets locale (`pl_PL`, `ru`, `da-DK`); English when unsupported.
 * @example languageOf('pl_PL') === 'pl'; languageOf('de_DE') === 'en'
 */
export function languageOf(locale: string | null | undefined): Language {
  const code = String(locale ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

/** Parameters of a message: `{name}` in the text is replaced by `params.name`. */
export type MessageParams = Record<string, string | number>;

/**
 * The message `key` in `language`, with `{placeholders}` filled in.
 * @example t('pl', 'menu.help') === 'Pomoc'
 */
export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const text = catalogs[language][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every message of a language, for the sidebar (it translates on the client). */
export function catalog(language: Language): Catalog {
  return catalogs[language];
}
