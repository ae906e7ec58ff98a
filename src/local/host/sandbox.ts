/** The script's vm context: its clock and the globals an execution leaves behind. */
import vm from 'node:vm';

/** Replaces the context's Date with one whose clock is `nowMs()` (the host's settable clock). */
export const DATE_WRAPPER = `(function (nowMs) {
  var RealDate = globalThis.Date;
  function Date() {
    if (!new.target) return new RealDate(nowMs()).toString();
    if (arguments.length === 0) return new RealDate(nowMs());
    if (arguments.length === 1) return new RealDate(arguments[0]);
    return Reflect.construct(RealDate, Array.prototype.slice.call(arguments));
  }
  Date.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  Date.now = function now() { return nowMs(); };
  Date.UTC = RealDate.UTC;
  Date.parse = RealDate.parse;
  globalThis.Date = Date;
})`;

/**
 * Removes the globals an execution added (assignments to undeclared names, `globalThis.x = …`).
 * The script's own top-level `var` and `function` declarations cannot be deleted; the next
 * execution's evaluation of the top level re-initialises them.
 */
export function forgetGlobals(sandbox: { context: vm.Context; baseline: Set<string> }): void {
  const { context, baseline } = sandbox;
  const names = vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[];
  const remove = vm.runInContext('(function (name) { return delete globalThis[name]; })', context) as (n: string) => boolean;
  for (const name of names) if (!baseline.has(name)) remove(name);
}
