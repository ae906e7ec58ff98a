/**
 * The "Customers" panel: the order sheet, the loyalty tiers (empty: the shop's defaults), their
 * basis and window, an optional NPS answers sheet; "Build the Customers sheet" calls
 * buildCustomers. "Export a list" (destination and who) calls exportCustomerList, shows its notes
 * (consent first) and offers the list as a CSV download made in the page (nothing goes to Drive).
 */
import { el, select } from '../dom';
import type { Panel, PanelContext } from '../panel';
import { errorText } from '../server';

/** What buildCustomers returns (src/server/customers/index.ts). */
interface CustomersResult {
  sheetName: string;
  customers: number;
  tiers: { name: string; threshold: number; customers: number }[];
  defaultTiers: boolean;
  health: string[];
}

/** What exportCustomerList returns (src/server/customers/export.ts). */
interface ExportResult {
  sheetName: string;
  rows: number;
  notes: string[];
  csv: string;
  fileName: string;
}

function field(id: string, label: string, control: HTMLElement, ...extra: HTMLElement[]): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, ...extra);
}

function input(id: string, type: string, value = '', extra: Record<string, string | number> = {}): HTMLInputElement {
  const node = el('input', { id, type, style: 'width:100%;box-sizing:border-box;font:inherit', ...extra });
  node.value = value;
  return node;
}

/** Runs a server call with the button busy, the status line and the error box. */
async function busy<T>(button: HTMLButtonElement, status: HTMLElement, error: HTMLElement, working: string, work: () => Promise<T>): Promise<T | null> {
  error.hidden = true;
  status.textContent = working;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } catch (e) {
    error.textContent = errorText(e);
    error.hidden = false;
    return null;
  } finally {
    status.textContent = '';
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export const customersPanel: Panel = {
  id: 'customers',
  titleKey: 'customers.tab',
  render(container: HTMLElement, ctx: PanelContext): void {
    const { t } = ctx;
    const sheetNames = (ctx.state.sheetNames as string[] | undefined) ?? [];
    // The active sheet when it can hold orders (the add-on's own sheets are not listed), else the first.
    const activeName = String(ctx.state.activeSheetName ?? '');
    const active = sheetNames.includes(activeName) ? activeName : (sheetNames[0] ?? '');
    const sheet = select('customers-sheet', sheetNames.map((n) => [n, n]), active);
    const tiers = input('customers-tiers', 'text', '', { placeholder: `${t('customers.tier.default1')}:0, ${t('customers.tier.default2')}:500, ${t('customers.tier.default3')}:2000` });
    const basis = select('customers-basis', [['spend', t('customers.basis.spend')], ['orders', t('customers.basis.orders')]], 'spend');
    const window = select('customers-window', [['lifetime', t('customers.window.lifetime')], ['12m', t('customers.window.12m')], ['year', t('customers.window.year')]], 'lifetime');
    const answers = select('customers-answers', [['', t('customers.noAnswers')], ...sheetNames.map((n): [string, string] => [n, n])], '');
    const build = el('button', { type: 'button', id: 'customers-build', class: 'primary' }, t('customers.build'));
    const status = el('p', { id: 'customers-status', class: 'status', role: 'status' });
    const error = el('p', { id: 'customers-error', class: 'error-box', role: 'alert', hidden: true });
    const output = el('div', { id: 'customers-output' });

    const destination = select('customers-destination', [['klaviyo', 'Klaviyo'], ['mailchimp', 'Mailchimp'], ['omnisend', 'Omnisend'], ['smsapi', 'SMSAPI'], ['csv', 'CSV']], 'klaviyo');
    const statusWord = (s: string) => t('customers.audience.status', { status: t(`customers.status.${s}`) });
    const who = select(
      'customers-who',
      [
        ['winBack', t('customers.audience.winBack')],
        ['all', t('customers.audience.all')],
        ...['new', 'active', 'due', 'overdue', 'lapsed'].map((s): [string, string] => [s, statusWord(s)]),
        ['nudge', t('customers.audience.nudge')],
        ['anniversary', t('customers.audience.anniversary', { days: 'N' })],
        ['tier', t('customers.audience.tier', { tier: '…' })],
        ['promoters', t('customers.audience.promoters')],
        ['detractors', t('customers.audience.detractors')],
      ],
      'winBack',
    );
    const days = input('customers-days', 'number', '30', { min: 0, max: 366, step: 1 });
    const tierName = input('customers-tier-name', 'text');
    // Days ahead only for anniversaries, the tier only for a tier: the other choices need neither.
    const daysField = field('customers-days', t('customers.days'), days);
    const tierField = field('customers-tier-name', t('customers.tierName'), tierName);
    // A closed select shows only the start of a long choice at 300 px; the whole of it below.
    const whoInFull = el('small', { id: 'customers-who-full', class: 'hint muted' });
    const showChoiceFields = () => {
      whoInFull.textContent = who.selectedOptions[0]?.textContent ?? '';
      daysField.hidden = who.value !== 'anniversary';
      tierField.hidden = who.value !== 'tier';
    };
    who.addEventListener('change', showChoiceFields);
    showChoiceFields();
    const exportButton = el('button', { type: 'button', id: 'customers-export' }, t('customers.exportButton'));
    const exportOutput = el('div', { id: 'customers-export-output' });

    build.addEventListener('click', async () => {
      output.replaceChildren();
      const result = await busy(build, status, error, t('customers.working'), () =>
        ctx.call<CustomersResult>('buildCustomers', { sheetName: sheet.value, tiers: tiers.value, tierBasis: basis.value, tierWindow: window.value, answersSheet: answers.value }),
      );
      if (!result) return;
      if (tiers.value.trim() === '') tiers.value = result.tiers.map((x) => `${x.name}:${x.threshold}`).join(', ');
      const list = el('ul', { id: 'customers-tiers-result' });
      for (const x of result.tiers) list.append(el('li', {}, `${x.name} (${x.threshold}): ${x.customers}`));
      output.replaceChildren(
        el('p', {}, t('customers.done', { customers: result.customers, sheet: result.sheetName })),
        ...(result.defaultTiers ? [el('p', { class: 'muted' }, t('customers.sheet.defaultTiers'))] : []),
        list,
        ...result.health.map((line) => el('p', { class: 'muted' }, line)),
      );
    });

    exportButton.addEventListener('click', async () => {
      exportOutput.replaceChildren();
      const result = await busy(exportButton, status, error, t('customers.working'), () =>
        ctx.call<ExportResult>('exportCustomerList', { destination: destination.value, audience: who.value, days: Number(days.value), tier: tierName.value }),
      );
      if (!result) return;
      const link = el('a', { id: 'customers-download', download: result.fileName }, t('customers.download'));
      link.setAttribute('href', URL.createObjectURL(new Blob([result.csv], { type: 'text/csv;charset=utf-8' })));
      // The consent note first (who may be uploaded), then what was written and the counts.
      const [consent, ...counts] = result.notes;
      exportOutput.replaceChildren(
        el('p', { class: 'value-warning', role: 'note' }, consent),
        el('p', {}, t('customers.exportDone', { rows: result.rows, sheet: result.sheetName })),
        ...counts.map((note) => el('p', { class: 'muted' }, note)),
        link,
      );
    });

    container.replaceChildren(
      el('p', { class: 'muted' }, t('customers.intro')),
      field('customers-sheet', t('clv.orderSheet'), sheet),
      field('customers-tiers', t('customers.tiers'), tiers),
      // One under the other: side by side, "since the first purchase" is cut at 300 px.
      field('customers-basis', t('customers.tierBasis'), basis),
      field('customers-window', t('customers.tierWindow'), window),
      field('customers-answers', t('customers.answersSheet'), answers),
      build,
      status,
      error,
      output,
      el('h2', {}, t('customers.exportHeading')),
      field('customers-destination', t('customers.destination'), destination),
      field('customers-who', t('customers.who'), who, whoInFull),
      daysField,
      tierField,
      exportButton,
      exportOutput,
    );
  },
};
