import { addCivilDays } from '../calendar/civil-date';
import type { SessionKind } from './class-lifecycle';
import { maxHoursTenths, minutesOfDay } from './session-time';
import { isWorkingDay, type WorkingCalendar } from './working-days';

export interface TimeSlot {
  startTime: string;
  endTime: string;
}

/** The usual teaching day: a morning and an afternoon of three hours, 4 学时 each. */
export const DEFAULT_SLOTS: readonly TimeSlot[] = [
  { startTime: '08:30', endTime: '11:30' },
  { startTime: '14:00', endTime: '17:00' },
];

export interface GeneratedSession {
  day: string;
  startTime: string;
  endTime: string;
  /** 学时 with at most one decimal. */
  hours: number;
  kind: SessionKind;
}

/**
 * 排课: sessions on the working days from `start`, in the given daily slots, theory first and then
 * practice, until the required hours of each are given. Each slot carries as many 学时 as fit
 * (45 minutes each) but not more than remain, so the totals are met exactly when the slots allow.
 */
export function generateTimetable(options: {
  start: string;
  theoryHours: number;
  practiceHours: number;
  slots?: readonly TimeSlot[];
  calendar: WorkingCalendar;
  /** A guard against slots that hold nothing: the timetable never runs past this many days. */
  maxDays?: number;
}): GeneratedSession[] {
  const slots = options.slots ?? DEFAULT_SLOTS;
  const capacity = slots.map((s) => maxHoursTenths(minutesOfDay(s.endTime) - minutesOfDay(s.startTime)));
  const remaining = {
    theory: Math.round(options.theoryHours * 10),
    practice: Math.round(options.practiceHours * 10),
  };
  const sessions: GeneratedSession[] = [];
  if (capacity.every((c) => c <= 0)) return sessions;
  let day = options.start;
  for (let i = 0; i < (options.maxDays ?? 366) && (remaining.theory > 0 || remaining.practice > 0); i++) {
    if (isWorkingDay(day, options.calendar)) {
      slots.forEach((slot, index) => {
        const kind: SessionKind | null =
          remaining.theory > 0 ? 'theory' : remaining.practice > 0 ? 'practice' : null;
        if (!kind || capacity[index]! <= 0) return;
        const tenths = Math.min(capacity[index]!, remaining[kind]);
        remaining[kind] -= tenths;
        sessions.push({ day, startTime: slot.startTime, endTime: slot.endTime, hours: tenths / 10, kind });
      });
    }
    day = addCivilDays(day, 1);
  }
  return sessions;
}
