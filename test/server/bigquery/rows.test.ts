import { describe, expect, it } from 'vitest';
import { cellValue, rowObjects } from '../../../src/server/bigquery/rows';

describe('REST rows to values by the schema types', () => {
  it('reads each type as BigQuery writes it', () => {
    const fields = [
      { name: 'i', type: 'INT64' },
      { name: 'f', type: 'FLOAT64' },
      { name: 'n', type: 'NUMERIC' },
      { name: 'b', type: 'BOOL' },
      { name: 't', type: 'TIMESTAMP' },
      { name: 'd', type: 'DATE' },
      { name: 's', type: 'STRING' },
      { name: 'z', type: 'INTEGER' },
    ];
    const rows = [{ f: ['42', '1.5E3', '12.34', 'true', '1.7040672E9', '2024-01-01', 'a@b.pl', null].map((v) => ({ v })) }];
    // 1.7040672E9 s = 2024-01-01T00:00:00Z = 1,704,067,200,000 ms.
    expect(rowObjects(fields, rows)).toEqual([{ i: 42, f: 1500, n: 12.34, b: true, t: Date.UTC(2024, 0, 1), d: '2024-01-01', s: 'a@b.pl', z: null }]);
  });

  it('refuses an integer JavaScript cannot hold exactly, and a row of the wrong width', () => {
    // 2^53 + 1 = 9007199254740993.
    expect(() => cellValue({ v: '9007199254740993' }, { name: 'big', type: 'INT64' })).toThrow('not a number JavaScript holds exactly');
    expect(() => rowObjects([{ name: 'a', type: 'STRING' }], [{ f: [{ v: 'x' }, { v: 'y' }] }])).toThrow('2 values for 1 fields');
    expect(() => cellValue({ v: 7 }, { name: 'a', type: 'INT64' })).toThrow('is not a string');
  });
});
