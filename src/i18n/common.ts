/**
 * Messages of the add-on's shell: menu, help, the sidebar's title, and the missing-argument error
 * of the customer-value functions. Each feature keeps its messages in a file like this one, in all five languages;
 * the English block is the reference, and a key missing in another language is a compile error.
 */
import type { Messages } from './types';

const en = {
  'menu.openSidebar': 'Open retention report',
  'menu.buildReport': 'Build cohort report',
  'menu.weeklyEmail': 'Weekly summary e-mail',
  'menu.help': 'Help',
  'help.title': 'Retention add-on',
  'help.body':
    'Open the retention report from this menu to build a cohort table from your order sheet. Custom functions: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD and more (type = and the name to see their help).',
  'sidebar.title': 'Retention report',
};

export const common: Messages<typeof en> = {
  en,
  pl: {
    'menu.openSidebar': 'Otwórz raport retencji',
    'menu.buildReport': 'Utwórz raport kohortowy',
    'menu.weeklyEmail': 'Cotygodniowe podsumowanie e-mail',
    'menu.help': 'Pomoc',
    'help.title': 'Dodatek Retencja',
    'help.body':
      'Otwórz raport retencji z tego menu, aby utworzyć tabelę kohortową z arkusza zamówień. Funkcje niestandardowe: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD i inne (wpisz = i nazwę, aby zobaczyć pomoc).',
    'sidebar.title': 'Raport retencji',
  },
  ru: {
    'menu.openSidebar': 'Открыть отчёт об удержании',
    'menu.buildReport': 'Построить когортный отчёт',
    'menu.weeklyEmail': 'Еженедельная сводка по e-mail',
    'menu.help': 'Справка',
    'help.title': 'Дополнение «Удержание»',
    'help.body':
      'Откройте отчёт об удержании из этого меню, чтобы построить когортную таблицу по листу заказов. Пользовательские функции: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD и другие (введите = и имя, чтобы увидеть справку).',
    'sidebar.title': 'Отчёт об удержании',
  },
  ro: {
    'menu.openSidebar': 'Deschide raportul de retenție',
    'menu.buildReport': 'Creează raportul pe cohorte',
    'menu.weeklyEmail': 'Rezumat săptămânal prin e-mail',
    'menu.help': 'Ajutor',
    'help.title': 'Suplimentul Retenție',
    'help.body':
      'Deschideți raportul de retenție din acest meniu pentru a crea un tabel pe cohorte din foaia de comenzi. Funcții personalizate: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD și altele (tastați = și numele pentru a vedea ajutorul).',
    'sidebar.title': 'Raport de retenție',
  },
  da: {
    'menu.openSidebar': 'Åbn fastholdelsesrapport',
    'menu.buildReport': 'Lav kohorterapport',
    'menu.weeklyEmail': 'Ugentlig opsummering på e-mail',
    'menu.help': 'Hjælp',
    'help.title': 'Tilføjelsen Fastholdelse',
    'help.body':
      'Åbn fastholdelsesrapporten fra denne menu for at lave en kohortetabel ud fra dit ordreark. Brugerdefinerede funktioner: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD og flere (skriv = og navnet for at se hjælpen).',
    'sidebar.title': 'Fastholdelsesrapport',
  },
};
