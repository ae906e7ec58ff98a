/**
 * The sidebar's client code: a header with the language switch, then the panels of PANELS as
 * accessible tabs (arrow keys, Home and End move between tabs; Tab goes into the panel). It talks
 * to the server only through google.script.run, with plain data, and writes user strings with
 * textContent, never as HTML.
 *
 * Adding a panel: import it and add it to PANELS (the cohort report stays first).
 */
import { el } from './dom';
import type { Panel, PanelContext } from './panel';
import { reportPanel } from './panels/report';
import { emailPanel } from './panels/email';
import { valuePanel } from './panels/value';
import { customersPanel } from './panels/customers';
import { callServer, errorText } from './server';

export const PANELS: Panel[] = [
  reportPanel,
  emailPanel,
  valuePanel,
  customersPanel,
];

/** Each language named in itself. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', pl: 'Polski', ru: 'Русский', ro: 'Română', da: 'Dansk' };

interface SidebarState extends Record<string, unknown> {
  language: string;
  messages: Record<string, string>;
  /** Notices a failed weekly e-mail run left (shown above the tabs until the e-mail settings are saved). */
  notices?: string[];
}

function translator(messages: Record<string, string>) {
  return (key: string, params: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

let selectedPanel = PANELS[0].id;

async function start(language?: string): Promise<void> {
  const app = document.getElementById('app')!;
  app.setAttribute('aria-busy', 'true');
  try {
    const state = language ? await callServer<SidebarState>('getSidebarState', language) : await callServer<SidebarState>('getSidebarState');
    render(app, state);
  } catch (error) {
    app.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(error)));
  } finally {
    app.removeAttribute('aria-busy');
  }
}

function render(app: HTMLElement, state: SidebarState): void {
  document.documentElement.lang = state.language;
  const t = translator(state.messages);
  const ctx: PanelContext = { language: state.language, messages: state.messages, t, call: callServer, state };

  const languages = el('select', { id: 'language', class: 'compact' });
  for (const [code, name] of Object.entries(LANGUAGE_NAMES)) languages.append(new Option(name, code, false, code === state.language));
  languages.addEventListener('change', () => start(languages.value));
  const header = el(
    'header',
    { class: 'top' },
    el('h1', {}, t('sidebar.title')),
    el('label', { class: 'language' }, el('span', { class: 'visually-hidden' }, t('sidebar.language')), languages),
  );

  const tablist = el('div', { role: 'tablist', 'aria-label': t('sidebar.tabs') });
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  for (const panel of PANELS) {
    const selected = panel.id === selectedPanel;
    const tab = el('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${panel.id}`,
      'aria-controls': `panel-${panel.id}`,
      'aria-selected': String(selected),
      tabindex: selected ? 0 : -1,
    }, t(panel.titleKey));
    const body = el('section', { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, tabindex: 0 });
    body.hidden = !selected;
    panel.render(body, ctx);
    tabs.push(tab);
    panels.push(body);
  }
  const choose = (index: number, focus: boolean) => {
    selectedPanel = PANELS[index].id;
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i].hidden = i !== index;
    });
    if (focus) tabs[index].focus();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => choose(index, false));
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const next: Record<string, number> = {
        ArrowRight: index === last ? 0 : index + 1,
        ArrowLeft: index === 0 ? last : index - 1,
        Home: 0,
        End: last,
      };
      if (event.key in next) {
        event.preventDefault();
        choose(next[event.key], true);
      }
    });
  });
  tablist.append(...tabs);
  const notices = (state.notices ?? []).map((text) => el('p', {}, text));
  const noticeBox = notices.length ? [el('div', { id: 'notices', class: 'error-box', role: 'alert' }, ...notices)] : [];
  app.replaceChildren(header, ...noticeBox, tablist, ...panels);
}

start();
