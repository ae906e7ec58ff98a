import type { Catalog } from './en';

export const ro: Catalog = {
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
};
