import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('MailApp', () => {
  test('sendEmail forms are recorded in the outbox', () => {
    const h = evalHost();
    h.run('f', "MailApp.sendEmail('a@x.com', 'S1', 'B1', {htmlBody: '<b>B1</b>', name: 'Retention'})");
    h.run('f', "MailApp.sendEmail({to: 'b@x.com, c@x.com', subject: 'S2', htmlBody: '<i>x</i>'})");
    expect(h.outbox.map((m) => [m.to, m.subject, m.body, m.htmlBody, m.name, m.recipients])).toEqual([
      ['a@x.com', 'S1', 'B1', '<b>B1</b>', 'Retention', 1],
      ['b@x.com, c@x.com', 'S2', '', '<i>x</i>', undefined, 2],
    ]);
  });
  test('the quota falls by one per recipient and runs out with the Apps Script message', () => {
    const h = evalHost();
    h.mail.quota = 3;
    h.run('f', "MailApp.sendEmail({to: 'a@x.com', cc: 'b@x.com', subject: 's', body: 'b'})");
    expect(h.run('f', 'MailApp.getRemainingDailyQuota()')).toBe(1);
    expect(() => h.run('f', "MailApp.sendEmail('a@x.com, b@x.com', 's', 'b')")).toThrow('Service invoked too many times for one day: email.');
    expect(h.outbox.length).toBe(1);
  });
  test('at most 50 recipients a message', () => {
    const h = evalHost();
    const to = Array.from({ length: 51 }, (_, i) => `u${i}@x.com`).join(',');
    expect(() => h.run('f', "MailApp.sendEmail(a, 's', 'b')", to)).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});
