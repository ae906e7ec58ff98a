/**
 * Messages in the five languages the add-on speaks, and the locale helpers.
 * Each feature has its own file of messages (common.ts, …) holding all five languages; add a
 * feature's file to FEATURES below. A key missing in one language is a compile error.
 */
import type { Language } from '../core/types';
import { common } from './common';
import { orders } from './orders';
import { email } from './email';
import { report } from './report';
import { sidebar } from './sidebar';
import { clv } from './clv';
import { clvModel } from './clvModel';
import { functions } from './functions';
import { reading } from './reading';
import { modelRange } from './modelRange';
import { schedule } from './schedule';
import { selfcheck } from './selfcheck';
import { requests } from './requests';
import { sql } from './sql';
import { bigquery } from './bigquery';
import { campaigns } from './campaigns';
import { customerNps } from './customerNps';
import { customers } from './customers';

const FEATURES = [common, orders, reading, report, sidebar, clv, clvModel, email, functions, schedule, modelRange, selfcheck, requests, sql, bigquery, customers, campaigns, customerNps] as const;

type Feature = (typeof FEATURES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every message key of the add-on. */
export type MessageKey = keyof UnionToIntersection<Feature['en']> & string;
export type Catalog = Record<MessageKey, string>;

export const LANGUAGES: readonly Language[] = ['en', 'pl', 'ru', 'ro', 'da'];

const catalogs = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...FEATURES.map((feature) => feature[language]))]),
) as Record<Language, Catalog>;

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
  const text = catalogs[language][key] ?? catalogs.en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every message of a language, for the sidebar (it translates on the client). */
export function catalog(language: Language): Catalog {
  return catalogs[language];
}
