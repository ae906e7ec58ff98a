/** When a time-driven trigger fires (ScriptApp's clock triggers). */
import type { Trigger } from './script';
import { instantToWall } from './time';

/** Whether a clock schedule fires in the hour holding `ms`. */
export function isDue(s: NonNullable<Trigger['schedule']>, createdAt: number, ms: number): boolean {
  if (s.kind === 'once') return ms >= (s.at ?? 0);
  const wall = instantToWall(ms, s.timeZone);
  const created = instantToWall(createdAt, s.timeZone);
  const hour = new Date(wall).getUTCHours();
  const wantHour = s.hour ?? new Date(created).getUTCHours();
  if (ms < createdAt) return false;
  if (s.kind === 'hourly') return (Math.floor(wall / 3_600_000) - Math.floor(created / 3_600_000)) % s.every === 0;
  if (hour !== wantHour) return false;
  const day = Math.floor(wall / 86_400_000);
  const createdDay = Math.floor(created / 86_400_000);
  if (s.kind === 'daily') return (day - createdDay) % s.every === 0;
  const weekDay = s.weekDay ?? new Date(created).getUTCDay();
  if (new Date(wall).getUTCDay() !== weekDay) return false;
  return Math.floor((day - createdDay) / 7) % s.every === 0;
}
