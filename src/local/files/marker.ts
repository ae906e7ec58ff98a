/**
 * How the runner recognises its own output files, so `--out` may replace them but nothing else:
 * every XLSX it writes carries the keyword RUNNER_MARK in its document properties (docProps/core.xml,
 * Excel's File › Info › Tags) and "retention" as the last author; every HTML file it writes has
 * `<meta name="generator" content="retention">` in its head. A report opened and saved again in
 * Excel gets another last author, so it is no longer taken for the runner's (your edits are kept).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { zipEntry } from './zip';

/** The keyword of every XLSX the runner writes. */
export const RUNNER_MARK = 'retention-runner-output';
/** The author name the runner writes into its XLSX files. */
export const RUNNER_AUTHOR = 'retention';
/** The meta tag of every HTML file the runner writes. */
export const HTML_MARK = '<meta name="generator" content="retention">';

/** How many bytes of an HTML file are searched for the meta tag (it is in the head). */
const HTML_HEAD_BYTES = 64 * 1024;

/**
 * The HTML with the runner's meta tag, put right after `<head>` (or in front of the document when
 * it has no head).
 * @example markHtml('<html><head><title>x</title>') // '<html><head>\n<meta name="generator" content="retention"><title>x</title>'
 */
export function markHtml(html: string): string {
  if (html.includes(HTML_MARK)) return html;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${HTML_MARK}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${HTML_MARK}${html.slice(at)}`;
}

/**
 * Whether the existing file at `path` is one the runner wrote: an XLSX with the runner's keyword
 * and author, or an HTML file with its meta tag. Any other file (orders, a report saved again in
 * Excel, a PDF, …) is not.
 * @example isRunnerOutput('retention-demo/report.xlsx') // true after `retention demo`
 */
export function isRunnerOutput(path: string): boolean {
  const head = readHead(path, HTML_HEAD_BYTES);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
    const core = zipEntry(path, 'docProps/core.xml')?.toString('utf8') ?? '';
    const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1] ?? '';
    const author = /<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/.exec(core)?.[1] ?? '';
    return keywords.split(/[\s,;]+/).includes(RUNNER_MARK) && author === RUNNER_AUTHOR;
  }
  return head.toString('utf8').includes(HTML_MARK);
}

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
