/**
 * Calendar arithmetic on `YYYY-MM-DD` civil dates for the subsidy rules. Comparing the strings
 * compares the dates, so no time zone ever enters a decision.
 */

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` plus whole calendar months. A day the target month lacks becomes its last day, as the
 * rules count it: 2026-08-31 + 6 months = 2027-02-28, so a deadline never spills into the month
 * after.
 */
export function addCalendarMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Completed years of age on `on`; the birthday itself counts as reached. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The calendar year a date falls in; yearly limits are counted per calendar year. */
export function calendarYear(date: string): number {
  return Number(date.slice(0, 4));
}
