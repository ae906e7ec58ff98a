/**
 * The weekly summary e-mail and the short problem e-mails, rendered from figures and messages:
 * pure (no Apps Script service), so the tests, the runner and the trigger handler share it.
 *
 * The HTML is made for Gmail's web and mobile views: tables for layout, inline styles only (no
 * <style>, no classes, no scripts, no images), one column that shrinks to a phone's width. Every
 * user string (spreadsheet, sheet and customer names, the URL) goes through escapeHtml.
 */
import { FIGURE_KEYS, type FigureKey, type WeeklySummary } from '../../core/weekly';
import type { DataHealth, Language } from '../../core/types';
import { t } from '../../i18n';
import { healthLines } from '../health';
import { formatDate, formatNumber, formatPercent, formatShortDate, formatSigned } from './format';

/** What the e-mail says about where it comes from. */
export interface EmailContext {
  language: Language;
  /** The spreadsheet's locale (date order), e.g. `pl_PL`. */
  locale: string;
  spreadsheetName: string;
  url: string;
  health: DataHealth;
  /** The export recognised and the columns used (shown before the data health). */
  reading?: string[];
  /** How dates, currencies and refunds were read, and doubts (shown after it). */
  notes?: string[];
  /** The currency amounts are in (`USD`), null when the sheet does not say. */
  currency?: string | null;
  /** False when the sheet has no amount column: money figures are left out. */
  hasAmounts?: boolean;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and attribute values.
 * @example escapeHtml('"><img onerror=x>') === '&quot;&gt;&lt;img onerror=x&gt;'
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** A subject line: one line, no control characters (C0, C1), no bidi controls (they would show the subject backwards). */
function oneLine(text: string): string {
  return text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

type Kind = 'count' | 'rate' | 'money';
const KIND: Record<FigureKey, Kind> = {
  active: 'count',
  new: 'count',
  returning: 'count',
  wonBack: 'count',
  crr: 'rate',
  churn: 'rate',
  orders: 'count',
  netRevenue: 'money',
  aov: 'money',
  repeatPurchaseRate: 'rate',
  historicClv: 'money',
};

const COLOURS = { text: '#202124', muted: '#5f6368', faint: '#80868b', line: '#e8eaed', good: '#137333', bad: '#c5221f', bar: '#1a73e8', accent: '#1a73e8' };
const FONT = "font-family:Arial,Helvetica,sans-serif";

/** A figure's value as shown (money with its currency); `exact` false for averages of counts (one decimal). */
function formatValue(key: FigureKey, value: number | null, language: Language, exact = true, currency: string | null = null): string {
  if (value === null) return '–';
  switch (KIND[key]) {
    case 'count':
      return formatNumber(value, language, exact ? 0 : 1);
    case 'rate':
      return formatPercent(value, language);
    case 'money':
      return money(value, language, currency);
  }
}

/** An amount with two decimals and its currency code after it. */
function money(value: number, language: Language, currency: string | null | undefined): string {
  return currency ? `${formatNumber(value, language, 2)} ${currency}` : formatNumber(value, language, 2);
}

/** The figures the e-mail shows: money ones only when the sheet has amounts. */
function shownFigures(ctx: EmailContext): readonly FigureKey[] {
  return ctx.hasAmounts === false ? FIGURE_KEYS.filter((key) => KIND[key] !== 'money') : FIGURE_KEYS;
}

interface Change {
  text: string;
  /** 1 better, −1 worse, 0 same or unknown. */
  direction: 1 | -1 | 0;
}

/** The change from `base` to `value`: percentage points for rates, per cent otherwise. */
function changeOf(key: FigureKey, value: number | null, base: number | null, language: Language): Change | null {
  if (value === null || base === null) return null;
  let text: string;
  let delta: number;
  if (KIND[key] === 'rate') {
    delta = Math.round((value - base) * 1000) / 10;
    text = t(language, 'email.points', { value: formatSigned(delta, language, 1) });
  } else {
    if (base === 0) return null;
    delta = Math.round(((value - base) / Math.abs(base)) * 1000) / 10;
    text = formatSigned(delta, language, 1) + '%';
  }
  const sign = Math.sign(delta) as 1 | -1 | 0;
  return { text, direction: (key === 'churn' ? -sign : sign) as 1 | -1 | 0 };
}

function changeHtml(change: Change | null): string {
  if (!change) return '';
  const colour = change.direction > 0 ? COLOURS.good : change.direction < 0 ? COLOURS.bad : COLOURS.faint;
  const arrow = change.text.startsWith('+') ? '▲ ' : change.text.startsWith('−') ? '▼ ' : '';
  return ` <span style="color:${colour};white-space:nowrap">${arrow}${escapeHtml(change.text)}</span>`;
}

function metricRow(key: FigureKey, summary: WeeklySummary, language: Language, currency: string | null): string {
  const value = summary.week[key];
  const previous = summary.previous[key];
  const average = summary.average[key];
  const compare = (label: string, base: number | null, exact: boolean) =>
    `<span style="white-space:nowrap">${escapeHtml(label)}: ${escapeHtml(formatValue(key, base, language, exact, currency))}</span>` +
    changeHtml(changeOf(key, value, base, language));
  return `<tr>
<td style="padding:12px 0;border-bottom:1px solid ${COLOURS.line};vertical-align:top">
<div style="font-size:15px;font-weight:bold;color:${COLOURS.text}">${escapeHtml(t(language, `email.metric.${key}`))}</div>
<div style="font-size:12px;line-height:16px;color:${COLOURS.faint};padding-top:2px">${escapeHtml(t(language, `email.explain.${key}`))}</div>
<div style="font-size:13px;line-height:20px;color:${COLOURS.muted};padding-top:4px">${compare(t(language, 'email.vsPrevious'), previous, true)}<br>${compare(t(language, 'email.vsAverage'), average, false)}</div>
</td>
<td style="padding:12px 0 12px 12px;border-bottom:1px solid ${COLOURS.line};vertical-align:top;text-align:right;white-space:nowrap;font-size:22px;font-weight:bold;color:${COLOURS.text}">${escapeHtml(formatValue(key, value, language, true, currency))}</td>
</tr>`;
}

/** Height in pixels of the tallest bar. */
const BAR_HEIGHT = 80;

function stripHtml(summary: WeeklySummary, ctx: EmailContext): string {
  const max = Math.max(1, ...summary.strip.map((s) => s.active));
  const last = summary.strip.length - 1;
  const cells = summary.strip.map((s, i) => {
    const height = s.active === 0 ? 1 : Math.max(2, Math.round((s.active / max) * BAR_HEIGHT));
    const colour = s.active === 0 ? COLOURS.line : i === last ? COLOURS.bar : '#8ab4f8';
    return `<td style="width:8.33%;padding:0 1px;vertical-align:bottom;text-align:center">
<div style="font-size:10px;line-height:12px;color:${i === last ? COLOURS.text : COLOURS.faint};font-weight:${i === last ? 'bold' : 'normal'}">${escapeHtml(formatNumber(s.active, ctx.language))}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td height="${height}" style="height:${height}px;background-color:${colour};font-size:0;line-height:0">&nbsp;</td></tr></table>
</td>`;
  });
  const labels = summary.strip.map(
    (s, i) =>
      `<td style="padding:3px 0 0 0;text-align:center;font-size:9px;line-height:11px;color:${i === last ? COLOURS.text : COLOURS.faint}">${escapeHtml(formatShortDate(s.weekStart, ctx.locale))}</td>`,
  );
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed">
<tr style="height:${BAR_HEIGHT + 14}px">${cells.join('')}</tr>
<tr>${labels.join('')}</tr>
</table>`;
}

function winBackDetail(c: WeeklySummary['winBack'][number], ctx: EmailContext): string {
  return t(ctx.language, 'email.winBack.detail', {
    revenue: ctx.hasAmounts === false ? '–' : money(c.netRevenue, ctx.language, ctx.currency),
    status: t(ctx.language, `customers.status.${c.status}`),
    expected: c.expectedNext === null ? '–' : formatDate(c.expectedNext, ctx.locale),
    last: formatDate(c.lastPurchase, ctx.locale),
    days: formatNumber(c.daysSince, ctx.language),
  });
}

function winBackHtml(summary: WeeklySummary, ctx: EmailContext): string {
  const { language } = ctx;
  if (summary.winBack.length === 0) {
    return `<p style="margin:0;font-size:14px;color:${COLOURS.muted}">${escapeHtml(t(language, 'email.winBack.none'))}</p>`;
  }
  const rows = summary.winBack.map(
    (c) => `<tr><td style="padding:8px 0;border-bottom:1px solid ${COLOURS.line}">
<div style="font-size:14px;font-weight:bold;color:${COLOURS.text};word-break:break-word">${escapeHtml(c.id)}</div>
<div style="font-size:12px;line-height:17px;color:${COLOURS.muted}">${escapeHtml(winBackDetail(c, ctx))}</div>
</td></tr>`,
  );
  return `<p style="margin:0 0 8px 0;font-size:13px;line-height:18px;color:${COLOURS.muted}">${escapeHtml(t(language, 'email.winBack.intro'))}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${rows.join('')}</table>`;
}

function heading(text: string): string {
  return `<h2 style="margin:28px 0 10px 0;font-size:17px;line-height:22px;color:${COLOURS.text};${FONT}">${escapeHtml(text)}</h2>`;
}

/** The page around a body: a centred column of at most 640 px. */
function page(language: Language, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background-color:#f1f3f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f3f4"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border-radius:8px"><tr><td style="padding:20px 20px 24px 20px;${FONT};color:${COLOURS.text}">
${body}
</td></tr></table>
</td></tr></table>
</body></html>`;
}

function buttonHtml(url: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0 0 0"><tr><td style="background-color:${COLOURS.accent};border-radius:4px">
<a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;font-size:14px;font-weight:bold;color:#ffffff;text-decoration:none;${FONT}">${escapeHtml(label)}</a>
</td></tr></table>`;
}

/**
 * The weekly summary e-mail: subject, HTML and its plain-text alternative.
 * @example renderWeeklyEmail(summary, { language: 'en', locale: 'en_US', spreadsheetName: 'Shop', url, health }).subject
 *   // 'Shop: weekly retention summary, 5/6/2024 – 5/12/2024'
 */
export function renderWeeklyEmail(summary: WeeklySummary, ctx: EmailContext): RenderedEmail {
  const { language } = ctx;
  const from = formatDate(summary.week.weekStart, ctx.locale);
  const to = formatDate(summary.week.weekEnd, ctx.locale);
  const subject = oneLine(t(language, 'email.subject', { spreadsheet: ctx.spreadsheetName, from, to }));
  const health = [...(ctx.reading ?? []), ...healthLines(ctx.health, language), ...(ctx.notes ?? [])];
  const footer = t(language, 'email.footer', { spreadsheet: ctx.spreadsheetName });
  const title = t(language, 'email.title');
  const figures = shownFigures(ctx);

  const html = page(
    language,
    subject,
    `<h1 style="margin:0 0 4px 0;font-size:22px;line-height:28px;color:${COLOURS.text};${FONT}">${escapeHtml(title)}</h1>
<div style="font-size:14px;line-height:20px;font-weight:bold;color:${COLOURS.muted}">${escapeHtml(ctx.spreadsheetName)}</div>
<p style="margin:8px 0 0 0;font-size:14px;line-height:20px;color:${COLOURS.muted}">${escapeHtml(t(language, 'email.intro', { from, to }))}</p>
${summary.hasOrders ? '' : `<p style="margin:12px 0 0 0;font-size:14px;color:${COLOURS.bad}">${escapeHtml(t(language, 'email.noOrders', { to }))}</p>`}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-top:12px">
${figures.map((key) => metricRow(key, summary, language, ctx.currency ?? null)).join('\n')}
</table>
${heading(t(language, 'email.strip.title'))}
${stripHtml(summary, ctx)}
${heading(t(language, 'email.winBack.title'))}
${winBackHtml(summary, ctx)}
${buttonHtml(ctx.url, t(language, 'email.open'))}
<p style="margin:24px 0 0 0;font-size:12px;line-height:17px;color:${COLOURS.faint}">${escapeHtml(t(language, 'email.dataHealth'))}: ${health.map(escapeHtml).join('<br>')}</p>
<p style="margin:8px 0 0 0;font-size:12px;line-height:17px;color:${COLOURS.faint}">${escapeHtml(footer)}</p>`,
  );

  const lines = [title, ctx.spreadsheetName, t(language, 'email.intro', { from, to }), ''];
  if (!summary.hasOrders) lines.push(t(language, 'email.noOrders', { to }), '');
  for (const key of figures) {
    const value = summary.week[key];
    const currency = ctx.currency ?? null;
    const compare = (label: string, base: number | null, exact: boolean) => {
      const change = changeOf(key, value, base, language);
      return `${label}: ${formatValue(key, base, language, exact, currency)}${change ? ` (${change.text})` : ''}`;
    };
    lines.push(
      `${t(language, `email.metric.${key}`)}: ${formatValue(key, value, language, true, currency)}`,
      `  ${compare(t(language, 'email.vsPrevious'), summary.previous[key], true)}; ${compare(t(language, 'email.vsAverage'), summary.average[key], false)}`,
      `  ${t(language, `email.explain.${key}`)}`,
    );
  }
  lines.push('', t(language, 'email.strip.title'));
  for (const s of summary.strip) lines.push(`  ${formatDate(s.weekStart, ctx.locale)}  ${formatNumber(s.active, language)}`);
  lines.push('', t(language, 'email.winBack.title'));
  if (summary.winBack.length === 0) lines.push(t(language, 'email.winBack.none'));
  else {
    lines.push(t(language, 'email.winBack.intro'));
    for (const c of summary.winBack) lines.push(`- ${c.id}: ${winBackDetail(c, ctx)}`);
  }
  lines.push('', `${t(language, 'email.open')}: ${ctx.url}`, '', `${t(language, 'email.dataHealth')}: ${health.join('\n')}`, footer);
  return { subject, html, text: lines.join('\n') };
}

/** A short e-mail of a paragraph or two and the link to the spreadsheet. */
function shortEmail(subject: string, paragraphs: string[], ctx: EmailContext): RenderedEmail {
  const html = page(
    ctx.language,
    subject,
    `<h1 style="margin:0 0 12px 0;font-size:19px;line-height:25px;color:${COLOURS.text};${FONT}">${escapeHtml(subject)}</h1>
${paragraphs.map((p) => `<p style="margin:0 0 12px 0;font-size:14px;line-height:20px;color:${COLOURS.text}">${escapeHtml(p)}</p>`).join('\n')}
${buttonHtml(ctx.url, t(ctx.language, 'email.open'))}`,
  );
  return { subject, html, text: [...paragraphs, '', `${t(ctx.language, 'email.open')}: ${ctx.url}`].join('\n\n') };
}

/**
 * The e-mail sent instead of the summary when the order sheet cannot be read: what went wrong and how to fix it.
 * @example renderProblemEmail('There is no sheet named "Orders". …', ctx).subject // 'Shop: the weekly summary could not be made'
 */
export function renderProblemEmail(reason: string, ctx: EmailContext): RenderedEmail {
  const { language, spreadsheetName: spreadsheet } = ctx;
  return shortEmail(
    oneLine(t(language, 'email.problem.subject', { spreadsheet })),
    [t(language, 'email.problem.body', { spreadsheet, reason }), t(language, 'email.problem.fix')],
    ctx,
  );
}

/**
 * The e-mail sent after repeated failures, so a broken schedule does not fail in silence.
 * @example renderFailuresEmail(3, 'Service unavailable', ctx).subject // 'Shop: the weekly summary failed 3 times'
 */
export function renderFailuresEmail(count: number, error: string, ctx: EmailContext): RenderedEmail {
  const { language, spreadsheetName: spreadsheet } = ctx;
  return shortEmail(
    oneLine(t(language, 'email.failures.subject', { spreadsheet, count })),
    [t(language, 'email.failures.body', { spreadsheet, count, error })],
    ctx,
  );
}
