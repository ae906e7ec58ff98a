/** MailApp: an outbox, a daily recipient quota and the per-message recipient limit. */
import { Runtime } from './runtime';

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
