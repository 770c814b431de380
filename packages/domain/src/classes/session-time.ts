/** Class timetables are kept in China's civil time (UTC+8, no daylight saving). */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** `HH:MM` on the 24-hour clock. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** The instant of `time` on `day` in China. */
export function chinaInstant(day: string, time: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  return new Date(midnightUtc + (minutesOfDay(time) - CHINA_OFFSET_MINUTES) * 60_000);
}

/** The civil day and `HH:MM` in China of an instant. */
export function chinaDayAndTime(instant: Date): { day: string; time: string } {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MINUTES * 60_000).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** 学时 are counted in tenths so that sums stay exact (2.5 学时 is 25). */
export function hoursFromTenths(tenths: number): number {
  return tenths / 10;
}

/**
 * The most 学时 a session of `minutes` can carry: a 学时 lasts at least 45 minutes, the shortest
 * class hour in use.
 */
export function maxHoursTenths(minutes: number): number {
  return Math.floor((minutes * 10) / 45);
}
