/**
 * Messages of the add-on's shell: menu, help, the first sidebar screen, argument errors of the
 * custom functions. Each feature keeps its messages in a file like this one, in all five languages;
 * the English block is the reference, and a key missing in another language is a compile error.
 */
import type { Messages } from './types';

const en = {
  'addon.name': 'Retention',
  'menu.openSidebar': 'Open retention report',
  'menu.buildReport': 'Build cohort report',
  'menu.weeklyEmail': 'Weekly summary e-mail',
  'menu.help': 'Help',
  'help.title': 'Retention add-on',
  'help.body':
    'Open the retention report from this menu to build a cohort table from your order sheet. Custom functions: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD and more (type = and the name to see their help).',
  'sidebar.title': 'Retention report',
  'sidebar.connected': 'Connected to "{spreadsheet}", sheet "{sheet}".',
  'error.expectsNumber': 'Function {fn} parameter {index} expects a number value, but "{value}" is text.',
  'error.expectsNonNegative': 'Function {fn} parameter {index} expects a number that is 0 or more, but it is {value}.',
  'error.missingArgument': 'Function {fn} parameter {index} ({name}) is missing.',
  'error.crrNoStartCustomers': 'Function CRR: there were no customers at the start of the period (parameter 1 is 0), so no retention rate exists.',
};

export const common: Messages<typeof en> = {
  en,
  pl: {
    'addon.name': 'Retencja',
    'menu.openSidebar': 'Otwórz raport retencji',
    'menu.buildReport': 'Utwórz raport kohortowy',
    'menu.weeklyEmail': 'Cotygodniowe podsumowanie e-mail',
    'menu.help': 'Pomoc',
    'help.title': 'Dodatek Retencja',
    'help.body':
      'Otwórz raport retencji z tego menu, aby utworzyć tabelę kohortową z arkusza zamówień. Funkcje niestandardowe: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD i inne (wpisz = i nazwę, aby zobaczyć pomoc).',
    'sidebar.title': 'Raport retencji',
    'sidebar.connected': 'Połączono z „{spreadsheet}”, arkusz „{sheet}”.',
    'error.expectsNumber': 'Parametr {index} funkcji {fn} oczekuje liczby, ale „{value}” jest tekstem.',
    'error.expectsNonNegative': 'Parametr {index} funkcji {fn} oczekuje liczby równej 0 lub większej, ale ma wartość {value}.',
    'error.missingArgument': 'Brakuje parametru {index} ({name}) funkcji {fn}.',
    'error.crrNoStartCustomers': 'Funkcja CRR: na początku okresu nie było klientów (parametr 1 wynosi 0), więc wskaźnik retencji nie istnieje.',
  },
  ru: {
    'addon.name': 'Удержание',
    'menu.openSidebar': 'Открыть отчёт об удержании',
    'menu.buildReport': 'Построить когортный отчёт',
    'menu.weeklyEmail': 'Еженедельная сводка по e-mail',
    'menu.help': 'Справка',
    'help.title': 'Дополнение «Удержание»',
    'help.body':
      'Откройте отчёт об удержании из этого меню, чтобы построить когортную таблицу по листу заказов. Пользовательские функции: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD и другие (введите = и имя, чтобы увидеть справку).',
    'sidebar.title': 'Отчёт об удержании',
    'sidebar.connected': 'Подключено к «{spreadsheet}», лист «{sheet}».',
    'error.expectsNumber': 'Параметр {index} функции {fn} должен быть числом, но «{value}» — это текст.',
    'error.expectsNonNegative': 'Параметр {index} функции {fn} должен быть числом не меньше 0, но равен {value}.',
    'error.missingArgument': 'Не указан параметр {index} ({name}) функции {fn}.',
    'error.crrNoStartCustomers': 'Функция CRR: в начале периода не было клиентов (параметр 1 равен 0), поэтому коэффициент удержания не определён.',
  },
  ro: {
    'addon.name': 'Retenție',
    'menu.openSidebar': 'Deschide raportul de retenție',
    'menu.buildReport': 'Creează raportul pe cohorte',
    'menu.weeklyEmail': 'Rezumat săptămânal prin e-mail',
    'menu.help': 'Ajutor',
    'help.title': 'Suplimentul Retenție',
    'help.body':
      'Deschideți raportul de retenție din acest meniu pentru a crea un tabel pe cohorte din foaia de comenzi. Funcții personalizate: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD și altele (tastați = și numele pentru a vedea ajutorul).',
    'sidebar.title': 'Raport de retenție',
    'sidebar.connected': 'Conectat la „{spreadsheet}”, foaia „{sheet}”.',
    'error.expectsNumber': 'Parametrul {index} al funcției {fn} așteaptă un număr, dar „{value}” este text.',
    'error.expectsNonNegative': 'Parametrul {index} al funcției {fn} așteaptă un număr mai mare sau egal cu 0, dar este {value}.',
    'error.missingArgument': 'Lipsește parametrul {index} ({name}) al funcției {fn}.',
    'error.crrNoStartCustomers': 'Funcția CRR: la începutul perioadei nu existau clienți (parametrul 1 este 0), deci rata de retenție nu există.',
  },
  da: {
    'addon.name': 'Fastholdelse',
    'menu.openSidebar': 'Åbn fastholdelsesrapport',
    'menu.buildReport': 'Lav kohorterapport',
    'menu.weeklyEmail': 'Ugentlig opsummering på e-mail',
    'menu.help': 'Hjælp',
    'help.title': 'Tilføjelsen Fastholdelse',
    'help.body':
      'Åbn fastholdelsesrapporten fra denne menu for at lave en kohortetabel ud fra dit ordreark. Brugerdefinerede funktioner: =CRR, =CHURN, =CLV, =AVG_RETENTION_PERIOD og flere (skriv = og navnet for at se hjælpen).',
    'sidebar.title': 'Fastholdelsesrapport',
    'sidebar.connected': 'Forbundet til »{spreadsheet}«, ark »{sheet}«.',
    'error.expectsNumber': 'Funktionen {fn} parameter {index} forventer et tal, men »{value}« er tekst.',
    'error.expectsNonNegative': 'Funktionen {fn} parameter {index} forventer et tal på 0 eller mere, men det er {value}.',
    'error.missingArgument': 'Funktionen {fn} mangler parameter {index} ({name}).',
    'error.crrNoStartCustomers': 'Funktionen CRR: der var ingen kunder i starten af perioden (parameter 1 er 0), så der findes ingen fastholdelsesrate.',
  },
};
