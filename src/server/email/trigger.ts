/**
 * The weekly e-mail's time-driven trigger: exactly one per user and document, found by its handler
 * name. Add-ons may have one trigger of each type per document and none more often than hourly,
 * so there is no room for a second "retry" trigger: the one trigger runs every hour, and the
 * handler sends at the first run at or after the chosen weekday and hour (./schedule.ts), which
 * also retries a run that found the document busy. The old trigger is deleted before a new one is
 * made. Each hourly run that is not due reads a few properties and returns (docs/EMAIL.md: cost).
 */
import { forgetTriggerDocuments, rememberTriggerDocument } from './notice';

/** The top-level function the trigger calls (exported from src/server/index.ts). */
export const HANDLER = 'sendWeeklySummary';

/** This user's weekly-summary triggers in this document. */
export function weeklyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Deletes this user's weekly-summary triggers in this document; returns how many there were. */
export function removeWeeklyTrigger(): number {
  const old = weeklyTriggers();
  for (const trigger of old) ScriptApp.deleteTrigger(trigger);
  forgetTriggerDocuments(old.map((trigger) => trigger.getUniqueId()));
  return old.length;
}

/**
 * Deletes the trigger with this id, whatever its document (a run without a containing document
 * cannot ask for the document's triggers). Returns whether it was found.
 * @example deleteTriggerById(e.triggerUid)
 */
export function deleteTriggerById(triggerId: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === triggerId);
  if (!trigger) return false;
  ScriptApp.deleteTrigger(trigger);
  forgetTriggerDocuments([triggerId]);
  return true;
}

/**
 * Replaces the weekly e-mail's trigger with one that runs every hour; the handler decides when a
 * week is due. Throws what `create()` throws (e.g. in a test deployment, which has no installable
 * triggers).
 * @example installWeeklyTrigger().getHandlerFunction() === 'sendWeeklySummary'
 */
export function installWeeklyTrigger(): GoogleAppsScript.Script.Trigger {
  removeWeeklyTrigger();
  const trigger = ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  rememberTriggerDocument(trigger.getUniqueId(), SpreadsheetApp.getActiveSpreadsheet().getId());
  return trigger;
}
