/**
 * Hand-written 2024 offsets of two zones, for tests (from the published tz rules, not from Intl):
 * Europe/Warsaw: UTC+1, UTC+2 from 2024-03-31 01:00Z (02:00 CET) to 2024-10-27 01:00Z (03:00 CEST).
 * America/Los_Angeles: UTC−8, UTC−7 from 2024-03-10 10:00Z (02:00 PST) to 2024-11-03 09:00Z (02:00 PDT).
 * Valid for instants within 2024 (and the neighbouring winters).
 */
export const WARSAW_SPRING = Date.UTC(2024, 2, 31, 1);
export const WARSAW_AUTUMN = Date.UTC(2024, 9, 27, 1);
export const LA_SPRING = Date.UTC(2024, 2, 10, 10);
export const LA_AUTUMN = Date.UTC(2024, 10, 3, 9);

export function warsaw2024(ms: number): number {
  return ms >= WARSAW_SPRING && ms < WARSAW_AUTUMN ? 120 : 60;
}

export function losAngeles2024(ms: number): number {
  return ms >= LA_SPRING && ms < LA_AUTUMN ? -420 : -480;
}
