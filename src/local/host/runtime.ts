/**
 * What every fake service shares: the current execution's authorization mode, the permission
 * check, and the realm (the vm context whose Array/Date/Error the script sees).
 */
import vm from 'node:vm';

/**
 * How the current execution was started. 'LOAD' is the evaluation of the script's top level;
 * 'FULL_NO_UI' is AuthMode.FULL without a user interface: a time-driven trigger, or a function run
 * from the Apps Script editor.
 */
export type ExecMode = 'LOAD' | 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION' | 'FULL_NO_UI';

/** What a service call needs. */
export type Need =
  | 'menu' // build and add a menu
  | 'ui' // show a sidebar/dialog/alert
  | 'docRead'
  | 'docWrite'
  | 'props'
  | 'cache'
  | 'lock'
  | 'mail'
  | 'triggers'
  | 'user' // the user's identity
  | 'bigquery' // the BigQuery advanced service
  | 'free'; // Utilities, Logger, locale and zone

/**
 * What each mode may call, after Google's table of authorization modes (Editor add-on
 * authorization: LIMITED has no sidebars, dialogs, alerts or user identity; custom functions no
 * user identity; NONE only the menu). The UI of a time-driven trigger is refused in `getUi` itself.
 */
const ALLOWED: Record<ExecMode, Need[]> = {
  LOAD: ['menu', 'ui', 'docRead', 'docWrite', 'props', 'cache', 'lock', 'mail', 'triggers', 'user', 'bigquery', 'free'],
  FULL: ['menu', 'ui', 'docRead', 'docWrite', 'props', 'cache', 'lock', 'mail', 'triggers', 'user', 'bigquery', 'free'],
  FULL_NO_UI: ['menu', 'docRead', 'docWrite', 'props', 'cache', 'lock', 'mail', 'triggers', 'user', 'bigquery', 'free'],
  LIMITED: ['menu', 'docRead', 'docWrite', 'props', 'cache', 'lock', 'free'],
  NONE: ['menu', 'free'],
  CUSTOM_FUNCTION: ['docRead', 'props', 'cache', 'lock', 'free'],
};

const AUTH = 'https://www.googleapis.com/auth/';

/** The scopes that allow a need (any one of them); needs without an entry need no scope. */
const SCOPES: Partial<Record<Need, string[]>> = {
  menu: [`${AUTH}script.container.ui`],
  ui: [`${AUTH}script.container.ui`],
  docRead: [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`, `${AUTH}spreadsheets.readonly`],
  docWrite: [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  mail: [`${AUTH}script.send_mail`],
  triggers: [`${AUTH}script.scriptapp`],
  user: [`${AUTH}userinfo.email`],
  bigquery: [`${AUTH}bigquery`, `${AUTH}cloud-platform`],
};

/** Apps Script's way of naming the scopes a call needs: one, or `(a || b)`. */
function scopeList(scopes: string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/** An Apps Script-style enum value (`ScriptApp.AuthMode.FULL`): `toString()` and `name()` give its name. */
export class EnumValue {
  constructor(
    private readonly enumName: string,
    private readonly index: number,
  ) {}
  name(): string {
    return this.enumName;
  }
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.enumName;
  }
  toJSON(): string {
    return this.enumName;
  }
}

/** @example makeEnum(['OK', 'CANCEL']).OK.toString() === 'OK' */
export function makeEnum<K extends string>(names: K[]): Record<K, EnumValue> {
  const e = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    e[n] = new EnumValue(n, i);
  });
  return Object.freeze(e);
}

const COPY_BLOCK = `(function () {
  var D = Date;
  return function copyBlock(values, row0, numRows, column0, numColumns, toMs) {
    // push, not new Array(n): V8 makes a large pre-sized array a slow dictionary array.
    var out = [];
    for (var i = 0; i < numRows; i++) {
      var src = values[row0 + i];
      var row = [];
      for (var j = 0; j < numColumns; j++) {
        var v = src === undefined ? undefined : src[column0 + j];
        row.push(v === undefined ? '' : typeof v === 'object' ? new D(toMs(v)) : v);
      }
      out.push(row);
    }
    return out;
  };
})()`;

/**
 * Deep copy of plain data into the context, compiled there so arrays, objects and dates are built
 * natively in its realm (a 100,000-row range argument is copied in a few milliseconds).
 */
const COPY_DEEP = `(function () {
  var D = Date;
  var toString = Object.prototype.toString;
  function copy(v) {
    if (v === null || typeof v !== 'object') return v;
    if (toString.call(v) === '[object Date]') return new D(v.getTime());
    if (Array.isArray(v)) {
      // push, not new Array(n): V8 makes a large pre-sized array a slow dictionary array.
      var n = v.length;
      var out = [];
      for (var i = 0; i < n; i++) {
        var x = v[i];
        out.push(x === null || typeof x !== 'object' ? x : copy(x));
      }
      return out;
    }
    var o = {};
    var keys = Object.keys(v);
    for (var k = 0; k < keys.length; k++) o[keys[k]] = copy(v[keys[k]]);
    return o;
  }
  return copy;
})()`;

/** The constructors of one vm context, so values handed to the script belong to its realm. */
export class Realm {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Object: ObjectConstructor;
  /**
   * Copies a block of stored rows into context arrays (compiled in the context, so arrays and
   * dates are built natively there); objects are date cells, turned into instants by `toMs`.
   */
  readonly copyBlock: (
    values: unknown[][],
    row0: number,
    numRows: number,
    column0: number,
    numColumns: number,
    toMs: (cell: object) => number,
  ) => unknown[][];
  constructor(readonly context: vm.Context) {
    this.Array = vm.runInContext('Array', context);
    this.Date = vm.runInContext('Date', context);
    this.Error = vm.runInContext('Error', context);
    this.Object = vm.runInContext('Object', context);
    this.copyBlock = vm.runInContext(COPY_BLOCK, context);
    this.copyIn = vm.runInContext(COPY_DEEP, context);
  }
  /** A host array copied into a context array (shallow). */
  arr<T>(items: readonly T[]): T[] {
    const out = new this.Array(items.length) as T[];
    for (let i = 0; i < items.length; i++) out[i] = items[i];
    return out;
  }
  date(ms: number): Date {
    return new this.Date(ms);
  }
  /** Plain data (objects, arrays, primitives, dates) deep-copied into this realm. */
  readonly copyIn: (v: unknown) => unknown;
}

/** True for a Date of any realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The shared state of one host: the mode of the running execution and the permission check. */
export class Runtime {
  mode: ExecMode = 'FULL';
  /** The realm of the running execution (a blank context between executions). */
  realm = new Realm(vm.createContext({}));
  /** Service calls made while the script's top level was evaluated. */
  readonly loadTimeCalls: string[] = [];
  /**
   * The manifest's `oauthScopes`: a call needing a scope that is not among them is refused.
   * null when the manifest names none (Apps Script then detects the scopes itself: all allowed).
   */
  declaredScopes: Set<string> | null = null;
  /**
   * False while a trigger runs without a containing document (the host option
   * `triggerDocumentContext: false`): the active spreadsheet, the document lock, the document
   * properties and the document cache are null.
   */
  documentContext = true;
  /**
   * The scopes the user granted (granular consent: a user may allow only some); null: all that
   * the manifest declares. A call needing a declared but ungranted scope is refused too.
   */
  grantedScopes: Set<string> | null = null;
  /** The Cloud project the script runs under: it owns the `PROJECT`-visibility metadata it writes. */
  projectId = 'local-project';

  /** An error of the script's realm (so `e instanceof Error` holds in the script). */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /**
   * Refuses a call the current mode does not allow, with Apps Script's wording; records calls
   * made at load time.
   */
  check(label: string, need: Need): void {
    if (this.mode === 'LOAD') this.loadTimeCalls.push(label);
    const scopes = SCOPES[need];
    const qualified = label.includes('.');
    if (!ALLOWED[this.mode].includes(need)) {
      throw this.error(`You do not have permission to call ${label}` + (qualified && scopes ? `. Required permissions: ${scopeList(scopes)}` : ''));
    }
    if (!scopes) return;
    const declared = this.declaredScopes;
    const granted = this.grantedScopes;
    if ((declared && !scopes.some((s) => declared.has(s))) || (granted && !scopes.some((s) => granted.has(s)))) {
      throw this.error(`You do not have permission to call ${label}. Required permissions: ${scopeList(scopes)}`);
    }
  }
}

/**
 * Wraps every method of a class so that it passes `check` first; `needOf` maps a method name to its need.
 */
export function guardClass(
  cls: { prototype: object },
  needOf: (method: string) => Need,
  labelOf: (method: string) => string = (m) => m,
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const fn = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (name === 'constructor' || typeof fn !== 'function' || name.startsWith('_')) continue;
    const need = needOf(name);
    const label = labelOf(name);
    proto[name] = function (this: { rt: Runtime }, ...args: unknown[]) {
      this.rt.check(label, need);
      return (fn as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Spreadsheet objects: setters and other changes need write access, the rest read access. */
export function docNeed(method: string): Need {
  return /^(set|insert|delete|clear|add|remove|merge|break|auto|activate|hide|show|append|update|toast|rename|moveTo|sort|copyTo|protect|create(?!DeveloperMetadataFinder))/.test(method)
    ? 'docWrite'
    : 'docRead';
}
