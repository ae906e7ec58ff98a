/**
 * Text the runner prints, made safe for a terminal. A hostile export can hold control sequences
 * in a customer id or a header (ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears it) or bidi
 * overrides that show text backwards; printed raw, they act on the user's terminal. Each such
 * character is replaced by U+FFFD (�), one for one, so the text keeps its length and tables their
 * alignment. cli.ts passes everything it writes to stdout and stderr through `terminalText`.
 */

/** C0 controls except tab and line feed, DEL, C1 controls, and the Unicode bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same and tab and line feed: for one cell or one name inside a line. */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw but a terminal may act on: C1 controls, bidi controls, line and paragraph separators. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The replacement character shown in place of a control character. */
export const REPLACEMENT = '\ufffd';

/**
 * The text with every control character replaced by U+FFFD, except the line feeds and tabs of the
 * runner's own lines and columns.
 * @example terminalText('a\u001b]0;pwned\u0007b\n') === 'a�]0;pwned�b\n'
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, REPLACEMENT);
}

/**
 * One cell or name to be printed inside a line: line feeds and tabs replaced too.
 * @example lineText('Anna\nKowalska') === 'Anna�Kowalska'
 */
export function lineText(text: string): string {
  return text.replace(UNSAFE_IN_LINE, REPLACEMENT);
}

/**
 * JSON whose strings keep their exact value but hold no character a terminal acts on: what
 * JSON.stringify leaves raw (C1 and bidi controls) is written as a `\uXXXX` escape.
 * @example jsonText({ id: 'a\u202eb' }) === '{"id":"a\\u202eb"}'
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
