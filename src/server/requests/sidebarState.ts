/**
 * The argument of `getSidebarState`: the language the sidebar switches to, or nothing.
 */
import { documentLanguage } from '../context';
import { optionalText, MAX_OPTION_TEXT } from './check';

/**
 * The language asked for as text (an unknown code falls back to the document's language later),
 * or undefined; anything else is refused.
 * @example checkSidebarLanguage('pl') === 'pl'; checkSidebarLanguage(42) // throws: language must be text
 */
export function checkSidebarLanguage(raw: unknown): string | undefined {
  return optionalText(raw, 'language', MAX_OPTION_TEXT, documentLanguage()) || undefined;
}
