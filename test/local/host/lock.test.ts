import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('LockService', () => {
  test('a second holder is refused; release frees the lock', () => {
    const h = evalHost();
    expect(
      h.run('f', `var a = LockService.getScriptLock(), b = LockService.getScriptLock();
        var r = [a.tryLock(1000), b.tryLock(1000), a.hasLock(), b.hasLock()];
        a.releaseLock(); r.push(b.tryLock(1000)); r`),
    ).toEqual([true, false, true, false, true]);
  });
  test('waitLock throws when another execution holds the lock; locks are released when an execution ends', () => {
    const h = evalHost();
    const other = h.holdLock('document');
    expect(() => h.run('f', 'LockService.getDocumentLock().waitLock(30000)')).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(h.run('f', 'LockService.getUserLock().tryLock(1)')).toBe(true); // other kinds are independent
    other.release();
    h.run('f', 'LockService.getDocumentLock().waitLock(1)'); // held, then released at the end of the execution
    expect(h.run('f', 'LockService.getDocumentLock().tryLock(1)')).toBe(true);
  });
});
