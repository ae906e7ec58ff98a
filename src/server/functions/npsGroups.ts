/**
 * NPS(scores, groups): the answers of a range split by the group written beside each, one row per
 * group in the order groups first appear, with the number of answers behind each and the Customers
 * sheet's "too few answers to mean much" below MIN_NPS_ANSWERS (docs/FUNCTIONS.md).
 */
import { isBlank } from '../../core/read/cells';
import { MIN_NPS_ANSWERS } from '../../core/customers';
import { MetricError } from '../../core/metrics/errors';
import { nps } from '../../core/metrics/nps';
import { t } from '../../i18n';
import type { CellValue } from '../../core/types';
import type { Call, Param } from './args';

type Cell = string | number | boolean | Date;

/** The cells of a range (or one value), row by row. */
function cellsOf(value: unknown): CellValue[] {
  return Array.isArray(value) ? (value as CellValue[][]).flat() : [value as CellValue];
}

/** The key two group cells share when they are the same group (text trimmed, numbers and dates by value). */
function groupKey(cell: unknown): string {
  if (cell instanceof Date) return `d${cell.getTime()}`;
  if (typeof cell === 'string') return `s${cell.trim()}`;
  return `${typeof cell}${String(cell)}`;
}

/**
 * The spilled table: group, NPS, answers, note. Scores left empty are skipped; an answer without a
 * group counts in "(no group)". A groups range over different rows than the scores is refused,
 * naming parameter 2, unless the extra rows are empty (whole-column ranges of different lengths).
 * @example npsByGroup(call, scoresParam, groupsParam) // [['Group', 'NPS', 'Answers', 'Note'], ['A', 50, 2, 'too few answers to mean much']]
 */
export function npsByGroup(call: Call, scoresParam: Param, groupsParam: Param): Cell[][] {
  const scores = cellsOf(scoresParam[2]);
  const groups = cellsOf(groupsParam[2]);
  const rows = Math.min(scores.length, groups.length);
  const longer = scores.length > groups.length ? scores : groups;
  for (let i = rows; i < longer.length; i++) {
    if (!isBlank(longer[i])) {
      call.failParam('fn.rangeLengths', groupsParam, { rows: groups.length, other: scoresParam[0], otherRows: scores.length });
    }
  }
  const byKey = new Map<string, { label: Cell; scores: number[] }>();
  const all: number[] = [];
  const positions: number[] = [];
  for (let i = 0; i < rows; i++) {
    const score = scores[i];
    if (isBlank(score)) continue;
    const cell = groups[i];
    const blank = isBlank(cell);
    const key = blank ? '' : groupKey(cell);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { label: blank ? t(call.language, 'fn.nps.noGroup') : (cell as Cell), scores: [] }));
    group.scores.push(score as number);
    all.push(score as number);
    positions.push(i + 1);
  }
  if (all.length === 0) call.fail('fn.noScores');
  checkScores(call, all, positions);
  const out: Cell[][] = [[t(call.language, 'fn.header.group'), t(call.language, 'customers.nps.nps'), t(call.language, 'customers.nps.answers'), t(call.language, 'fn.header.note')]];
  for (const group of byKey.values()) {
    out.push([group.label, nps(group.scores), group.scores.length, group.scores.length < MIN_NPS_ANSWERS ? t(call.language, 'customers.nps.few') : '']);
  }
  return out;
}

/**
 * Refuses the first score that is not a whole number 0–10, naming its cell's position in the scores.
 * @example checkScores(call, [10, 11], [1, 3]) // throws "… but answer 3 is \"11\"."
 */
export function checkScores(call: Call, scores: number[], positions: number[]): void {
  try {
    nps(scores);
  } catch (error) {
    if (!(error instanceof MetricError) || error.code !== 'score_out_of_range') throw error;
    const i = (error.params.position as number) - 1;
    call.fail('fn.badScore', { position: positions[i], value: String(scores[i]) });
  }
}
