/**
 * When the weekly e-mail is due (pure: wall times in the spreadsheet's zone, no Apps Script).
 *
 * Add-ons may have one time-driven trigger per user and document, running at most hourly, so a
 * second "retry" trigger is not allowed. The add-on's one trigger therefore runs every hour and
 * the handler sends once a week: at the first run at or after the chosen weekday and hour whose
 * week has not been sent yet. A run that cannot send (the document lock is busy) is simply
 * retried by the next hourly run, until the next scheduled time starts a new week.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** The wall-clock position of an instant: its day number, hour and weekday (0 = Sunday). */
export interface WallPosition {
  day: number;
  hour: number;
  weekday: number;
}

/**
 * Day, hour and weekday of a wall time given as milliseconds since 1970-01-01T00:00 wall time.
 * @example wallPosition(Date.UTC(2024, 4, 13, 8, 30)) // { day: 19856, hour: 8, weekday: 1 } (Monday)
 */
export function wallPosition(wallMs: number): WallPosition {
  const day = Math.floor(wallMs / MS_PER_DAY);
  const hour = Math.floor((wallMs - day * MS_PER_DAY) / MS_PER_HOUR);
  return { day, hour, weekday: (((day + 4) % 7) + 7) % 7 };
}

/**
 * The wall time (ms) of the latest scheduled send at or before `nowWallMs`: the last `weekday`
 * (0 = Sunday) at `hour`:00.
 * @example lastScheduledSend(Date.UTC(2024, 4, 15, 9), 1, 8) === Date.UTC(2024, 4, 13, 8) // Wednesday → Monday 08:00
 */
export function lastScheduledSend(nowWallMs: number, weekday: number, hour: number): number {
  const now = wallPosition(nowWallMs);
  let back = (now.weekday - weekday + 7) % 7;
  if (back === 0 && now.hour < hour) back = 7;
  return (now.day - back) * MS_PER_DAY + hour * MS_PER_HOUR;
}

/**
 * The day number of the scheduled send that is due at `nowWallMs`, or null when none is: the
 * latest scheduled send must not be before the schedule was saved (`sinceWallMs`), so turning the
 * e-mail on does not send at once for a time already past.
 * @example dueSendDay(Date.UTC(2024, 4, 13, 9), 1, 8, Date.UTC(2024, 4, 1)) === 19856 // Monday 2024-05-13
 */
export function dueSendDay(nowWallMs: number, weekday: number, hour: number, sinceWallMs: number): number | null {
  const send = lastScheduledSend(nowWallMs, weekday, hour);
  return send >= sinceWallMs ? Math.floor(send / MS_PER_DAY) : null;
}
