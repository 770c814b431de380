import { describe, expect, it } from 'vitest';
import { generateTimetable } from './timetable';
import { EMPTY_CALENDAR, mergeCalendars } from './working-days';

const total = (sessions: { hours: number; kind: string }[], kind: string) =>
  sessions.filter((s) => s.kind === kind).reduce((a, s) => a + s.hours, 0);

describe('generated timetables', () => {
  it('gives the project’s hours on working days, theory first', () => {
    // 2026-09-07 is a Monday.
    const sessions = generateTimetable({
      start: '2026-09-07',
      theoryHours: 40,
      practiceHours: 80,
      calendar: EMPTY_CALENDAR,
    });
    expect(sessions).toHaveLength(30);
    expect(total(sessions, 'theory')).toBe(40);
    expect(total(sessions, 'practice')).toBe(80);
    expect(sessions[9]).toMatchObject({ day: '2026-09-11', kind: 'theory' });
    expect(sessions[10]).toMatchObject({ day: '2026-09-14', kind: 'practice' });
    expect(sessions.at(-1)!.day).toBe('2026-09-25');
  });

  it('skips holidays and uses make-up working days', () => {
    const calendar = mergeCalendars([
      [
        { day: '2026-10-01', kind: 'holiday' },
        { day: '2026-10-02', kind: 'holiday' },
        { day: '2026-10-10', kind: 'workday' },
      ],
    ]);
    const days = generateTimetable({ start: '2026-09-30', theoryHours: 8, practiceHours: 8, calendar }).map(
      (s) => s.day,
    );
    expect([...new Set(days)]).toEqual(['2026-09-30', '2026-10-05']);
  });

  it('fills the last slot only as far as needed', () => {
    const sessions = generateTimetable({
      start: '2026-09-07',
      theoryHours: 6,
      practiceHours: 2.5,
      calendar: EMPTY_CALENDAR,
    });
    expect(sessions.map((s) => `${s.kind}:${s.hours}`)).toEqual(['theory:4', 'theory:2', 'practice:2.5']);
  });

  it('gives nothing for slots that hold no class hour', () => {
    expect(
      generateTimetable({
        start: '2026-09-07',
        theoryHours: 4,
        practiceHours: 0,
        slots: [{ startTime: '08:00', endTime: '08:00' }],
        calendar: EMPTY_CALENDAR,
      }),
    ).toEqual([]);
  });
});
