import type { CalendarDayKind } from '@qiancheng/domain/classes/working-days';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export interface CalendarEntry {
  day: string;
  kind: CalendarDayKind;
  name: string;
  /** The region that set the entry: the one viewed, or one above it. */
  regionCode: string;
  regionName: string;
  inherited: boolean;
}

export interface WorkingCalendarView {
  regionCode: string;
  regionName: string;
  year: number;
  entries: CalendarEntry[];
  /** The lead this region sets itself, or null to inherit. */
  filingLeadWorkingDays: number | null;
  /** The lead in force here: its own, the nearest region's above, or the default. */
  effectiveFilingLeadWorkingDays: number;
}

export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

export interface FilingDeadline {
  lead: number;
  deadline: string;
}

export const CALENDAR_QUERY_ROOT = ['calendar'] as const;
const regionPath = (region: string, rest = '') => `/api/v1/calendar/${encodeURIComponent(region)}${rest}`;
type Envelope = { calendar: WorkingCalendarView };

export function calendarQuery(region: string, year: number) {
  return queryOptions({
    queryKey: [...CALENDAR_QUERY_ROOT, 'view', region, year],
    queryFn: async () => (await api.get<Envelope>(regionPath(region), { year })).calendar,
  });
}

/** The last day a class held in the region and starting on `start` may be filed. */
export function filingDeadlineQuery(region: string, start: string) {
  return queryOptions({
    queryKey: [...CALENDAR_QUERY_ROOT, 'deadline', region, start],
    queryFn: () => api.get<FilingDeadline>(regionPath(region, '/filing-deadline'), { start }),
  });
}

export async function setCalendarDay(region: string, entry: CalendarDay): Promise<WorkingCalendarView> {
  const path = regionPath(region, `/days/${encodeURIComponent(entry.day)}`);
  return (await api.put<Envelope>(path, { kind: entry.kind, name: entry.name })).calendar;
}

export async function removeCalendarDay(region: string, day: string): Promise<WorkingCalendarView> {
  return (await api.delete<Envelope>(regionPath(region, `/days/${encodeURIComponent(day)}`))).calendar;
}

/** Replaces the region's own entries of the year with `days`. */
export async function replaceCalendarYear(
  region: string,
  year: number,
  days: CalendarDay[],
): Promise<WorkingCalendarView> {
  return (await api.put<Envelope>(regionPath(region, `/years/${year}`), { days })).calendar;
}

/** The region's own filing lead in working days, or null to inherit the one above. */
export async function setFilingLead(region: string, lead: number | null): Promise<WorkingCalendarView> {
  return (await api.put<Envelope>(regionPath(region, '/settings'), { filingLeadWorkingDays: lead })).calendar;
}
