/**
 * The fake non-spreadsheet services: Properties, Cache, Lock, Mail, Script (triggers), Session,
 * Utilities, HtmlService and the spreadsheet UI, each enforcing the limits Apps Script enforces.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { EnumValue, isDate, makeEnum, type Need, Runtime } from './runtime';
import { checkZone, formatJavaDate } from './time';

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A key-value store of PropertiesService with the 9 KB value and 500 KB store limits. */
export class PropertyStore {
  readonly data = new Map<string, string>();
  constructor(
    readonly rt: Runtime,
    readonly label: string,
  ) {}
  private need(method: string): void {
    this.rt.check(`${this.label}.${method}`, 'props');
  }
  private size(extra: Map<string, string>): number {
    let total = 0;
    const merged = new Map([...this.data, ...extra]);
    for (const [k, v] of merged) total += utf8Length(k) + utf8Length(v);
    return total;
  }
  private checkedSet(entries: [string, unknown][], deleteAllOthers = false): void {
    const next = new Map<string, string>();
    for (const [k, v] of entries) {
      const value = String(v);
      if (utf8Length(value) > 9 * 1024) throw this.rt.error('Argument too large: value');
      next.set(String(k), value);
    }
    if (deleteAllOthers) this.data.clear();
    if (this.size(next) > 500 * 1024) {
      throw this.rt.error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    for (const [k, v] of next) this.data.set(k, v);
  }
  getProperty(key: string): string | null {
    this.need('getProperty');
    return this.data.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.need('setProperty');
    this.checkedSet([[key, value]]);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.need('setProperties');
    this.checkedSet(Object.entries(properties), deleteAllOthers);
    return this;
  }
  getProperties(): Record<string, string> {
    this.need('getProperties');
    return this.rt.realm.copyIn(Object.fromEntries(this.data)) as Record<string, string>;
  }
  getKeys(): string[] {
    this.need('getKeys');
    return this.rt.realm.arr([...this.data.keys()]);
  }
  deleteProperty(key: string): this {
    this.need('deleteProperty');
    this.data.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.need('deleteAllProperties');
    this.data.clear();
    return this;
  }
}

/** A CacheService cache: 250-character keys, 100 KB values, expiry (default 600 s, max 6 h) on the host clock. */
export class CacheStore {
  readonly data = new Map<string, { value: string; expires: number }>();
  constructor(
    readonly rt: Runtime,
    readonly label: string,
    private readonly now: () => number,
  ) {}
  private need(method: string): void {
    this.rt.check(`${this.label}.${method}`, 'cache');
  }
  private checkKey(key: string): string {
    const k = String(key);
    if (k.length > 250) throw this.rt.error('Argument too large: key');
    return k;
  }
  private store(key: string, value: unknown, seconds: number): void {
    const v = String(value);
    if (utf8Length(v) > 100 * 1024) throw this.rt.error('Argument too large: value');
    if (seconds < 1) throw this.rt.error('Invalid argument: expirationInSeconds');
    this.data.set(this.checkKey(key), { value: v, expires: this.now() + Math.min(seconds, 21600) * 1000 });
  }
  private read(key: string): string | null {
    const k = this.checkKey(key);
    const e = this.data.get(k);
    if (!e) return null;
    if (e.expires <= this.now()) {
      this.data.delete(k);
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this.need('put');
    this.store(key, value, expirationInSeconds);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    this.need('putAll');
    for (const [k, v] of Object.entries(values)) this.store(k, v, expirationInSeconds);
  }
  get(key: string): string | null {
    this.need('get');
    return this.read(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.need('getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.read(k);
      if (v !== null) out[k] = v;
    }
    return this.rt.realm.copyIn(out) as Record<string, string>;
  }
  remove(key: string): void {
    this.need('remove');
    this.data.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    this.need('removeAll');
    for (const k of keys) this.data.delete(this.checkKey(k));
  }
}

/** Who holds each of the three locks (null: free). Locks held by a finished execution are released. */
export class LockTable {
  readonly holders: Record<'document' | 'script' | 'user', object | null> = { document: null, script: null, user: null };
}

/** A Lock of LockService: only one Lock object holds a kind at a time. */
export class Lock {
  constructor(
    readonly rt: Runtime,
    private readonly table: LockTable,
    private readonly kind: 'document' | 'script' | 'user',
  ) {}
  private need(method: string): void {
    this.rt.check(`Lock.${method}`, 'lock');
  }
  tryLock(_timeoutInMillis: number): boolean {
    this.need('tryLock');
    const h = this.table.holders[this.kind];
    if (h && h !== this) return false;
    this.table.holders[this.kind] = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    this.need('waitLock');
    if (!this.tryLock(timeoutInMillis)) throw this.rt.error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    this.need('hasLock');
    return this.table.holders[this.kind] === this;
  }
  releaseLock(): void {
    this.need('releaseLock');
    if (this.table.holders[this.kind] === this) this.table.holders[this.kind] = null;
  }
}

/** A message MailApp sent. */
export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** Number of recipients charged to the quota. */
  recipients: number;
  sentAt: Date;
}

function countRecipients(...lists: (string | undefined)[]): number {
  return lists
    .filter((l): l is string => typeof l === 'string')
    .flatMap((l) => l.split(','))
    .map((a) => a.trim())
    .filter((a) => a !== '').length;
}

/** MailApp: an outbox, a daily recipient quota and at most 50 recipients a message. */
export class MailService {
  quota = 100;
  constructor(
    readonly rt: Runtime,
    readonly outbox: SentMail[],
    private readonly now: () => number,
  ) {}
  getRemainingDailyQuota(): number {
    this.rt.check('MailApp.getRemainingDailyQuota', 'mail');
    return this.quota;
  }
  sendEmail(...args: unknown[]): void {
    this.rt.check('MailApp.sendEmail', 'mail');
    let m: Record<string, unknown>;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) m = { ...(args[0] as object) };
    else if (args.length === 4 && typeof args[3] === 'string') m = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    else m = { ...((args[3] as object) ?? {}), to: args[0], subject: args[1], body: args[2] };
    const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
    const to = str(m.to) ?? '';
    const recipients = countRecipients(to, str(m.cc), str(m.bcc));
    if (recipients === 0) throw this.rt.error('Invalid argument: recipient');
    if (str(m.subject) === undefined) throw this.rt.error('Invalid argument: subject');
    if (recipients > 50) throw this.rt.error('Limit Exceeded: Email Recipients Per Message.');
    if (recipients > this.quota) throw this.rt.error('Service invoked too many times for one day: email.');
    this.quota -= recipients;
    this.outbox.push({
      to,
      cc: str(m.cc),
      bcc: str(m.bcc),
      subject: str(m.subject) ?? '',
      body: str(m.body) ?? '',
      htmlBody: str(m.htmlBody),
      name: str(m.name),
      replyTo: str(m.replyTo),
      noReply: m.noReply === true ? true : undefined,
      recipients,
      sentAt: new Date(this.now()),
    });
  }
}

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

/** The schedule of a clock trigger. */
export interface ClockSchedule {
  kind: 'weekly' | 'daily' | 'hourly' | 'once';
  every: number;
  weekDay?: number; // 0 = Sunday
  hour?: number;
  timeZone: string;
  at?: number; // 'once': epoch ms
}

/** An installed trigger. */
export class Trigger {
  /** Host bookkeeping: the window (ms) of the last firing, so one window fires once. */
  lastWindow = -1;
  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: EnumValue,
    readonly source: EnumValue,
    readonly sourceId: string,
    readonly schedule: ClockSchedule | null,
    readonly createdAt: number,
  ) {}
  getUniqueId(): string {
    return this.uid;
  }
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): EnumValue {
    return this.eventType;
  }
  getTriggerSource(): EnumValue {
    return this.source;
  }
  getTriggerSourceId(): string {
    return this.sourceId;
  }
}

/** ScriptApp: enums, triggers with the add-on rules, authorization info. */
export class ScriptService {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
  readonly triggers: Trigger[] = [];
  /** Scopes the user granted (granular consent); all of them by default. Service calls follow it too. */
  get grantedScopes(): Set<string> | null {
    return this.rt.grantedScopes;
  }
  set grantedScopes(scopes: Set<string> | null) {
    this.rt.grantedScopes = scopes;
  }
  private counter = 1;
  constructor(
    readonly rt: Runtime,
    private readonly env: { spreadsheetId: () => string; scriptTimeZone: string; now: () => number; scopes: string[]; testDeployment: boolean },
  ) {}

  private need(method: string, need: Need = 'triggers'): void {
    this.rt.check(`ScriptApp.${method}`, need);
  }

  /** Adds a trigger, enforcing: one of each type per document (add-on rule), at most 20 per user. */
  private install(handler: string, type: EnumValue, source: EnumValue, schedule: ClockSchedule | null): Trigger {
    // Google documents only that test deployments do not support installable triggers; the wording is the host's.
    if (this.env.testDeployment) throw this.rt.error('Installable triggers are not supported in a test deployment of an add-on.');
    const sourceId = this.env.spreadsheetId();
    if (this.triggers.length >= 20) {
      throw this.rt.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    if (this.triggers.some((x) => x.eventType === type && x.sourceId === sourceId)) {
      const what = type === EventType.CLOCK ? 'time-based' : String(type);
      throw this.rt.error(
        `This add-on has already created a ${what} trigger for this document and this Google user account. Add-ons can create one trigger of each type per document.`,
      );
    }
    const trigger = new Trigger(`trigger-${this.counter++}`, handler, type, source, sourceId, schedule, this.env.now());
    this.triggers.push(trigger);
    return trigger;
  }

  newTrigger(functionName: string): object {
    this.need('newTrigger');
    const app = { install: (h: string, t: EnumValue, src: EnumValue, s: ClockSchedule | null) => this.install(h, t, src, s), need: (m: string) => this.need(m) };
    const rt = this.rt;
    const env = this.env;
    return {
      timeBased() {
        const s: ClockSchedule = { kind: 'daily', every: 1, timeZone: env.scriptTimeZone };
        const b = {
          everyMinutes(_n: number) {
            throw rt.error('Add-ons may not create time-based triggers that run more often than once an hour.');
          },
          everyHours(n: number) {
            if (!(n >= 1) || !Number.isInteger(n)) throw rt.error('Add-ons may not create time-based triggers that run more often than once an hour.');
            s.kind = 'hourly';
            s.every = n;
            return b;
          },
          everyDays(n: number) {
            s.kind = 'daily';
            s.every = n;
            return b;
          },
          everyWeeks(n: number) {
            s.kind = 'weekly';
            s.every = n;
            return b;
          },
          onWeekDay(day: EnumValue) {
            if (!(day instanceof EnumValue)) throw rt.error('Invalid argument: day');
            s.kind = 'weekly';
            s.weekDay = day.ordinal();
            return b;
          },
          atHour(hour: number) {
            if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw rt.error('Invalid argument: hour');
            s.hour = hour;
            return b;
          },
          nearMinute(_m: number) {
            return b;
          },
          inTimezone(zone: string) {
            checkZone(zone);
            s.timeZone = zone;
            return b;
          },
          at(date: Date) {
            s.kind = 'once';
            s.at = date.getTime();
            return b;
          },
          after(ms: number) {
            s.kind = 'once';
            s.at = env.now() + ms;
            return b;
          },
          create() {
            app.need('newTrigger');
            return app.install(String(functionName), EventType.CLOCK, TriggerSource.CLOCK, { ...s });
          },
        };
        return b;
      },
      forSpreadsheet(_sheet: unknown) {
        let type: EnumValue | null = null;
        const b = {
          onOpen() {
            type = EventType.ON_OPEN;
            return b;
          },
          onEdit() {
            type = EventType.ON_EDIT;
            return b;
          },
          onChange() {
            type = EventType.ON_CHANGE;
            return b;
          },
          onFormSubmit() {
            type = EventType.ON_FORM_SUBMIT;
            return b;
          },
          create() {
            app.need('newTrigger');
            if (!type) throw rt.error('Missing event type for the trigger.');
            return app.install(String(functionName), type, TriggerSource.SPREADSHEETS, null);
          },
        };
        return b;
      },
    };
  }
  getProjectTriggers(): Trigger[] {
    this.need('getProjectTriggers');
    return this.rt.realm.arr(this.triggers);
  }
  getUserTriggers(doc: unknown): Trigger[] {
    this.need('getUserTriggers');
    if (doc === null || doc === undefined) {
      throw this.rt.error(`The parameters (${String(doc)}) don't match the method signature for ScriptApp.getUserTriggers.`);
    }
    return this.rt.realm.arr(this.triggers.filter((t) => t.sourceId === this.env.spreadsheetId()));
  }
  deleteTrigger(trigger: Trigger): void {
    this.need('deleteTrigger');
    const i = this.triggers.findIndex((t) => t.uid === trigger.uid);
    if (i >= 0) this.triggers.splice(i, 1);
  }
  getScriptId(): string {
    this.need('getScriptId', 'free');
    return 'local-script-id';
  }
  private missing(scopes: string[]): string[] {
    return scopes.filter((s) => this.grantedScopes !== null && !this.grantedScopes.has(s));
  }
  getAuthorizationInfo(_authMode: EnumValue, oAuthScopes?: string[]): object {
    this.need('getAuthorizationInfo', 'free');
    const missing = this.missing(oAuthScopes ?? this.env.scopes);
    const realm = this.rt.realm;
    return {
      getAuthorizationStatus: () => (missing.length ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
      getAuthorizationUrl: () => (missing.length ? 'https://script.google.com/local/authorize' : null),
      getAuthorizedScopes: () => realm.arr((oAuthScopes ?? this.env.scopes).filter((s) => !missing.includes(s))),
    };
  }
  requireScopes(_authMode: EnumValue, oAuthScopes: string[]): void {
    this.need('requireScopes', 'free');
    const missing = this.missing(oAuthScopes);
    if (missing.length) throw this.rt.error(`Authorization is required to perform that action. Missing scopes: ${missing.join(', ')}`);
  }
  requireAllScopes(authMode: EnumValue): void {
    this.requireScopes(authMode, this.env.scopes);
  }
}

/** An HtmlOutput. */
export class HtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(
    readonly rt: Runtime,
    public content: string,
  ) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(added: string): this {
    this.content += String(added);
    return this;
  }
  appendUntrusted(added: string): this {
    this.content += String(added).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.content = `<meta name="${name}" content="${content}">` + this.content;
    return this;
  }
}

function escapeHtml(v: unknown): string {
  return String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Compiles template text with `<? code ?>`, `<?= escaped ?>` and `<?!= raw ?>` scriptlets into a function body. */
function templateCode(raw: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    code += `__out.push(${JSON.stringify(raw.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out.push(${JSON.stringify(raw.slice(last))});\nreturn __out.join('');`;
  return code;
}

/** HtmlService: outputs from strings and from `${distDir}/NAME.html`, templates evaluated in the script's context. */
export class HtmlServiceImpl {
  readonly SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
  readonly XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);
  constructor(
    readonly rt: Runtime,
    private readonly distDir: string,
  ) {}
  private file(name: string): string {
    this.rt.check('HtmlService.createHtmlOutputFromFile', 'free');
    const file = name.endsWith('.html') ? name : `${name}.html`;
    try {
      return readFileSync(join(this.distDir, file), 'utf8');
    } catch {
      throw this.rt.error(`No HTML file named ${name} was found.`);
    }
  }
  createHtmlOutput(html = ''): HtmlOutput {
    this.rt.check('HtmlService.createHtmlOutput', 'free');
    return new HtmlOutput(this.rt, String(html));
  }
  createHtmlOutputFromFile(name: string): HtmlOutput {
    return new HtmlOutput(this.rt, this.file(name));
  }
  createTemplate(html: string): Record<string, unknown> {
    this.rt.check('HtmlService.createTemplate', 'free');
    return this.template(String(html));
  }
  createTemplateFromFile(name: string): Record<string, unknown> {
    return this.template(this.file(name));
  }
  private template(raw: string): Record<string, unknown> {
    const rt = this.rt;
    const t: Record<string, unknown> = {};
    Object.defineProperties(t, {
      getRawContent: { value: () => raw },
      getCode: { value: () => templateCode(raw) },
      evaluate: {
        value: () => {
          const fn = vm.runInContext(`(function (__t, __escape) { with (__t) { return (function () { ${templateCode(raw)} })(); } })`, rt.realm.context);
          return new HtmlOutput(rt, fn(t, escapeHtml));
        },
      },
    });
    return t;
  }
}

/** What the UI showed: menus, sidebars, dialogs, alerts. */
export interface UiRecord {
  menus: { caption: string; addon: boolean; items: ({ caption: string; functionName: string } | 'separator' | { subMenu: string })[] }[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  /** Answers the next alerts give (default: OK or YES). */
  alertAnswers: string[];
}

/** SpreadsheetApp.getUi(). */
export class UiService {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    readonly rt: Runtime,
    readonly record: UiRecord,
    private readonly addonTitle: string,
  ) {}
  private menu(caption: string, addon: boolean): object {
    const rt = this.rt;
    const items: UiRecord['menus'][number]['items'] = [];
    const record = this.record;
    const m = {
      addItem(itemCaption: string, functionName: string) {
        rt.check('Menu.addItem', 'menu');
        items.push({ caption: String(itemCaption), functionName: String(functionName) });
        return m;
      },
      addSeparator() {
        rt.check('Menu.addSeparator', 'menu');
        items.push('separator');
        return m;
      },
      addSubMenu(sub: { _caption?: string }) {
        items.push({ subMenu: String(sub._caption ?? '') });
        return m;
      },
      addToUi() {
        rt.check('Menu.addToUi', 'menu');
        const i = record.menus.findIndex((x) => x.caption === caption);
        const entry = { caption, addon, items };
        if (i >= 0) record.menus[i] = entry;
        else record.menus.push(entry);
      },
      _caption: caption,
    };
    return m;
  }
  createAddonMenu(): object {
    this.rt.check('Ui.createAddonMenu', 'menu');
    return this.menu(this.addonTitle, true);
  }
  createMenu(caption: string): object {
    this.rt.check('Ui.createMenu', 'menu');
    return this.menu(String(caption), false);
  }
  showSidebar(output: HtmlOutput): void {
    this.rt.check('Ui.showSidebar', 'ui');
    this.record.sidebars.push({ title: output.title, html: output.content, width: 300 });
  }
  showModalDialog(output: HtmlOutput, title: string): void {
    this.rt.check('Ui.showModalDialog', 'ui');
    this.record.dialogs.push({ title: String(title), html: output.content, modal: true });
  }
  showModelessDialog(output: HtmlOutput, title: string): void {
    this.rt.check('Ui.showModelessDialog', 'ui');
    this.record.dialogs.push({ title: String(title), html: output.content, modal: false });
  }
  alert(...args: unknown[]): EnumValue {
    this.rt.check('Ui.alert', 'ui');
    const [title, prompt, buttons] =
      args.length >= 3 ? args : args.length === 2 && args[1] instanceof EnumValue ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const set = String(buttons);
    this.record.alerts.push({ title: String(title), prompt: String(prompt), buttons: set });
    const answer = this.record.alertAnswers.shift() ?? (set.startsWith('YES') ? 'YES' : 'OK');
    return Button[answer as keyof typeof Button];
  }
}

/** Utilities: formatDate with Java patterns and IANA zones, uuid, base64, sleep, minimal blobs. */
export function makeUtilities(rt: Runtime): object {
  const check = (m: string) => rt.check(`Utilities.${m}`, 'free');
  const bytesOf = (data: unknown): Buffer =>
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from((data as number[]).map((b) => b & 0xff));
  const signed = (buf: Buffer) => rt.realm.arr([...buf].map((b) => (b > 127 ? b - 256 : b)));
  const blob = (bytes: Buffer, contentType: string | null, name: string | null): object => ({
    getBytes: () => signed(bytes),
    getDataAsString: () => bytes.toString('utf8'),
    getContentType: () => contentType,
    getName: () => name,
    setName(n: string) {
      name = n;
      return this;
    },
    setContentType(t: string) {
      contentType = t;
      return this;
    },
  });
  return {
    Charset: makeEnum(['US_ASCII', 'UTF_8']),
    formatDate(date: Date, timeZone: string, format: string) {
      check('formatDate');
      if (!isDate(date)) throw rt.error('Invalid argument: date');
      try {
        return formatJavaDate(date, String(timeZone), String(format));
      } catch (e) {
        throw rt.error((e as Error).message);
      }
    },
    sleep(milliseconds: number) {
      check('sleep');
      if (milliseconds > 300000) throw rt.error('Invalid argument: milliseconds');
    },
    getUuid() {
      check('getUuid');
      return randomUUID();
    },
    base64Encode(data: unknown) {
      check('base64Encode');
      return bytesOf(data).toString('base64');
    },
    base64EncodeWebSafe(data: unknown) {
      check('base64EncodeWebSafe');
      return bytesOf(data).toString('base64url');
    },
    base64Decode(encoded: string) {
      check('base64Decode');
      return signed(Buffer.from(String(encoded), 'base64'));
    },
    newBlob(data: unknown, contentType: string | null = null, name: string | null = null) {
      check('newBlob');
      return blob(bytesOf(data ?? ''), contentType, name);
    },
    formatString(template: string, ...args: unknown[]) {
      check('formatString');
      let i = 0;
      return String(template).replace(/%[sdf%]/g, (t) => (t === '%%' ? '%' : String(args[i++])));
    },
  };
}

/** `Logger.log(format, ...values)` text. */
export function logText(args: unknown[]): string {
  const show = (a: unknown) => (typeof a === 'object' && a !== null && !isDate(a) ? JSON.stringify(a) : String(a));
  let rest = args;
  let head = '';
  if (typeof args[0] === 'string' && /%[sdf]/.test(args[0])) {
    let i = 1;
    head = args[0].replace(/%[sdf]/g, () => (i < args.length ? show(args[i++]) : ''));
    rest = args.slice(i);
    return [head, ...rest.map(show)].join(' ');
  }
  return rest.map(show).join(' ');
}
