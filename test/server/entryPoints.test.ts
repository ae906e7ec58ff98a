/**
 * The built bundle's entry points in the local Apps Script host: what a user meets first when the
 * add-on is pushed (menu, sidebar, a custom function), under Apps Script's rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/local/host/index';
import { join } from 'node:path';
import { buildOnce, projectRoot } from '../helpers/build';

beforeAll(async () => {
  await buildOnce();
});

const host = (locale = 'en_US') => new LocalHost({ locale, distDir: join(projectRoot, 'dist') }).load();

describe('the built add-on', () => {
  it('calls no service while loading (no top-level side effects)', () => {
    const h = host();
    h.runOnOpen('NONE');
    h.runFromSidebar('getSidebarState');
    expect(h.loadTimeServiceCalls).toEqual([]);
  });

  it('builds its menu in AuthMode.NONE, in English, without touching the document', () => {
    const h = host('pl_PL');
    h.runOnOpen('NONE');
    const [menu] = h.ui.menus;
    expect(menu.addon).toBe(true);
    const items = menu.items.filter((item): item is { caption: string; functionName: string } => typeof item === 'object' && 'functionName' in item);
    expect(items.map((item) => item.caption)).toEqual(['Open retention report', 'Build cohort report', 'Weekly summary e-mail', 'Check this add-on', 'Help']);
    // Every item names a function Apps Script can find at the top level of Code.js.
    for (const item of items) expect(() => h.run(item.functionName)).not.toThrow();
  });

  it("speaks the spreadsheet's language once the add-on may read the document", () => {
    const h = host('pl_PL');
    h.runOnOpen('LIMITED');
    expect(h.ui.menus[0].items[0]).toMatchObject({ caption: 'Otwórz raport retencji', functionName: 'showSidebar' });
  });

  it('opens the sidebar from the menu', () => {
    const h = host();
    h.runOnOpen('FULL');
    h.clickMenu('Open retention report');
    expect(h.ui.sidebars).toHaveLength(1);
    expect(h.ui.sidebars[0].html).toContain('<script>');
  });

  it('answers =CRR(200, 180, 20) with 0.8 and explains a bad argument the way built-in functions do', () => {
    const h = host();
    // (180 − 20) / 200 = 0.8
    expect(h.runCustomFunction('CRR', 200, 180, 20)).toBeCloseTo(0.8, 12);
    expect(() => h.runCustomFunction('CRR', 'many', 180, 20)).toThrow(/CRR.*parameter 1/i);
  });
});
