/**
 * The weekly time-driven trigger: exactly one per user and document, found by its handler name.
 * Add-ons may have one trigger of each type per document, so the old one is deleted before a new
 * one is made. The hour is in the spreadsheet's time zone (`inTimezone`), not the script's.
 */

/** The top-level function the trigger calls (exported from src/server/index.ts). */
const HANDLER = 'sendWeeklySummary';

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

/** This user's weekly-summary triggers in this document. */
export function weeklyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Deletes this user's weekly-summary triggers in this document; returns how many there were. */
export function removeWeeklyTrigger(): number {
  const old = weeklyTriggers();
  for (const trigger of old) ScriptApp.deleteTrigger(trigger);
  return old.length;
}

/**
 * Replaces the weekly trigger: every `weekday` (0 = Sunday) between `hour`:00 and `hour`:59 in `timeZone`.
 * @example installWeeklyTrigger(1, 8, 'Europe/Warsaw') // Mondays, 8–9 in Warsaw
 */
export function installWeeklyTrigger(weekday: number, hour: number, timeZone: string): GoogleAppsScript.Script.Trigger {
  removeWeeklyTrigger();
  return ScriptApp.newTrigger(HANDLER)
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay[WEEKDAYS[weekday]])
    .atHour(hour)
    .inTimezone(timeZone)
    .everyWeeks(1)
    .create();
}
