import type { Catalog } from './en';

export const pl: Catalog = {
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
};
