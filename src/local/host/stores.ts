/** PropertiesService and CacheService stores, with Apps Script's size and expiry limits. */
import { Runtime } from './runtime';

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
