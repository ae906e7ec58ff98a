/**
 * Net Promoter Score from 0–10 survey answers.
 */
import { MetricError } from './errors';

/**
 * NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100. Every score must be a whole
 * number from 0 to 10; the first one that is not is reported with its 1-based position.
 * @example nps([10, 9, 8, 6]) === 25 // (2 promoters − 1 detractor) / 4 answers × 100
 */
export function nps(scores: readonly number[]): number {
  if (scores.length === 0) throw new MetricError('no_scores');
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 10) {
      throw new MetricError('score_out_of_range', { position: i + 1, value: String(s) });
    }
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return ((promoters - detractors) / scores.length) * 100;
}
