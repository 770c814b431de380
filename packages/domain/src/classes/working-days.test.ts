import { describe, expect, it } from 'vitest';
import {
  EMPTY_CALENDAR,
  filedInTime,
  isWorkingDay,
  latestFilingDate,
  mergeCalendars,
  weekday,
  workingDaysBefore,
} from './working-days';

// 2026-12-07 is a Monday.
const calendar = mergeCalendars([
  [
    { day: '2027-01-01', kind: 'holiday' },
    { day: '2026-12-31', kind: 'holiday' },
    { day: '2026-12-26', kind: 'workday' },
  ],
  // The city undoes the province's extra day off on 12-31.
  [{ day: '2026-12-31', kind: 'workday' }],
]);

describe('working days', () => {
  it.each([
    ['2026-12-07', 1],
    ['2026-12-12', 6],
    ['2026-12-13', 0],
  ])('%s is weekday %i', (day, expected) => {
    expect(weekday(day)).toBe(expected);
  });

  it.each([
    ['2026-12-07', EMPTY_CALENDAR, true],
    ['2026-12-12', EMPTY_CALENDAR, false],
    ['2027-01-01', calendar, false],
    ['2026-12-26', calendar, true],
    ['2026-12-31', calendar, true],
  ] as const)('%s working: %s', (day, cal, expected) => {
    expect(isWorkingDay(day, cal)).toBe(expected);
  });

  it.each([
    // start, lead, latest filing day
    ['2026-12-14', 5, '2026-12-07'], // Monday start: the Monday before
    ['2026-12-11', 5, '2026-12-04'], // Friday start: Thu, Wed, Tue, Mon, Fri before
    ['2026-12-14', 1, '2026-12-11'], // the Friday before
    ['2026-12-14', 0, '2026-12-13'],
    ['2027-01-04', 1, '2026-12-31'], // 01-01 is a holiday; 12-31 was made a working day again
    ['2026-12-28', 1, '2026-12-26'], // the Saturday make-up day counts
  ] as const)('a class starting %s with a lead of %i must be filed by %s', (start, lead, expected) => {
    expect(latestFilingDate(start, lead, calendar)).toBe(expected);
  });

  it('refuses a filing one day late and accepts one on the last day', () => {
    expect(filedInTime('2026-12-07', '2026-12-14', 5, EMPTY_CALENDAR)).toBe(true);
    expect(filedInTime('2026-12-08', '2026-12-14', 5, EMPTY_CALENDAR)).toBe(false);
    expect(filedInTime('2026-11-30', '2026-12-14', 5, EMPTY_CALENDAR)).toBe(true);
  });

  it.each([
    // filed on, start, working days given
    ['2026-12-07', '2026-12-14', 5], // Monday to the Friday: five
    ['2026-12-08', '2026-12-14', 4], // one day late
    ['2026-12-06', '2026-12-14', 5], // filed on a Sunday: the same five
    ['2026-12-13', '2026-12-14', 0],
    ['2026-12-14', '2026-12-14', 0], // filed on the start day
    ['2026-12-24', '2026-12-28', 3], // Thu, Fri and the Saturday make-up day
  ] as const)('filed %s for a start on %s gives %i working days', (filedOn, start, expected) => {
    expect(workingDaysBefore(filedOn, start, calendar)).toBe(expected);
  });

  it('agrees with the latest filing day for every lead', () => {
    for (const lead of [0, 1, 3, 5, 10]) {
      for (let offset = 0; offset < 25; offset += 1) {
        const filedOn = new Date(Date.UTC(2026, 10, 20 + offset)).toISOString().slice(0, 10);
        const inTime = filedInTime(filedOn, '2026-12-14', lead, calendar);
        if (filedOn < '2026-12-14')
          expect(workingDaysBefore(filedOn, '2026-12-14', calendar) >= lead).toBe(inTime);
      }
    }
  });
});
