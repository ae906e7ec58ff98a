/**
 * The sidebar's report build gets back only what its panel shows (issue #13, item 7): the sheet's
 * name, the size and the data-health lines. The runner asks for the cohort JSON with `withJson`,
 * and its output is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/local/host/index';
import { sampleShop } from '../../src/local/sampleShop';
import { distFile } from '../helpers/build';

function sampleHost(): LocalHost {
  const host = new LocalHost({ timeZone: 'Europe/Warsaw', locale: 'en_US', distDir: distFile(''), spreadsheetName: 'Sample shop' }).load();
  host.addSheet({ ...sampleShop(), name: 'Orders' });
  return host;
}

describe('what buildCohortReport returns', () => {
  it('to the sidebar: the sheet, the size and the health lines, a few hundred bytes even for a daily report', () => {
    const host = sampleHost();
    const result = host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'day' } }) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['cohorts', 'health', 'periods', 'sheetName', 'used']);
    expect(result.sheetName).toBe('Cohort report');
    expect(result.cohorts as number).toBeGreaterThan(300);
    expect(JSON.stringify(result).length).toBeLessThan(1500); // with the columns line and the reading notes
  });

  it('to the runner (withJson): the cohort JSON and the timings as well, matching the sidebar’s figures', () => {
    const host = sampleHost();
    const slim = host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'day' } }) as { cohorts: number; periods: number };
    const full = host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'day' }, withJson: true }) as {
      cohorts: number;
      periods: number;
      json: { cohorts: unknown[] };
      timings: Record<string, number>;
    };
    expect([full.cohorts, full.periods]).toEqual([slim.cohorts, slim.periods]);
    expect(full.json.cohorts).toHaveLength(slim.cohorts);
    expect(Object.keys(full.timings).sort()).toEqual(['computeMs', 'readMs', 'writeMs']);
    // What the sidebar no longer receives.
    expect(JSON.stringify(full).length).toBeGreaterThan(100_000);
  });
});
