import { describe, expect, it } from 'vitest';
import { checkWindow, checkWindowState, sessionAt } from './check-window';

const at = (time: string) => Date.parse(`2026-03-05T${time}:00+08:00`);
const morning = { id: 'morning', startsAt: at('08:30'), endsAt: at('11:30') };
const noon = { id: 'noon', startsAt: at('12:00'), endsAt: at('13:00') };
const afternoon = { id: 'afternoon', startsAt: at('14:00'), endsAt: at('17:00') };

describe('the check window of a session', () => {
  it('opens 30 minutes before the start and closes 30 minutes after the end', () => {
    expect(checkWindow(morning)).toEqual({ opens: at('08:00'), closes: at('12:00') });
  });

  it.each([
    ['07:59', 'early'],
    ['08:00', 'open'],
    ['08:30', 'open'],
    ['11:30', 'open'],
    ['12:00', 'open'],
    ['12:01', 'closed'],
  ] as const)('at %s it is %s', (time, state) => {
    expect(checkWindowState(morning, at(time))).toBe(state);
  });

  it('holds the last millisecond and refuses the next', () => {
    expect(checkWindowState(morning, at('12:00') + 1)).toBe('closed');
    expect(checkWindowState(morning, at('08:00') - 1)).toBe('early');
  });
});

describe('the session a record belongs to', () => {
  const sessions = [morning, noon, afternoon];
  it.each([
    ['07:59', null],
    ['08:10', 'morning'],
    ['11:29', 'morning'],
    // 11:30–12:00 lies in both windows: the nearer session wins, the later one on a tie.
    ['11:40', 'morning'],
    ['11:45', 'noon'],
    ['11:50', 'noon'],
    ['13:20', 'noon'],
    ['13:30', 'afternoon'],
    ['13:31', 'afternoon'],
    ['17:30', 'afternoon'],
    ['17:31', null],
  ])('at %s: %s', (time, expected) => {
    expect(sessionAt(sessions, at(time))?.id ?? null).toBe(expected);
  });

  it('does not depend on the order the sessions are listed in', () => {
    expect(sessionAt([noon, morning], at('11:45'))?.id).toBe('noon');
    expect(sessionAt([afternoon, noon], at('13:30'))?.id).toBe('afternoon');
  });
});
