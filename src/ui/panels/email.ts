/**
 * The weekly e-mail panel: on/off, weekday and hour (in the spreadsheet's zone), recipients
 * (checked as typed, at most 50), the e-mail's language and the order sheet. Save installs or
 * removes the schedule's trigger on the server; "Send a test now" sends the summary at once.
 * When the e-mail is on but no schedule exists (a test deployment has none; the save said why),
 * the panel says so, in a box above the form and after Save.
 */
import { parseRecipients } from '../../core/weekly/recipients';
import type { EmailPanelState } from '../../server/email/weekly';
import { el, select } from '../dom';
import type { Panel, PanelContext } from '../panel';
import { errorText } from '../server';

/** Each language named in itself. */
const LANGUAGE_NAMES: [string, string][] = [
  ['en', 'English'],
  ['pl', 'Polski'],
  ['ru', 'Русский'],
  ['ro', 'Română'],
  ['da', 'Dansk'],
];

/** Monday first, Sunday last (0 = Sunday, as ScriptApp.WeekDay). */
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

function field(id: string, label: string, control: HTMLElement, ...extra: HTMLElement[]): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, ...extra);
}

function build(container: HTMLElement, ctx: PanelContext, state: EmailPanelState): void {
  const { t } = ctx;
  const s = state.settings;
  const enabled = el('input', { type: 'checkbox', id: 'email-enabled', checked: s.enabled });
  const weekday = select('email-weekday', WEEKDAY_ORDER.map((d) => [String(d), t(`weekday.${d}`)]), String(s.weekday));
  const hours: [string, string][] = Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, '0')}:00`]);
  const hour = select('email-hour', hours, String(s.hour));
  const recipients = el('textarea', {
    id: 'email-recipients',
    rows: 3,
    spellcheck: 'false',
    'aria-describedby': 'email-recipients-check',
    style: 'width:100%;font:inherit;padding:4px;border:1px solid #dadce0;border-radius:4px;resize:vertical',
  });
  recipients.value = s.recipients.join(', ');
  const check = el('p', { id: 'email-recipients-check', class: 'muted', 'aria-live': 'polite' });
  const language = select('email-language', LANGUAGE_NAMES, s.language);
  const sheetNames = state.sheetNames.includes(s.sheetName) ? state.sheetNames : [s.sheetName, ...state.sheetNames];
  const sheet = select('email-sheet', sheetNames.map((n) => [n, n]), s.sheetName);
  const save = el('button', { type: 'button', id: 'email-save', class: 'primary' }, t('email.panel.save'));
  const test = el(
    'button',
    { type: 'button', id: 'email-test', style: 'font:inherit;width:100%;margin-top:8px;padding:7px;color:#1a73e8;background:#fff;border:1px solid #dadce0;border-radius:4px;cursor:pointer' },
    t('email.panel.test'),
  );
  const status = el('p', { id: 'email-status', class: 'status', role: 'status' });
  const error = el('p', { id: 'email-error', class: 'error-box', role: 'alert', hidden: true });
  const unscheduled = el('p', { id: 'email-unscheduled', class: 'error-box', role: 'alert', hidden: state.scheduleProblem === undefined });
  if (state.scheduleProblem !== undefined) {
    unscheduled.textContent = t('email.panel.notScheduledNow', { reason: state.scheduleProblem }).replace(/\s+/g, ' ');
  }

  const checkRecipients = (): boolean => {
    const parsed = parseRecipients(recipients.value);
    let problem = '';
    if (parsed.invalid.length) problem = t('email.error.invalidRecipients', { list: parsed.invalid.join(', ') });
    else if (parsed.valid.length === 0) problem = t('email.error.noRecipients');
    else if (parsed.tooMany) problem = t('email.error.tooManyRecipients', { max: state.maxRecipients, count: parsed.valid.length });
    check.textContent = problem;
    check.className = problem ? 'error' : 'muted';
    recipients.setAttribute('aria-invalid', problem ? 'true' : 'false');
    return problem === '';
  };
  recipients.addEventListener('input', checkRecipients);

  const form = () => ({
    enabled: enabled.checked,
    weekday: Number(weekday.value),
    hour: Number(hour.value),
    recipients: recipients.value,
    language: language.value,
    sheetName: sheet.value,
  });

  const run = async (button: HTMLButtonElement, call: string) => {
    if (!checkRecipients()) return;
    error.hidden = true;
    status.textContent = t('email.panel.working');
    save.disabled = test.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const result = await ctx.call<{ message: string; scheduled?: boolean }>(call, form());
      if (call === 'saveEmailSettings') unscheduled.hidden = true;
      if (result.scheduled === false && enabled.checked) {
        // Saved, but without a schedule: say why where errors go, not as a success.
        status.textContent = '';
        error.textContent = result.message;
        error.hidden = false;
      } else {
        status.textContent = result.message;
      }
    } catch (e) {
      status.textContent = '';
      error.textContent = errorText(e);
      error.hidden = false;
    } finally {
      save.disabled = test.disabled = false;
      button.removeAttribute('aria-busy');
    }
  };
  save.addEventListener('click', () => run(save, 'saveEmailSettings'));
  test.addEventListener('click', () => run(test, 'sendTestEmail'));

  container.replaceChildren(
    el('p', { class: 'muted' }, t('email.panel.intro')),
    unscheduled,
    el('div', { class: 'choice' }, enabled, el('label', { for: 'email-enabled' }, t('email.panel.enabled'))),
    el('div', { class: 'dates', style: 'align-items:end' }, field('email-weekday', t('email.panel.weekday'), weekday), field('email-hour', t('email.panel.hour', { zone: state.timeZone }), hour)),
    field('email-recipients', t('email.panel.recipients', { max: state.maxRecipients }), recipients, check),
    field('email-language', t('email.panel.language'), language),
    field('email-sheet', t('email.panel.sheet'), sheet, el('p', { class: 'muted' }, t('email.panel.mapping'))),
    save,
    test,
    status,
    error,
  );
}

export const emailPanel: Panel = {
  id: 'email',
  titleKey: 'email.panel.title',
  render(container: HTMLElement, ctx: PanelContext): void {
    container.replaceChildren(el('p', { class: 'muted', role: 'status' }, ctx.t('email.panel.working')));
    ctx
      .call<EmailPanelState>('getEmailSettings')
      .then((state) => build(container, ctx, state))
      .catch((e) => container.replaceChildren(el('p', { class: 'error-box', role: 'alert' }, errorText(e))));
  },
};
