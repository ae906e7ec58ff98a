/**
 * A hostile export cannot drive the user's terminal: control characters and bidi controls in
 * customer ids and headers reach neither stdout nor stderr of any command (nor the e-mail's
 * subject), and --json keeps the ids exact.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';
import { jsonText, lineText, terminalText } from '../../../src/local/terminal';
import { buildOnce, distFile, projectRoot } from '../../helpers/build';

/** What a terminal may act on: C0 (tab and line feed aside), DEL, C1, bidi controls — written out by hand. */
function isUnsafe(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false;
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  return [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].includes(code);
}
const unsafeIn = (text: string) => [...text].filter((ch) => isUnsafe(ch.codePointAt(0) as number));

const HOSTILE = ['evil\u001b]0;pwned\u0007', 'clear\u001b[2J\u001b[H', 'rtl\u202egnp.exe', 'c1\u009b31m'];
const HEADER = 'Customer\u001b]0;owned\u0007';

let dir: string;
function retention(...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), ...args, '--quiet'], { encoding: 'utf8', cwd: dir });
  return { code: run.status, out: run.stdout + run.stderr, stdout: run.stdout };
}

beforeAll(async () => {
  await buildOnce();
  dir = mkdtempSync(join(tmpdir(), 'retention-terminal-'));
  const iso = (days: number) => new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
  const rows = [`${HEADER},Date,Amount`];
  // The hostile customers buy weekly for 100 until mid-May and again from September (valuable,
  // overdue in June, top of the predictions); 30 others buy a few times for little.
  HOSTILE.forEach((id, k) => {
    for (let week = 0; week < 19; week++) rows.push(`${id},${iso(week * 7 + k)},100`);
    for (let week = 35; week < 52; week++) rows.push(`${id},${iso(week * 7 + k)},100`);
  });
  for (let i = 0; i < 30; i++) for (let j = 0; j <= i % 4; j++) rows.push(`cust${i},${iso(i * 9 + j * 40)},${5 + (i % 7)}`);
  writeFileSync(join(dir, 'hostile.csv'), `${rows.join('\n')}\n`);
});

describe('what the runner prints', () => {
  const runs: [string, string[]][] = [
    ['clv', ['clv', 'hostile.csv']],
    ['cohort', ['cohort', 'hostile.csv']],
    ['metrics', ['metrics', 'hostile.csv', '--from', '2023-06-01', '--to', '2023-12-31']],
    ['email', ['email', 'hostile.csv', '--week-ending', '2023-06-18']],
    ['no such column', ['cohort', 'hostile.csv', '--customer', 'nope\u001b[2J']],
  ];
  for (const [name, args] of runs) {
    it(`holds no control character: ${name}`, () => {
      const { out } = retention(...args);
      expect(unsafeIn(out)).toEqual([]);
      // The hostile header (or id) is still there, its controls shown as U+FFFD.
      expect(out).toMatch(/Customer\ufffd\]0;owned\ufffd|evil\ufffd\]0;pwned\ufffd/);
    });
  }

  it('shows the hostile ids of the predictions and the win-back list as text', () => {
    expect(retention('clv', 'hostile.csv').out).toContain('evil\ufffd]0;pwned\ufffd');
    expect(retention('email', 'hostile.csv', '--week-ending', '2023-06-18').out).toContain('rtl\ufffdgnp.exe');
  });

  it('keeps the ids exact in --json, with the unsafe characters escaped', () => {
    const { stdout } = retention('clv', 'hostile.csv', '--json');
    expect(unsafeIn(stdout)).toEqual([]);
    const ids = (JSON.parse(stdout).customers as { id: string }[]).map((c) => c.id);
    for (const id of HOSTILE) expect(ids).toContain(id);
  });
});

/** Any character of the first 8,448 code points (past the bidi controls, below the surrogates). */
const anyChar = fc.integer({ min: 0, max: 0x2100 }).map((code) => String.fromCharCode(code));

describe('terminalText, lineText, jsonText', () => {
  it('replace exactly the unsafe characters, one for one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'\u0000\u0007\t\n\r\u001b\u007f\u0085\u009b\u061c\u200e\u202e\u2066\u2069\u2028aé€'), anyChar) }), (text) => {
        const safe = terminalText(text);
        expect(safe.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) expect(safe[i]).toBe(isUnsafe(text.charCodeAt(i)) ? '\ufffd' : text[i]);
        const line = lineText(text);
        expect(line).not.toMatch(/[\t\n]/);
        expect(unsafeIn(line)).toEqual([]);
      }),
    );
  });

  it('jsonText is JSON of the same value with no unsafe character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u009b', '\u202e', '\u2066', '\u2028', '\n'), anyChar) })), (ids) => {
        const text = jsonText({ ids });
        expect(unsafeIn(text)).toEqual([]);
        expect(JSON.parse(text)).toEqual({ ids });
      }),
    );
  });
});

describe("the e-mail's subject", () => {
  it('holds no bidi override or control character from the spreadsheet name', async () => {
    await buildOnce();
    const host = new LocalHost({ timeZone: 'Etc/UTC', locale: 'en_US', distDir: distFile(''), spreadsheetName: 'Shop\u202egnp.exe\u0085\u2066x' }).load();
    host.addSheet({ name: 'Orders', cells: [], values: [['Customer', 'Date', 'Amount'], ['a', '2024-01-02', 10]] });
    const { subject } = host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2024-01-06', sheetName: 'Orders' }) as { subject: string };
    expect(unsafeIn(subject)).toEqual([]);
    expect(subject).toMatch(/^Shopgnp\.exe x: weekly retention summary/);
  });
});
