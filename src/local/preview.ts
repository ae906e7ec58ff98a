/**
 * `npm run preview`: serves the real dist/Sidebar.html on localhost, against a LocalHost running
 * the built add-on with the sample shop loaded. `google.script.run` is shimmed over HTTP:
 * `POST /run/<fn>` with the JSON array of arguments calls `host.runFromSidebar(fn, …args)` and
 * answers `{ value }` or `{ error }`. `GET /sheets` shows every sheet of the local spreadsheet as
 * a table (the report the sidebar built, for instance).
 *
 * Options: --port N (default 8080), --locale pl_PL (default en_US), --timezone ZONE (default Europe/Warsaw).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalHost } from './host/index';
import { distDir } from './runner';
import { sampleShop } from './sampleShop';

/** The client half of the shim: google.script.run over fetch, with Apps Script's call shape. */
const SHIM = `<script>
(function () {
  function runner(handlers) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(Object.assign({}, handlers, { ok: fn })); };
        if (name === 'withFailureHandler') return function (fn) { return runner(Object.assign({}, handlers, { fail: fn })); };
        if (name === 'withUserObject') return function (o) { return runner(Object.assign({}, handlers, { user: o })); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              if ('error' in answer) { if (handlers.fail) handlers.fail(new Error(answer.error), handlers.user); }
              else if (handlers.ok) handlers.ok(answer.value, handlers.user);
            })
            .catch(function (error) { if (handlers.fail) handlers.fail(error, handlers.user); });
        };
      },
    });
  }
  window.google = { script: { run: runner({}), host: { close: function () {}, setHeight: function () {}, setWidth: function () {} } } };
})();
</script>`;

export interface PreviewServer {
  url: string;
  host: LocalHost;
  close(): Promise<void>;
}

/**
 * The sidebar page with the shim injected before its own script.
 * @example sidebarPage('dist').includes('google.script') === true
 */
function sidebarPage(dist: string): string {
  const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
  return html.replace('<head>', () => `<head>\n${SHIM}`);
}

/** A local spreadsheet running the built add-on with the sample shop as its "Orders" sheet. */
export function sampleHost(options: { locale?: string; timeZone?: string; dist?: string } = {}): LocalHost {
  const host = new LocalHost({
    timeZone: options.timeZone ?? 'Europe/Warsaw',
    locale: options.locale ?? 'en_US',
    distDir: options.dist ?? distDir(),
    spreadsheetName: 'Sample shop',
    addonTitle: 'Retention',
  }).load();
  host.addSheet({ ...sampleShop(), name: 'Orders' });
  return host;
}

/**
 * Starts the preview server (port 0 picks a free port).
 * @example const preview = await startPreview({ port: 0 }); await fetch(preview.url);
 */
export function startPreview(options: { host?: LocalHost; port?: number; dist?: string } = {}): Promise<PreviewServer> {
  const dist = options.dist ?? distDir();
  const host = options.host ?? sampleHost({ dist });
  const server: Server = createServer((request, response) => {
    handle(host, dist, request, response).catch((error) => send(response, 500, 'text/plain', String(error)));
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 8080, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        host,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function handle(host: LocalHost, dist: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
  if (request.method === 'GET' && (path === '/' || path === '/Sidebar.html')) {
    return send(response, 200, 'text/html; charset=utf-8', sidebarPage(dist));
  }
  if (request.method === 'POST' && path.startsWith('/run/')) {
    const args = JSON.parse((await body(request)) || '[]');
    let answer: unknown;
    try {
      answer = { value: host.runFromSidebar(path.slice('/run/'.length), ...(Array.isArray(args) ? args : [])) };
    } catch (error) {
      answer = { error: (error as Error).message };
    }
    return send(response, 200, 'application/json', JSON.stringify(answer));
  }
  if (request.method === 'GET' && path === '/sheets') return send(response, 200, 'text/html; charset=utf-8', sheetsPage(host));
  send(response, 404, 'text/plain', 'Not found');
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, text: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(text);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Every sheet's first 60 rows as displayed, for a look at what the add-on wrote. */
function sheetsPage(host: LocalHost): string {
  const parts = host.spreadsheet.getSheets().map((sheet) => {
    const rows = Math.min(60, sheet.getLastRow());
    const columns = sheet.getLastColumn();
    const values = rows && columns ? sheet.getRange(1, 1, rows, columns).getDisplayValues() : [];
    const table = values.map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`).join('');
    return `<h2>${escapeHtml(sheet.getName())}</h2><table border="1" cellspacing="0" cellpadding="3">${table}</table>`;
  });
  return `<!DOCTYPE html><meta charset="utf-8"><title>Sheets</title><body style="font:12px Arial">${parts.join('')}</body>`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, locale: { type: 'string' }, timezone: { type: 'string' } } });
  const host = sampleHost({ locale: values.locale, timeZone: values.timezone });
  const preview = await startPreview({ host, port: Number(values.port ?? 8080) });
  process.stdout.write(`Sidebar preview: ${preview.url}  (sheets the add-on wrote: ${preview.url}sheets)\nCtrl+C stops it.\n`);
}

if (process.argv[1] && /preview\.(c?js|ts)$/.test(process.argv[1])) {
  main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
