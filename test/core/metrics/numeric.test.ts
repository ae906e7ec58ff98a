import { describe, expect, it } from 'vitest';
import {
  avgRetentionPeriodFromChurn,
  churnFromCounts,
  clvNumeric,
  crrFromCounts,
  MetricError,
  nps,
} from '../../../src/core/metrics';
import { thrownMetricError } from './thrown';

describe('numeric forms', () => {
  it('compute CRR and CHURN from counts (hand computation)', () => {
    expect(crrFromCounts(40, 38, 6)).toBe(0.8); // (38 − 6) / 40
    expect(churnFromCounts(40, 10)).toBe(0.25); // 10 / 40
  });

  it('refuse zero starting customers and bad numbers, naming the parameter', () => {
    expect(() => crrFromCounts(0, 3, 1)).toThrowError(new MetricError('no_start_customers'));
    expect(() => churnFromCounts(0, 0)).toThrow('no customers at the start of the period');
    expect(() => crrFromCounts(10, -1, 0)).toThrow('end must be 0 or more, got -1');
    expect(() => churnFromCounts(10, NaN)).toThrow('lost must be a number, got NaN');
  });

  it('refuse counts that cannot occur together, and counts that are not whole numbers', () => {
    // new > end: more new customers than customers at the end (would give (50 − 80) / 100 = −30%).
    expect(() => crrFromCounts(100, 50, 80)).toThrowError(new MetricError('count_too_large', { name: 'new', value: 80, max: 50, limit: 'end' }));
    // end > start + new: more kept (150 − 20) than customers at the start (would give 130%).
    expect(() => crrFromCounts(100, 150, 20)).toThrow('end must be at most 120 (start + new), got 150');
    expect(crrFromCounts(100, 120, 20)).toBe(1); // every starting customer kept: the largest end allowed
    expect(() => churnFromCounts(10, 20)).toThrow('lost must be at most 10 (start), got 20');
    expect(() => crrFromCounts(100.5, 50, 10)).toThrow('start must be a whole number, got 100.5');
    expect(() => churnFromCounts(10, 2.5)).toThrowError(new MetricError('not_whole_number', { name: 'lost', value: 2.5 }));
  });

  it('refuse a result too large to be a number', () => {
    // 1e308 × 10 × 10 overflows to Infinity.
    expect(() => clvNumeric(1e308, 10, 10)).toThrowError(new MetricError('result_not_finite'));
    expect(() => clvNumeric(-1e308, 10, 10)).toThrow('the result is too large to be a number');
    // A zero factor is 0, not Infinity × 0 = NaN.
    expect(clvNumeric(1e308, 10, 0)).toBe(0);
    expect(() => avgRetentionPeriodFromChurn(5e-324)).toThrowError(new MetricError('result_not_finite'));
  });

  it('compute CLV as AOV × purchases per year × lifetime × margin (hand computation)', () => {
    expect(clvNumeric(40, 3, 2)).toBe(240); // 40 × 3 × 2
    expect(clvNumeric(40, 3, 2, 0.5)).toBe(120);
    expect(() => clvNumeric(40, -3, 2)).toThrow('purchasesPerYear must be 0 or more');
  });

  it('compute the expected lifetime as 1 / churn', () => {
    expect(avgRetentionPeriodFromChurn(0.25)).toBe(4);
    expect(avgRetentionPeriodFromChurn(1)).toBe(1);
    expect(() => avgRetentionPeriodFromChurn(0)).toThrowError(new MetricError('churn_not_positive', { value: '0' }));
    expect(() => avgRetentionPeriodFromChurn(1.5)).toThrow(MetricError);
  });
});

describe('NPS', () => {
  it('subtract the share of detractors from the share of promoters (hand computation)', () => {
    expect(nps([10, 9, 8, 6])).toBe(25); // (2 − 1) / 4 × 100
    // 0..10: promoters 9, 10 (2); passives 7, 8; detractors 0..6 (7). (2 − 7) / 11 × 100.
    expect(nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(-500 / 11, 12);
    expect(nps([10, 10])).toBe(100);
    expect(nps([0])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });

  it('reject scores outside 0..10 with their position', () => {
    expect(() => nps([])).toThrowError(new MetricError('no_scores'));
    expect(() => nps([9, 11])).toThrow('score 11 at position 2 is not a whole number from 0 to 10');
    expect(() => nps([-1])).toThrow(MetricError);
    expect(() => nps([7.5])).toThrow('score 7.5 at position 1');
    expect(() => nps([NaN])).toThrow(MetricError);
  });
});

describe('numeric forms at their edges', () => {
  it('name the parameter that is not a number (NaN and Infinity are not numbers here)', () => {
    expect(thrownMetricError(() => clvNumeric(NaN, 1, 1))).toEqual(['invalid_number', { name: 'aov', value: 'NaN' }]);
    expect(thrownMetricError(() => clvNumeric(1, 1, Infinity))).toEqual(['invalid_number', { name: 'lifetimeYears', value: 'Infinity' }]);
    expect(thrownMetricError(() => clvNumeric(1, 1, 1, NaN))).toEqual(['invalid_number', { name: 'margin', value: 'NaN' }]);
    expect(thrownMetricError(() => crrFromCounts(10, 5, 1.5))).toEqual(['not_whole_number', { name: 'new', value: 1.5 }]);
  });

  it('give CLV +0 for a zero factor, never −0 and never NaN from an overflow times 0', () => {
    // A negative AOV (refunds above sales) times 0 purchases is −0 in IEEE arithmetic; a cell shows 0.
    expect(Object.is(clvNumeric(-5, 0, 2, 1), 0)).toBe(true);
    expect(Object.is(clvNumeric(0, 3, 2, -1), 0)).toBe(true);
    // 1e200 × 1e200 overflows to Infinity, and Infinity × 0 is NaN: the zero wins.
    expect(clvNumeric(1e200, 1e200, 1, 0)).toBe(0);
    expect(clvNumeric(1e200, 1e200, 0, 1)).toBe(0);
  });

  it('refuse a churn that is not a number as out of range, not as a result too large', () => {
    expect(thrownMetricError(() => avgRetentionPeriodFromChurn(NaN))).toEqual(['churn_not_positive', { value: 'NaN' }]);
    expect(avgRetentionPeriodFromChurn(1)).toBe(1);
  });

  it('refuse an NPS answer outside 0–10 or not whole, with its position', () => {
    expect(thrownMetricError(() => nps([10, 11]))).toEqual(['score_out_of_range', { position: 2, value: '11' }]);
    expect(thrownMetricError(() => nps([-1]))).toEqual(['score_out_of_range', { position: 1, value: '-1' }]);
    expect(thrownMetricError(() => nps([9, 9.5]))).toEqual(['score_out_of_range', { position: 2, value: '9.5' }]);
    expect(nps([0, 10])).toBe(0);
  });
});

describe('MetricError', () => {
  it('writes each code as its English sentence with the parameters filled in', () => {
    const cases: [ConstructorParameters<typeof MetricError>, string][] = [
      [['no_start_customers'], 'no customers at the start of the period'],
      [['no_purchases'], 'no purchases in the date range'],
      [['no_repeat_purchases'], 'no customer bought twice in the date range'],
      [['no_scores'], 'no scores given'],
      [['score_out_of_range', { value: 12, position: 3 }], 'score 12 at position 3 is not a whole number from 0 to 10'],
      [['invalid_number', { name: 'aov', value: 'x' }], 'aov must be a number, got x'],
      [['negative_number', { name: 'end', value: -1 }], 'end must be 0 or more, got -1'],
      [['not_whole_number', { name: 'new', value: 1.5 }], 'new must be a whole number, got 1.5'],
      [['count_too_large', { name: 'lost', max: 4, limit: 'start', value: 5 }], 'lost must be at most 4 (start), got 5'],
      [['result_not_finite'], 'the result is too large to be a number'],
      [['invalid_period', { name: 'from > to' }], 'the period must end after it starts (from > to)'],
      [['invalid_window', { value: 0 }], 'the activity window must be a whole number of days ≥ 1, got 0'],
      [['churn_not_positive', { value: 2 }], 'churn must be more than 0 and at most 1, got 2'],
    ];
    for (const [args, message] of cases) {
      const error = new MetricError(...args);
      expect([error.name, error.code, error.message]).toEqual(['MetricError', args[0], message]);
    }
  });
});
