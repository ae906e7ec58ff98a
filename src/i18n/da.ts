import type { Catalog } from './en';

export const da: Catalog = {
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
};
