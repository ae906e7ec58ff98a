/** LockService: the lock table and Lock objects. */
import { Runtime } from './runtime';

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
