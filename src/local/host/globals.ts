/**
 * The global services the script sees (SpreadsheetApp, PropertiesService, LockService, …), each
 * call checked by the runtime against the execution's authorization mode, over the host's state.
 */
import { ChartType } from './charts';
import { ConditionalFormatRuleBuilder, InterpolationType } from './conditionalFormats';
import { HtmlServiceImpl } from './html';
import type { LocalHost } from './index';
import { Lock } from './lock';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { BorderStyle, WrapStrategy } from './range';
import type { Need } from './runtime';
import { UiService } from './ui';
import { logText, makeUtilities } from './utilities';

/** The parts of the host the services work on. */
export type ServiceParts = Pick<LocalHost, 'rt' | 'spreadsheet' | 'ui' | 'logs' | 'options' | 'properties' | 'caches' | 'locks' | 'scriptApp' | 'mail' | 'bigQuery'>;

/**
 * The script's globals over `host`'s state.
 * @example vm.createContext({ ...scriptGlobals(host) })
 */
export function scriptGlobals(host: ServiceParts): Record<string, unknown> {
  const rt = host.rt;
  const ss = host.spreadsheet;
  const ui = new UiService(rt, host.ui, host.options.addonTitle);
  const write = (args: unknown[]) => host.logs.push(logText(args));
  const log = (...args: unknown[]) => {
    rt.check('console.log', 'free');
    write(args);
  };
  const opts = host.options;
  const user = { getEmail: () => opts.userEmail };
  const props = host.properties;
  const caches = host.caches;
  const locks = host.locks;
  const Logger = {
    log(...args: unknown[]) {
      rt.check('Logger.log', 'free');
      write(args);
      return Logger;
    },
  };
  /** A document-bound service, or null in a trigger run without a containing document. */
  const inDocument = <T>(label: string, need: Need, value: T): T | null => {
    rt.check(label, need);
    return rt.documentContext ? value : null;
  };
  return {
    SpreadsheetApp: {
      InterpolationType,
      DeveloperMetadataVisibility,
      DeveloperMetadataLocationType,
      BorderStyle,
      WrapStrategy,
      getActive: () => inDocument('SpreadsheetApp.getActive', 'docRead', ss),
      getActiveSpreadsheet: () => inDocument('SpreadsheetApp.getActiveSpreadsheet', 'docRead', ss),
      getActiveSheet: () => inDocument('SpreadsheetApp.getActiveSheet', 'docRead', ss._active),
      openById: (sid: string) => {
        rt.check('SpreadsheetApp.openById', 'docWrite');
        if (sid !== ss._id) throw rt.error(`The local host has no spreadsheet with id ${sid}.`);
        return ss;
      },
      getUi: () => {
        rt.check('SpreadsheetApp.getUi', 'menu');
        // Time-driven triggers and runs from the Apps Script editor have no user interface.
        if (rt.mode === 'FULL_NO_UI') throw rt.error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
      flush: () => rt.check('SpreadsheetApp.flush', 'free'),
      newConditionalFormatRule: () => (rt.check('SpreadsheetApp.newConditionalFormatRule', 'free'), new ConditionalFormatRuleBuilder(rt)),
    },
    Charts: { ChartType },
    HtmlService: new HtmlServiceImpl(rt, opts.distDir),
    PropertiesService: {
      getDocumentProperties: () => inDocument('PropertiesService.getDocumentProperties', 'props', props.document),
      getUserProperties: () => (rt.check('PropertiesService.getUserProperties', 'props'), props.user),
      getScriptProperties: () => (rt.check('PropertiesService.getScriptProperties', 'props'), props.script),
    },
    CacheService: {
      getDocumentCache: () => inDocument('CacheService.getDocumentCache', 'cache', caches.document),
      getUserCache: () => (rt.check('CacheService.getUserCache', 'cache'), caches.user),
      getScriptCache: () => (rt.check('CacheService.getScriptCache', 'cache'), caches.script),
    },
    LockService: {
      getDocumentLock: () => (inDocument('LockService.getDocumentLock', 'lock', true) ? new Lock(rt, locks, 'document') : null),
      getScriptLock: () => (rt.check('LockService.getScriptLock', 'lock'), new Lock(rt, locks, 'script')),
      getUserLock: () => (rt.check('LockService.getUserLock', 'lock'), new Lock(rt, locks, 'user')),
    },
    ScriptApp: host.scriptApp,
    MailApp: host.mail,
    Session: {
      getActiveUser: () => (rt.check('Session.getActiveUser', 'user'), user),
      getEffectiveUser: () => (rt.check('Session.getEffectiveUser', 'user'), user),
      getTemporaryActiveUserKey: () => (rt.check('Session.getTemporaryActiveUserKey', 'free'), 'local-user-key'),
      getScriptTimeZone: () => (rt.check('Session.getScriptTimeZone', 'free'), opts.scriptTimeZone),
      getActiveUserLocale: () => (rt.check('Session.getActiveUserLocale', 'free'), opts.userLocale),
    },
    Utilities: makeUtilities(rt),
    ...(opts.advancedServices.includes('BigQuery') ? { BigQuery: host.bigQuery.service() } : {}),
    Logger,
    console: { log, info: log, warn: log, error: log, debug: log },
  };
}
