import { addCivilDays } from '../calendar/civil-date';

/**
 * 工作日: Monday to Friday, except public holidays that fall on them, plus the weekend days that
 * are made working days (调休上班). A region's calendar lists only those exceptions.
 */
export interface WorkingCalendar {
  /** Days that are not working days although they fall on Monday–Friday. */
  holidays: ReadonlySet<string>;
  /** Days that are working days although they fall on Saturday or Sunday. */
  workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const CALENDAR_DAY_KIND_NAMES: Record<CalendarDayKind, { 'zh-CN': string; 'en-US': string }> = {
  holiday: { 'zh-CN': '放假', 'en-US': 'Holiday' },
  workday: { 'zh-CN': '调休上班', 'en-US': 'Make-up working day' },
};

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` civil date. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const d = weekday(day);
  return d !== 0 && d !== 6;
}

/**
 * The latest day a class starting on `start` may be filed when filing must come `lead` working
 * days ahead: counting back from the day before the start, the `lead`-th working day. With a lead
 * of 5, a class starting on a Monday must be filed by the Monday before (Fri, Thu, Wed, Tue, Mon).
 * A lead of 0 allows filing up to the day before the start.
 */
export function latestFilingDate(start: string, lead: number, calendar: WorkingCalendar): string {
  let day = addCivilDays(start, -1);
  if (lead <= 0) return day;
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day, calendar)) {
      counted += 1;
      if (counted === lead) return day;
    }
    day = addCivilDays(day, -1);
  }
}

/**
 * Working days from the filing day to the day before the start, both included: the lead a filing
 * actually gave. It is at least `lead` exactly when `filedInTime` holds for that lead.
 */
export function workingDaysBefore(filedOn: string, start: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = filedOn; day < start; day = addCivilDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/** Whether a filing on `filedOn` meets the lead for a class starting on `start`. */
export function filedInTime(
  filedOn: string,
  start: string,
  lead: number,
  calendar: WorkingCalendar,
): boolean {
  return filedOn <= latestFilingDate(start, lead, calendar);
}

/**
 * The calendar of a region from the entries of the region and those above it: the nearest region's
 * entry for a day wins (a city may declare a local holiday, or undo the province's).
 */
export function mergeCalendars(
  entriesNearestLast: readonly (readonly { day: string; kind: CalendarDayKind }[])[],
): WorkingCalendar {
  const byDay = new Map<string, CalendarDayKind>();
  for (const entries of entriesNearestLast) for (const e of entries) byDay.set(e.day, e.kind);
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const [day, kind] of byDay) (kind === 'holiday' ? holidays : workdays).add(day);
  return { holidays, workdays };
}

/** The lead in working days when neither the region nor any region above it sets one. */
export const DEFAULT_FILING_LEAD_WORKING_DAYS = 5;
export const MAX_FILING_LEAD_WORKING_DAYS = 30;
