/** English messages: the reference catalog. Every other language must have every key. */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
