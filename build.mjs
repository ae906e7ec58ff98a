// Builds what clasp pushes (dist/) and the Node-side tools (build/).
//
// dist/Code.js       the server bundle: `var AddOn = (() => { … })();` (IIFE, ES2020, no modules),
//                    then one top-level stub per export of src/server/index.ts, generated from the
//                    exported function's own parameter names and JSDoc (Apps Script finds functions,
//                    custom functions and their autocomplete help only in top-level declarations).
// dist/appsscript.json  the manifest (from appsscript.json).
// dist/*.html        the sidebar and dialogs, each a single self-contained HTML file.
// build/*.cjs        the `retention` runner, the preview server and the benchmark (Node only).
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const build = join(root, 'build');
const quiet = process.argv.includes('--quiet');
const log = (message) => quiet || console.log(message);

/** Files written to dist/ by this build; anything else there is stale and removed at the end. */
const written = new Set();

/** Writes a dist/ file atomically (temp file + rename), so a test reading dist/ never sees half a file. */
function writeDist(name, content) {
  const target = join(dist, name);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, target);
  written.add(name);
}

/** The namespace the bundle assigns; every stub forwards to it. */
export const NAMESPACE = 'AddOn';

/**
 * Reads the exported functions of src/server/index.ts with the TypeScript compiler:
 * their names, parameter names and JSDoc text (kept verbatim for the stubs).
 */
export function readServerExports(entry = join(root, 'src/server/index.ts')) {
  const program = ts.createProgram([entry], { allowJs: false, noEmit: true, target: ts.ScriptTarget.ES2020, moduleResolution: ts.ModuleResolutionKind.Node10 });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const exports = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!declaration) throw new Error(`src/server/index.ts exports ${exported.name}, which is not a function declaration`);
    const params = declaration.parameters.map((p) => {
      if (!ts.isIdentifier(p.name)) throw new Error(`${exported.name}: destructured parameters cannot become stub parameters`);
      if (p.dotDotDotToken) throw new Error(`${exported.name}: rest parameters cannot become stub parameters`);
      return p.name.text;
    });
    const source = declaration.getSourceFile().getFullText();
    const jsDoc = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc).map((doc) => source.slice(doc.pos, doc.end));
    exports.push({ name: exported.name, params, jsDoc: jsDoc.at(-1) ?? '' });
  }
  return exports;
}

/** The top-level stubs appended to the bundle. */
export function renderStubs(exports) {
  return exports
    .map(({ name, params, jsDoc }) => {
      const list = params.join(', ');
      const doc = jsDoc ? `${jsDoc.replace(/^[ \t]+/gm, ' ').replace(/^ \/\*\*/, '/**')}\n` : '';
      return `${doc}function ${name}(${list}) {\n  return ${NAMESPACE}.${name}(${list});\n}\n`;
    })
    .join('\n');
}

async function buildServer() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/server/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const stubs = renderStubs(readServerExports());
  const header = '// Retention add-on. Built by build.mjs: do not edit; edit src/ and rebuild.\n';
  writeDist('Code.js', `${header}${bundle}\n// Entry points Apps Script sees (generated from src/server/index.ts).\n${stubs}`);
}

/** Each src/ui/<Name>.html page with its <Name>.ts script and <Name>.css inlined becomes dist/<Name>.html. */
async function buildHtml() {
  const uiDir = join(root, 'src/ui');
  if (!existsSync(uiDir)) return;
  for (const file of readdirSync(uiDir).filter((f) => f.endsWith('.html'))) {
    const name = file.slice(0, -'.html'.length);
    let html = readFileSync(join(uiDir, file), 'utf8');
    const script = join(uiDir, `${name}.ts`);
    if (existsSync(script)) {
      const out = await esbuild.build({
        entryPoints: [script],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        platform: 'browser',
        write: false,
        minify: true,
        charset: 'utf8',
        logLevel: 'warning',
      });
      // `</script` inside the code would end the tag early.
      const code = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = html.replace('<!-- SCRIPT -->', () => `<script>${code}</script>`);
    }
    const css = join(uiDir, `${name}.css`);
    if (existsSync(css)) html = html.replace('<!-- STYLE -->', () => `<style>${readFileSync(css, 'utf8')}</style>`);
    writeDist(file, html);
  }
}

/** Node-side tools, bundled so that `npx retention` needs no TypeScript at run time. */
async function buildTools() {
  const tools = [
    ['src/local/cli.ts', 'retention.cjs'],
    ['src/local/preview.ts', 'preview.cjs'],
    ['bench/bench.ts', 'bench.cjs'],
    ['bench/scale.ts', 'bench-scale.cjs'],
  ].filter(([source]) => existsSync(join(root, source)));
  await Promise.all(
    tools.map(([source, out]) =>
      esbuild.build({
        entryPoints: [join(root, source)],
        outfile: join(build, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        packages: 'external',
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  );
}

async function main() {
  const started = Date.now();
  mkdirSync(dist, { recursive: true });
  mkdirSync(build, { recursive: true });
  writeDist('appsscript.json', readFileSync(join(root, 'appsscript.json')));
  await Promise.all([buildServer(), buildHtml(), buildTools()]);
  for (const stale of readdirSync(dist).filter((name) => !written.has(name) && !name.endsWith('.tmp'))) {
    rmSync(join(dist, stale), { recursive: true, force: true });
  }
  log(`built dist/ and build/ in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
