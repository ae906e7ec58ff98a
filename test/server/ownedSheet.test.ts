/**
 * The add-on's own sheets are marked with DOCUMENT-visibility developer metadata, so a change of
 * script or Cloud project (a bound copy, then the published add-on) still finds them instead of
 * making "Cohort report (2)"; sheets marked the old way (PROJECT) are still found and re-marked.
 */
import { describe, expect, it } from 'vitest';
import { DeveloperMetadataVisibility } from '../../src/local/host/metadata';
import { shopHost } from './report/helpers';

const build = (host: Awaited<ReturnType<typeof shopHost>>) => host.runFromSidebar('buildCohortReport', { sheetName: 'Orders' }) as { sheetName: string };

describe('owned sheets across Cloud projects', () => {
  it('a report made under one project is found and replaced under another', async () => {
    const host = await shopHost();
    host.setProjectId('bound-copy');
    expect(build(host).sheetName).toBe('Cohort report');
    host.setProjectId('published-add-on');
    expect(build(host).sheetName).toBe('Cohort report');
    expect(host.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Cohort report']);
    const [mark] = host.spreadsheet.getSheetByName('Cohort report')!.getDeveloperMetadata();
    expect([mark.getKey(), String(mark.getVisibility())]).toEqual(['retention.report', 'DOCUMENT']);
  });

  it('a sheet marked the old way (PROJECT) is still found, and re-marked so other projects find it too', async () => {
    const host = await shopHost();
    const old = host.spreadsheet.insertSheet('Cohort report');
    old.addDeveloperMetadata('retention.report', 'cohort', DeveloperMetadataVisibility.PROJECT);
    expect(build(host).sheetName).toBe('Cohort report');
    host.setProjectId('published-add-on');
    expect(build(host).sheetName).toBe('Cohort report');
    expect(host.spreadsheet.getSheets()).toHaveLength(2);
  });
});
