import type { Catalog } from './en';

export const ru: Catalog = {
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
};
