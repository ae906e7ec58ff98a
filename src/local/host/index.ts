/**
 * The local Apps Script host: runs the built bundle (`dist/Code.js`) in a `vm` context against
 * in-memory fakes of the services the add-on uses. See README.md in this folder.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type SheetData } from '../sheetData';
import { parseA1 } from './a1';
import { WallDate } from './cells';
import { type ExecMode, isDate, Realm, Runtime } from './runtime';
import { Lock, LockTable } from './lock';
import { MailService, type SentMail } from './mail';
import { BigQueryStandIn } from './bigquery';
import { scriptGlobals } from './globals';
import { manifestAdvancedServices, manifestScopes } from './manifest';
import { DATE_WRAPPER, forgetGlobals } from './sandbox';
import { isDue } from './schedule';
import { exportSheet, importSheet } from './sheetFiles';
import { plainCopy, SidebarCallError } from './sidebarCall';
import { AuthMode, ScriptService, Trigger } from './script';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { CacheStore, PropertyStore } from './stores';
import { type UiRecord } from './ui';
import { instantToWall } from './time';

export type { SentMail } from './mail';
export type { BigQueryCall, RecordedQuery, Recorded, RestError } from './bigquery';
export type { UiRecord } from './ui';
export type { Range } from './range';
export type { Sheet } from './sheet';
export type { Spreadsheet } from './spreadsheet';

export interface HostOptions {
  /** The spreadsheet's zone (default 'Europe/Warsaw'). */
  timeZone?: string;
  /** The spreadsheet's locale, e.g. 'en_US', 'pl_PL' (default 'en_US'). */
  locale?: string;
  /** The manifest's zone: `Session.getScriptTimeZone()` and the zone of `Date`'s local methods (default 'America/New_York'). */
  scriptTimeZone?: string;
  /** `Session.getActiveUserLocale()` (default: the language of `locale`). */
  userLocale?: string;
  spreadsheetName?: string;
  userEmail?: string;
  /** The clock of `new Date()`, `Date.now()` and cache expiry inside the host. */
  now?: () => Date;
  /** Where Code.js and the HTML files are read (default 'dist'). */
  distDir?: string;
  /** The add-on's name, the caption of its add-on menu. */
  addonTitle?: string;
  /**
   * The manifest's `oauthScopes` (default: those of `${distDir}/appsscript.json`, the manifest
   * being run). A service call whose scope is not among them is refused, as in Apps Script; a
   * manifest without `oauthScopes` allows every call (Apps Script then detects the scopes).
   */
  scopes?: string[];
  /**
   * The advanced services the script sees, by their `userSymbol` (default: the manifest's
   * `dependencies.enabledAdvancedServices`): as in Apps Script, a service not enabled is no global.
   * Only `BigQuery` has a stand-in (`host.bigQuery`).
   */
  advancedServices?: string[];
  /**
   * The Cloud project the script runs under (default 'local-project'); change it with
   * `host.setProjectId` to see what another project (the published add-on, after a bound copy)
   * sees: `PROJECT`-visibility developer metadata of another project is invisible.
   */
  projectId?: string;
  /**
   * An editor add-on's test deployment (default false): installable triggers are not supported
   * (Google's "Test an Editor add-on" page), so `create()` of a trigger throws and nothing fires.
   */
  testDeployment?: boolean;
  /**
   * Whether a time-driven trigger runs with a containing document (default true). With false,
   * `getActiveSpreadsheet()`, `LockService.getDocumentLock()`, `getDocumentProperties()` and
   * `getDocumentCache()` return null in trigger runs, as Google documents outside a document.
   */
  triggerDocumentContext?: boolean;
  /**
   * Benchmarks only: evaluate the script's top level once and keep it (and its globals) for
   * every later execution, so the JIT's work carries over as in a long-running Node process.
   * Apps Script evaluates it anew in every execution (the default, `false`).
   */
  keepScriptWarm?: boolean;
}

/** What one fired trigger did. */
export interface TriggerRun {
  handler: string;
  triggerUid: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/**
 * An in-memory Apps Script host holding one spreadsheet.
 * @example
 * const host = new LocalHost({ timeZone: 'Europe/Warsaw' }).load(code);
 * host.addSheet({ name: 'Orders', cells: [[{ value: 'id' }]] });
 * host.run('showSidebar');
 */
export class LocalHost {
  readonly rt = new Runtime();
  readonly options: Required<Omit<HostOptions, 'now' | 'scopes'>> & { now?: () => Date; scopes: string[] | null };
  /** The BigQuery advanced service's stand-in: record its answers here (src/local/host/bigquery.ts). */
  readonly bigQuery: BigQueryStandIn;
  readonly spreadsheet: Spreadsheet;
  readonly outbox: SentMail[] = [];
  readonly logs: string[] = [];
  readonly ui: UiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [], alertAnswers: [] };
  readonly properties: { document: PropertyStore; user: PropertyStore; script: PropertyStore };
  readonly caches: { document: CacheStore; user: CacheStore; script: CacheStore };
  readonly locks = new LockTable();
  readonly mail: MailService;
  readonly scriptApp: ScriptService;
  private source: string | null = null;
  private compiled: vm.Script | null = null;
  /** The script's context, its realm, and the names its globals had before the script ran. */
  private sandbox: { context: vm.Context; realm: Realm; baseline: Set<string>; evaluated: boolean } | null = null;
  private clockOverride: number | null = null;
  private readonly services: Record<string, unknown>;

  constructor(options: HostOptions = {}) {
    const locale = options.locale ?? 'en_US';
    this.options = {
      timeZone: options.timeZone ?? 'Europe/Warsaw',
      locale,
      scriptTimeZone: options.scriptTimeZone ?? 'America/New_York',
      userLocale: options.userLocale ?? locale.split('_')[0],
      spreadsheetName: options.spreadsheetName ?? 'Untitled spreadsheet',
      userEmail: options.userEmail ?? 'user@example.com',
      distDir: options.distDir ?? 'dist',
      addonTitle: options.addonTitle ?? 'Add-on',
      scopes: options.scopes ?? manifestScopes(options.distDir ?? 'dist'),
      advancedServices: options.advancedServices ?? manifestAdvancedServices(options.distDir ?? 'dist'),
      projectId: options.projectId ?? 'local-project',
      testDeployment: options.testDeployment ?? false,
      triggerDocumentContext: options.triggerDocumentContext ?? true,
      keepScriptWarm: options.keepScriptWarm ?? false,
      now: options.now,
    };
    const rt = this.rt;
    rt.declaredScopes = this.options.scopes && new Set(this.options.scopes);
    rt.projectId = this.options.projectId;
    const now = () => this.nowMs();
    const id = randomUUID().replace(/-/g, '').slice(0, 24);
    this.spreadsheet = new Spreadsheet(rt, { timeZone: this.options.timeZone, locale }, this.options.spreadsheetName, id);
    this.spreadsheet._newSheet('Sheet1');
    this.properties = {
      document: new PropertyStore(rt, 'PropertiesService.getDocumentProperties'),
      user: new PropertyStore(rt, 'PropertiesService.getUserProperties'),
      script: new PropertyStore(rt, 'PropertiesService.getScriptProperties'),
    };
    this.caches = {
      document: new CacheStore(rt, 'CacheService.getDocumentCache', now),
      user: new CacheStore(rt, 'CacheService.getUserCache', now),
      script: new CacheStore(rt, 'CacheService.getScriptCache', now),
    };
    this.mail = new MailService(rt, this.outbox, now);
    this.bigQuery = new BigQueryStandIn(rt);
    this.scriptApp = new ScriptService(rt, {
      spreadsheetId: () => this.spreadsheet._id,
      scriptTimeZone: this.options.scriptTimeZone,
      now,
      scopes: this.options.scopes ?? [],
      testDeployment: this.options.testDeployment,
    });
    this.services = scriptGlobals(this);
  }

  /** Service calls the script's top level made while it was evaluated (should be empty). */
  get loadTimeServiceCalls(): string[] {
    return this.rt.loadTimeCalls;
  }

  /** Toasts shown with `Spreadsheet.toast`. */
  get toasts(): { message: string; title: string; timeoutSeconds: number }[] {
    return this.spreadsheet._toasts;
  }

  /** The installed triggers. */
  get triggers(): Trigger[] {
    return this.scriptApp.triggers;
  }

  private nowMs(): number {
    if (this.clockOverride !== null) return this.clockOverride;
    return this.options.now ? this.options.now().getTime() : Date.now();
  }

  /**
   * Loads the script (default `${distDir}/Code.js`): compiles it and evaluates its top level once,
   * recording any service call made there in `loadTimeServiceCalls`.
   */
  load(codeJs?: string): this {
    this.source = codeJs ?? readFileSync(join(this.options.distDir, 'Code.js'), 'utf8');
    this.compiled = new vm.Script(this.source, { filename: 'Code.js' });
    this.sandbox = null;
    this.rt.loadTimeCalls.length = 0;
    this.exec('FULL', () => undefined);
    return this;
  }

  /**
   * One execution, as Apps Script runs one: a fresh global context, the script's top level
   * evaluated, then `body` in the given mode; locks held by the execution are released after.
   */
  private exec<T>(mode: ExecMode, body: (global: Record<string, unknown>) => T, documentContext = true): T {
    if (!this.compiled) throw new Error('LocalHost: call load() first');
    const { context, realm } = this.scriptSandbox();
    const rt = this.rt;
    const previousRealm = rt.realm;
    const previousTz = process.env.TZ;
    rt.realm = realm;
    process.env.TZ = this.options.scriptTimeZone;
    try {
      if (!this.options.keepScriptWarm || !this.sandbox!.evaluated) {
        rt.mode = 'LOAD';
        const recorded = rt.loadTimeCalls.length;
        this.compiled.runInContext(context);
        this.sandbox!.evaluated = true;
        // Each execution re-evaluates the top level; keep one record per distinct call.
        const fresh = rt.loadTimeCalls.splice(recorded).filter((c) => !rt.loadTimeCalls.includes(c));
        rt.loadTimeCalls.push(...fresh);
      }
      rt.mode = mode;
      rt.documentContext = documentContext;
      return body(context as Record<string, unknown>);
    } finally {
      rt.mode = 'FULL';
      rt.documentContext = true;
      if (!this.options.keepScriptWarm) forgetGlobals(this.sandbox!);
      for (const kind of ['document', 'script', 'user'] as const) {
        if (this.locks.holders[kind] instanceof Lock) this.locks.holders[kind] = null;
      }
      if (previousTz === undefined) delete process.env.TZ;
      else process.env.TZ = previousTz;
      rt.realm = previousRealm;
    }
  }

  /**
   * The context executions run in. Like Apps Script, every execution evaluates the script's top
   * level anew, and globals an execution creates are forgotten after it (`forgetGlobals`); the
   * context itself is kept, so the JIT's work on the bundle and the copy helpers is not thrown
   * away at every call (a fresh context per call made a 100,000-row custom function 5x slower).
   */
  private scriptSandbox(): { context: vm.Context; realm: Realm; baseline: Set<string>; evaluated: boolean } {
    if (!this.sandbox) {
      // An ordinary global object (no interceptors): global look-ups (Math, Array, …) in the
      // bundle's hot loops stay as fast as in any script, as they are in Apps Script.
      const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as vm.Context;
      Object.assign(context, this.services);
      // Mutation testing (docs/MUTATION.md): the bundle built from Stryker's instrumented src/
      // switches mutants and records coverage through `__stryker__`; share the test process's one.
      const stryker = (globalThis as { __stryker__?: unknown }).__stryker__;
      if (stryker) Object.assign(context, { __stryker__: stryker });
      const realm = new Realm(context); // before the clock wrapper: its copies use the native Date
      vm.runInContext(DATE_WRAPPER, context)(() => this.nowMs());
      const baseline = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
      this.sandbox = { context, realm, baseline, evaluated: false };
    }
    return this.sandbox;
  }

  /** True when `name` is declared as `function name(` at the script's top level. */
  private isTopLevelFunction(name: string, global: Record<string, unknown>): boolean {
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || typeof global[name] !== 'function') return false;
    return new RegExp(`(^|\\n)function\\s+${name.replace(/\$/g, '\\$')}\\s*\\(`).test(this.source ?? '');
  }

  private resolve(name: string, global: Record<string, unknown>): (...args: unknown[]) => unknown {
    let target: unknown = global;
    let owner: unknown = undefined;
    for (const part of name.split('.')) {
      owner = target;
      target = target === null || target === undefined ? undefined : (target as Record<string, unknown>)[part];
    }
    if (typeof target !== 'function') throw new Error(`Script function not found: ${name}`);
    return (target as (...a: unknown[]) => unknown).bind(owner);
  }

  /** Calls a function (a top-level name or 'Namespace.method') as a menu item does, in AuthMode.FULL. */
  run(fnName: string, ...args: unknown[]): unknown {
    return this.exec('FULL', (g) => this.resolve(fnName, g)(...args.map((a) => this.rt.realm.copyIn(a))));
  }

  /**
   * Runs a top-level function as the Apps Script editor's Run button does: AuthMode.FULL, no user
   * interface (`getUi()` throws "Cannot call SpreadsheetApp.getUi() from this context."). With
   * `bound: false` (a standalone script) there is no active spreadsheet, document lock or
   * document properties.
   */
  runFromEditor(fnName: string, options: { bound?: boolean } = {}): unknown {
    return this.exec(
      'FULL_NO_UI',
      (g) => {
        if (!this.isTopLevelFunction(fnName, g)) throw new Error(`Script function not found: ${fnName}`);
        return this.resolve(fnName, g)();
      },
      options.bound ?? true,
    );
  }

  /** Switches the Cloud project the script runs under (see `HostOptions.projectId`). */
  setProjectId(projectId: string): void {
    this.options.projectId = projectId;
    this.rt.projectId = projectId;
  }

  /** Clicks a menu item by its caption (the menu must have been added with `addToUi`). */
  clickMenu(caption: string): unknown {
    for (const menu of this.ui.menus) {
      for (const item of menu.items) {
        if (typeof item === 'object' && 'functionName' in item && item.caption === caption) return this.run(item.functionName);
      }
    }
    throw new Error(`No menu item "${caption}"; menus: ${JSON.stringify(this.ui.menus)}`);
  }

  /** Fires `onOpen(e)` in the given authorization mode with the event object Sheets passes. */
  runOnOpen(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'LIMITED'): unknown {
    return this.exec(authMode, (g) => {
      const e: Record<string, unknown> = new this.rt.realm.Object() as Record<string, unknown>;
      e.authMode = AuthMode[authMode];
      if (authMode !== 'NONE') {
        e.source = this.spreadsheet;
        e.user = { getEmail: () => this.options.userEmail };
      }
      return this.resolve('onOpen', g)(e);
    });
  }

  /** Fires `onInstall(e)` (AuthMode.FULL), as installing the add-on does. */
  runOnInstall(): unknown {
    return this.exec('FULL', (g) => {
      const e = this.rt.realm.copyIn({}) as Record<string, unknown>;
      e.authMode = AuthMode.FULL;
      e.source = this.spreadsheet;
      return this.resolve('onInstall', g)(e);
    });
  }

  /**
   * Calls a custom function as a cell formula does: services needing authorization and every
   * setter refuse; 30 seconds at most. Pass arguments as Sheets would (see `rangeArg`).
   */
  runCustomFunction(fnName: string, ...args: unknown[]): unknown {
    const started = Date.now();
    const result = this.exec('CUSTOM_FUNCTION', (g) => {
      if (fnName.endsWith('_') || !this.isTopLevelFunction(fnName, g)) throw new Error(`Unknown function: '${fnName}'.`);
      const realm = this.rt.realm;
      // Values already built in the script's realm (see `cellArgument`) are passed as they are.
      return this.resolve(fnName, g)(...args.map((a) => (a instanceof realm.Array ? a : realm.copyIn(a))));
    });
    if (Date.now() - started > 30_000) throw new Error('Exceeded maximum execution time');
    return result;
  }

  /**
   * A custom-function argument built in the script's own realm, as Sheets builds the arrays it
   * hands a custom function before calling it. `runCustomFunction` passes such a value without
   * copying it again, so a benchmark can time the function apart from the argument building.
   * @example const dates = host.cellArgument([[new Date()], [new Date()]]); host.runCustomFunction('F', dates);
   */
  cellArgument(value: unknown): unknown {
    return this.exec('FULL', () => this.rt.realm.copyIn(value));
  }

  /**
   * A range reference (A1 notation or a named range's name) as a custom function receives it: one
   * cell is a bare value, more a 2D array (`""` for empty cells, `Date` for dates).
   * @example host.rangeArg('Orders!A2:C100'); host.rangeArg('RETENTION_MODEL')
   */
  rangeArg(a1: string): unknown {
    const named = this.spreadsheet.getRangeByName(a1);
    let values: unknown[][];
    if (named) values = named.getValues();
    else {
      const area = parseA1(a1);
      const sheet = area.sheetName === undefined ? this.spreadsheet._active : this.spreadsheet.getSheetByName(area.sheetName);
      if (!sheet) throw new Error(`No sheet for ${a1}`);
      values = sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1)).getValues();
    }
    const plain = values.map((row) => row.map((v) => (isDate(v) ? new Date(v.getTime()) : v)));
    return plain.length === 1 && plain[0].length === 1 ? plain[0][0] : plain;
  }

  /**
   * Calls a server function as the sidebar's `google.script.run` does (AuthMode.FULL): private
   * (`_`) and non-top-level names are refused, arguments and the result are copied as plain data,
   * a Date in either or a function anywhere in the arguments makes the call fail (real Apps
   * Script hands the client null for a result holding a Date; failing loudly is stricter).
   */
  runFromSidebar(fnName: string, ...args: unknown[]): unknown {
    const copied = args.map((a, i) => plainCopy(a, String(i), 'fail'));
    const result = this.exec('FULL', (g) => {
      if (fnName.endsWith('_') || !this.isTopLevelFunction(fnName, g)) {
        throw new SidebarCallError(`google.script.run.${fnName} is not a function`);
      }
      return this.resolve(fnName, g)(...copied.map((a) => this.rt.realm.copyIn(a)));
    });
    return plainCopy(result, 'result');
  }

  /** Holds a lock as another execution would, so the script's tryLock fails; `release` frees it. */
  holdLock(kind: 'document' | 'script' | 'user'): { release(): void } {
    const token = {};
    if (this.locks.holders[kind]) throw new Error(`The ${kind} lock is already held`);
    this.locks.holders[kind] = token;
    return {
      release: () => {
        if (this.locks.holders[kind] === token) this.locks.holders[kind] = null;
      },
    };
  }

  /**
   * Adds a sheet from file data. The first call replaces the new spreadsheet's empty 'Sheet1'.
   */
  addSheet(data: SheetData): Sheet {
    return importSheet(this.rt, this.spreadsheet, data);
  }

  /** A snapshot of a sheet for saving: values, formulas, styles, gradients, charts, frozen rows, widths. */
  sheetData(name: string): SheetData {
    return exportSheet(this.spreadsheet, name);
  }

  /**
   * Runs the time-driven triggers due at `at` (each fires at most once per hour window), with the
   * clock set to `at`, without a user interface and, with `triggerDocumentContext: false`, without
   * a containing document. Errors are caught and reported, as Apps Script does for add-on triggers.
   */
  fireTriggers(at: Date): TriggerRun[] {
    const runs: TriggerRun[] = [];
    const ms = at.getTime();
    for (const t of [...this.scriptApp.triggers]) {
      const s = t.schedule;
      if (!s) continue;
      const hourWindow = Math.floor(ms / 3_600_000);
      if (t.lastWindow === hourWindow) continue;
      if (!isDue(s, t.createdAt, ms)) continue;
      t.lastWindow = hourWindow;
      if (s.kind === 'once') this.scriptApp.triggers.splice(this.scriptApp.triggers.indexOf(t), 1);
      this.clockOverride = ms;
      try {
        const result = this.exec('FULL_NO_UI', (g) => {
          if (!this.isTopLevelFunction(t.handler, g)) throw new Error(`Script function not found: ${t.handler}`);
          const w = new Date(instantToWall(ms, 'UTC'));
          const e = this.rt.realm.copyIn({
            year: w.getUTCFullYear(),
            month: w.getUTCMonth() + 1,
            'day-of-month': w.getUTCDate(),
            'day-of-week': w.getUTCDay() === 0 ? 7 : w.getUTCDay(),
            hour: w.getUTCHours(),
            minute: w.getUTCMinutes(),
            second: w.getUTCSeconds(),
            timezone: 'UTC',
            triggerUid: t.uid,
          }) as Record<string, unknown>;
          e.authMode = AuthMode.FULL;
          return this.resolve(t.handler, g)(e);
        }, this.options.triggerDocumentContext);
        runs.push({ handler: t.handler, triggerUid: t.uid, ok: true, result });
      } catch (err) {
        runs.push({ handler: t.handler, triggerUid: t.uid, ok: false, error: (err as Error).message });
      } finally {
        this.clockOverride = null;
      }
    }
    return runs;
  }
}

export { isDate, WallDate };
export { manifestAdvancedServices, manifestScopes } from './manifest';
export { plainCopy, SidebarCallError } from './sidebarCall';

