/** What google.script.run lets through between the sidebar and the server. */
import { isDate } from './runtime';

/** Why a `google.script.run` call failed before or after reaching the server function. */
export class SidebarCallError extends Error {}

/**
 * Copies a value as google.script.run does: primitives, arrays and plain objects only; `undefined`
 * in arrays becomes null, functions and undefined properties are dropped; a Date or any other
 * object makes the call fail.
 * @example plainCopy([1, undefined]) // [1, null]
 */
export function plainCopy(v: unknown, path = 'value', functions: 'drop' | 'fail' = 'drop'): unknown {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'function') {
    if (functions === 'fail') throw new SidebarCallError(`Failed due to illegal value in property: ${path} (a function)`);
    return undefined;
  }
  if (isDate(v)) throw new SidebarCallError(`Failed due to illegal value in property: ${path} (a Date; send an ISO string)`);
  if (Array.isArray(v)) {
    return v.map((x, i) => {
      const c = plainCopy(x, `${path}[${i}]`, functions);
      return c === undefined ? null : c;
    });
  }
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new SidebarCallError(`Failed due to illegal value in property: ${path}`);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = plainCopy(x, `${path}.${k}`, functions);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  throw new SidebarCallError(`Failed due to illegal value in property: ${path}`);
}
