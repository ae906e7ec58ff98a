/**
 * What clasp pushes: dist/Code.js must be a plain ES2020 script whose top-level function
 * declarations are exactly the add-on's entry points, each forwarding to the bundle's namespace
 * with the same parameter names, and the manifest must ask for the minimal scopes.
 */
import { parse, type Comment } from 'acorn';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, distFile } from '../helpers/build';

interface TopLevelFunction {
  name: string;
  params: string[];
  body: string;
  jsDoc: string;
}

let code: string;
let topLevel: TopLevelFunction[];

beforeAll(async () => {
  await buildOnce();
  code = readFileSync(distFile('Code.js'), 'utf8');
  const comments: Comment[] = [];
  const program = parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments }) as any;
  topLevel = program.body
    .filter((node: any) => node.type === 'FunctionDeclaration')
    .map((node: any) => {
      const doc = comments.filter((c) => c.end <= node.start && code.slice(c.end, node.start).trim() === '').at(-1);
      return {
        name: node.id.name,
        params: node.params.map((p: any) => p.name),
        body: code.slice(node.body.start, node.body.end),
        jsDoc: doc ? doc.value : '',
      };
    });
});

function loadNamespace(): Record<string, unknown> {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  return context.AddOn as Record<string, unknown>;
}

describe('dist/Code.js', () => {
  it('parses as an ES2020 script: no modules, no newer syntax', () => {
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('loads with no Apps Script service present: top-level code calls nothing', () => {
    expect(() => loadNamespace()).not.toThrow();
  });

  it('declares a top-level stub for every export, and no stub without an export', () => {
    const exported = Object.keys(loadNamespace()).sort();
    const stubs = topLevel.map((f) => f.name).sort();
    expect(stubs).toEqual(exported);
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar', 'getSidebarState', 'CRR']));
  });

  it('forwards each stub to the namespace with its own parameter names', () => {
    for (const stub of topLevel) {
      const list = stub.params.join(', ');
      expect(stub.body.replace(/\s+/g, ' ')).toBe(`{ return AddOn.${stub.name}(${list}); }`);
      expect(stub.name.endsWith('_')).toBe(false);
    }
  });

  it('gives each custom function named parameters and a JSDoc block with @customfunction', () => {
    const customFunctions = topLevel.filter((f) => /^[A-Z][A-Z0-9_]*$/.test(f.name));
    expect(customFunctions.map((f) => f.name)).toContain('CRR');
    for (const fn of customFunctions) {
      expect(fn.jsDoc, fn.name).toContain('@customfunction');
      expect(fn.params.length, `${fn.name} must show its parameters in Sheets`).toBeGreaterThan(0);
      const documented = [...fn.jsDoc.matchAll(/@param\s+\{[^}]*\}\s+(\[?\w+)/g)].map((m) => m[1].replace('[', ''));
      expect(documented, `${fn.name}: @param names must match the parameters`).toEqual(fn.params);
    }
    const crr = topLevel.find((f) => f.name === 'CRR')!;
    expect(crr.params.slice(0, 5)).toEqual(['customers_or_start', 'dates_or_end', 'amounts_or_new', 'period_start', 'period_end']);
  });

  it('only names top-level functions in menu items and triggers', () => {
    const names = new Set(topLevel.map((f) => f.name));
    const referenced = [
      ...code.matchAll(/\.addItem\(.*?,\s*"(\w+)"\)/g),
      ...code.matchAll(/newTrigger\("(\w+)"\)/g),
    ].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const name of referenced) expect(names.has(name), `${name} is not a top-level function`).toBe(true);
  });
});

describe('dist/appsscript.json', () => {
  it('runs on V8 and asks only for the minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(distFile('appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        // Session.getEffectiveUser().getEmail(): the default recipient of the weekly e-mail (not a sensitive scope).
        'https://www.googleapis.com/auth/userinfo.email',
        // The BigQuery source (docs/BIGQUERY.md): Jobs.query and Tables.get; Apps Script asks for every manifest scope at install.
        'https://www.googleapis.com/auth/bigquery',
      ].sort(),
    );
  });

  it('enables the BigQuery advanced service (v2) under the name BigQuery', () => {
    const manifest = JSON.parse(readFileSync(distFile('appsscript.json'), 'utf8'));
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'BigQuery', version: 'v2', serviceId: 'bigquery' }]);
  });

  it('is pushed from dist by clasp', () => {
    const clasp = JSON.parse(readFileSync(new URL('../../.clasp.json', import.meta.url), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
  });
});
