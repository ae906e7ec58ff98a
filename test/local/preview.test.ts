import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHost, startPreview, type PreviewServer } from '../../src/local/preview';
import { buildOnce, distFile } from '../helpers/build';

let preview: PreviewServer;

beforeAll(async () => {
  await buildOnce();
  const host = sampleHost({ dist: distFile('') });
  host.addSheet({ name: '<b>x</b>', cells: [], values: [['<i>header</i>']] });
  preview = await startPreview({ host, port: 0, dist: distFile('') });
});
afterAll(() => preview?.close());

const call = async (fn: string, ...args: unknown[]) =>
  (await fetch(`${preview.url}run/${fn}`, { method: 'POST', body: JSON.stringify(args) })).json();

describe('the preview server', () => {
  it('serves the built sidebar with the google.script.run shim before its script', async () => {
    const html = await (await fetch(preview.url)).text();
    const shim = html.indexOf('window.google');
    expect(shim).toBeGreaterThan(0);
    expect(shim).toBeLessThan(html.indexOf('<script>', shim + 1));
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\//);
  });

  it('calls server functions as google.script.run does, answering value or error', async () => {
    const state = await call('getSidebarState');
    expect(state.value.spreadsheetName).toBe('Sample shop');
    expect(state.value.sheetNames).toEqual(['Orders', '<b>x</b>']);
    expect(await call('buildCohortReport', { sheetName: 'Nope' })).toEqual({
      error: 'There is no sheet named "Nope". Pick the order sheet again: it may have been renamed or deleted.',
    });
    expect((await call('showSidebar_')).error).toBe('google.script.run.showSidebar_ is not a function');
  });

  it('shows the sheets with their text escaped', async () => {
    const html = await (await fetch(`${preview.url}sheets`)).text();
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(html).not.toContain('<i>header</i>');
  });
});
