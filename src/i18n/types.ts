import type { Language } from '../core/types';

/** One feature's messages in every language, typed against its English block. */
export type Messages<English extends Record<string, string>> = { en: English } & Record<
  Exclude<Language, 'en'>,
  Record<keyof English, string>
>;
