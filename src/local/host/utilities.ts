/** Utilities and Logger text. */
import { randomUUID } from 'node:crypto';
import { Runtime, isDate, makeEnum } from './runtime';
import { formatJavaDate } from './time';

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
