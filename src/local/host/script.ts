/** ScriptApp: enums, installed triggers with the add-on rules, authorization info. */
import { EnumValue, type Need, Runtime, makeEnum } from './runtime';
import { checkZone } from './time';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);

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
