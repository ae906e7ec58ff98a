import { beforeAll, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../../src/core/days';
import { weeklySummary, type WeeklySummary } from '../../../src/core/weekly';
import { LANGUAGES } from '../../../src/i18n';
import { formatDate, formatNumber, formatPercent, formatShortDate, formatSigned } from '../../../src/server/email/format';
import { escapeHtml, renderFailuresEmail, renderProblemEmail, renderWeeklyEmail, type EmailContext } from '../../../src/server/email/render';
import { tableOf } from '../../core/metrics/orderTable';
import { SHOP, WEEK0 } from '../../core/weekly/fixture';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '=HYPERLINK("http://evil","click")', "O'Brien & Co"];

const ctx = (over: Partial<EmailContext> = {}): EmailContext => ({
  language: 'en',
  locale: 'en_US',
  spreadsheetName: 'Shop',
  url: 'https://docs.google.com/spreadsheets/d/abc/edit',
  health: { rowsRead: 14, rowsUsed: 14, skipped: {} },
  ...over,
});

function summaryWithWinBack(ids: string[]): WeeklySummary {
  const s = weeklySummary(tableOf(SHOP), { weekStartDay: dayOfIso(WEEK0)! });
  return {
    ...s,
    winBack: ids.map((id, i) => ({ id, netRevenue: 1000 - i, purchaseDays: 4, lastPurchase: '2024-03-15', expectedNext: '2024-03-22', status: 'overdue' as const, daysSince: 58 })),
  };
}

/** Tag names used by the HTML. */
const tags = (html: string) => new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));

describe('format', () => {
  it('writes numbers the way each language does', () => {
    expect(formatNumber(12345.678, 'en', 2)).toBe('12,345.68');
    expect(formatNumber(12345.678, 'pl', 2)).toBe('12\u00a0345,68');
    expect(formatNumber(1234567, 'ro')).toBe('1.234.567');
    expect(formatNumber(-3.5, 'da', 1)).toBe('−3,5');
    expect(formatNumber(-0.001, 'en', 1)).toBe('0.0');
    expect(formatPercent(0.4567, 'en')).toBe('45.7%');
    expect(formatPercent(0.5, 'ru')).toBe('50,0\u00a0%');
    expect(formatSigned(2.5, 'en', 1)).toBe('+2.5');
    expect(formatSigned(0, 'pl', 1)).toBe('±0,0');
    expect(formatSigned(-12, 'en')).toBe('−12');
  });

  it('writes dates in the locale order', () => {
    expect(formatDate('2024-05-06', 'en_US')).toBe('5/6/2024');
    expect(formatDate('2024-05-06', 'en_GB')).toBe('06/05/2024');
    expect(formatDate('2024-05-06', 'pl_PL')).toBe('06.05.2024');
    expect(formatShortDate('2024-05-06', 'en_US')).toBe('5/6');
    expect(formatShortDate('2024-05-06', 'da_DK')).toBe('06.05');
  });
});

describe('renderWeeklyEmail', () => {
  let email: ReturnType<typeof renderWeeklyEmail>;
  beforeAll(() => {
    email = renderWeeklyEmail(summaryWithWinBack(['Ann']), ctx());
  });

  it('names the spreadsheet and the week in the subject', () => {
    expect(email.subject).toBe('Shop: weekly retention summary, 5/6/2024 – 5/12/2024');
  });

  it('shows each figure with its comparisons, in HTML and in text', () => {
    // Active 4, week before 3 (+33.3%), 4-week average 1.75 (+128.6%); CRR 2/3 = 66.7% vs 100.0% (−33.3 pp),
    // vs the average 50.0% (+16.7 pp); won back 1 vs 1 (±0.0%) and vs the average 0.25 (+300.0%).
    expect(email.text).toContain('Active customers: 4\n  week before: 3 (+33.3%); 4-week avg.: 1.8 (+128.6%)');
    expect(email.text).toContain('Retention rate (CRR): 66.7%\n  week before: 100.0% (−33.3 pp); 4-week avg.: 50.0% (+16.7 pp)');
    expect(email.text).toContain('Won-back customers: 1\n  week before: 1 (±0.0%); 4-week avg.: 0.3 (+300.0%)\n  Customers who bought this week after a break');
    expect(email.html).toContain('>Won-back customers</div>');
    expect(email.text).toContain('Net revenue: 140.00');
    expect(email.html).toContain('▲ +33.3%');
    // Churn rose from 0 to 33.3%: that is bad, so red.
    expect(email.html).toMatch(/color:#c5221f;white-space:nowrap">▲ \+33\.3 pp/);
    expect(email.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(email.text).toContain('14 rows read, 14 used.');
  });

  it('explains CRR as the share kept, adding up to 100% with churn, in every language', () => {
    for (const language of LANGUAGES) {
      const out = renderWeeklyEmail(summaryWithWinBack(['Ann']), ctx({ language, locale: `${language}_XX` }));
      const lines = out.text.split('\n');
      const crrLine = lines.findIndex((line) => line.includes('(CRR): 66,7') || line.includes('(CRR): 66.7'));
      // the figure, its comparisons, then its explanation
      expect(lines[crrLine + 2], language).toMatch(/CRR \+ [^=]+= 100/);
    }
  });

  it('draws the 12 bars as table cells, tallest 80 px, without images', () => {
    const heights = [...email.html.matchAll(/<td height="(\d+)"/g)].map((m) => Number(m[1]));
    // Active 0,0,0,0,0,0,1,2,1,1,3,4: empty weeks 1 px, the rest (n / 4) × 80.
    expect(heights).toEqual([1, 1, 1, 1, 1, 1, 20, 40, 20, 20, 60, 80]);
    expect(email.html).not.toMatch(/<img|url\(|<svg/i);
  });

  it('uses only inline styles and layout tags: no <style>, scripts, classes or event handlers', () => {
    expect([...tags(email.html)].sort()).toEqual(['a', 'body', 'br', 'div', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'span', 'table', 'td', 'title', 'tr']);
    expect(email.html).not.toMatch(/class=|<style|<script|\son[a-z]+=/i);
  });

  it('escapes hostile customer names, spreadsheet name and URL', () => {
    for (const name of HOSTILE) {
      const out = renderWeeklyEmail(summaryWithWinBack([name]), ctx({ spreadsheetName: name, url: `https://x.test/?q="><script>` }));
      expect(out.html).not.toContain('<script');
      expect(out.html).not.toContain('<img');
      expect(out.html).not.toContain(name); // each has a character that must be escaped
      expect(out.html).toContain(escapeHtml(name));
      expect([...tags(out.html)].every((tag) => ['a', 'body', 'br', 'div', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'span', 'table', 'td', 'title', 'tr'].includes(tag))).toBe(true);
      expect(out.text).toContain(name); // the plain text is not HTML: kept as written
      expect(out.subject).not.toMatch(/[\r\n]/);
    }
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('says when there is nothing to win back, and when there are no orders yet', () => {
    const none = renderWeeklyEmail(summaryWithWinBack([]), ctx());
    expect(none.text).toContain('No valuable customer is overdue this week.');
    const empty = weeklySummary(tableOf(SHOP), { weekStartDay: dayOfIso('2024-03-04')! });
    expect(renderWeeklyEmail(empty, ctx()).text).toContain('The order sheet has no purchases up to 3/10/2024 yet.');
  });

  it('is written in each language', () => {
    const subjects = LANGUAGES.map((language) => renderWeeklyEmail(summaryWithWinBack(['Ann']), ctx({ language, locale: `${language}_XX` })).subject);
    expect(new Set(subjects).size).toBe(5);
    const pl = renderWeeklyEmail(summaryWithWinBack(['Ann']), ctx({ language: 'pl', locale: 'pl_PL' }));
    expect(pl.subject).toBe('Shop: cotygodniowe podsumowanie retencji, 06.05.2024 – 12.05.2024');
    expect(pl.html).toContain('lang="pl"');
    expect(pl.text).toContain('Przychód netto: 140,00');
  });
});

describe('problem e-mails', () => {
  it('say what went wrong and how to fix it, escaped', () => {
    const problem = renderProblemEmail('There is no sheet named "<Orders>".', ctx({ spreadsheetName: '<b>Shop</b>' }));
    expect(problem.subject).toBe('<b>Shop</b>: the weekly summary could not be made');
    expect(problem.html).toContain('&lt;b&gt;Shop&lt;/b&gt;');
    expect(problem.html).not.toContain('<b>');
    expect(problem.text).toContain('because: There is no sheet named "<Orders>".');
    expect(problem.text).toContain('choose the order sheet and save');
    const failures = renderFailuresEmail(2, 'Service unavailable', ctx());
    expect(failures.subject).toBe('Shop: the weekly summary failed 2 times');
    expect(failures.text).toContain('The last error was: Service unavailable.');
  });
});
