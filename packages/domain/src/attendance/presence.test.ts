import { describe, expect, it } from 'vitest';
import { type AttendanceMark, attendedTenths, type MarkSource, sessionHours, stays } from './presence';

const m = (minute: number) => minute * 60_000;
const mark = (minute: number, direction: 'in' | 'out'): AttendanceMark => ({ at: m(minute), direction });
// A three-hour session from minute 0 to minute 180 that carries 4 学时.
const session = { startsAt: m(0), endsAt: m(180), hoursTenths: 40 };

describe('stays from records', () => {
  it.each([
    ['a check-in and a check-out', [mark(-5, 'in'), mark(185, 'out')], [[-5, 185]]],
    ['given out of order', [mark(185, 'out'), mark(-5, 'in')], [[-5, 185]]],
    ['a check-in alone earns nothing', [mark(0, 'in')], []],
    ['a check-out alone earns nothing', [mark(100, 'out')], []],
    ['a later check-out moves the end', [mark(0, 'in'), mark(60, 'out'), mark(170, 'out')], [[0, 170]]],
    [
      'a second check-in while present is ignored',
      [mark(0, 'in'), mark(30, 'in'), mark(90, 'out')],
      [[0, 90]],
    ],
    [
      'leaving and coming back makes two stays',
      [mark(0, 'in'), mark(60, 'out'), mark(120, 'in'), mark(180, 'out')],
      [
        [0, 60],
        [120, 180],
      ],
    ],
    [
      'a check-in after the last stay is left open: nothing',
      [mark(0, 'in'), mark(60, 'out'), mark(120, 'in')],
      [[0, 60]],
    ],
    ['in and out at the same instant', [mark(10, 'out'), mark(10, 'in')], [[10, 10]]],
    ['nothing', [], []],
  ] as const)('%s', (_, marks, expected) => {
    expect(stays(marks).map((s) => [s.from / 60_000, s.to / 60_000])).toEqual(expected);
  });
});

describe('attended 学时 of a session', () => {
  it.each([
    ['the whole session', [[-20, 200]], 40],
    ['exactly the session', [[0, 180]], 40],
    ['half of it', [[0, 90]], 20],
    // 4 学时 × 179/180 = 3.977…: rounded down to 3.9, never up to 4.0.
    ['all but the last minute', [[0, 179]], 39],
    ['one minute', [[0, 1]], 0],
    ['five minutes: 4 × 5/180 = 0.11', [[0, 5]], 1],
    ['outside the session', [[-30, 0]], 0],
    [
      'two stays add up',
      [
        [0, 60],
        [120, 180],
      ],
      26,
    ],
    ['no stays', [], 0],
  ] as const)('%s: %i tenths', (_, ranges, expected) => {
    expect(
      attendedTenths(
        session,
        ranges.map(([from, to]) => ({ from: m(from), to: m(to) })),
      ),
    ).toBe(expected);
  });

  it('is nothing for a session without length', () => {
    expect(attendedTenths({ startsAt: 0, endsAt: 0, hoursTenths: 40 }, [{ from: -1, to: 1 }])).toBe(0);
  });
});

describe('electronic and manual 学时', () => {
  const marks = (...list: [number, 'in' | 'out', MarkSource][]) =>
    list.map(([minute, direction, source]) => ({ ...mark(minute, direction), source }));

  it.each([
    ['QR in and out', marks([0, 'in', 'qr'], [180, 'out', 'qr']), { electronic: 40, manual: 0 }],
    ['terminal in, QR out', marks([0, 'in', 'terminal'], [180, 'out', 'qr']), { electronic: 40, manual: 0 }],
    [
      'QR in, check-out by hand',
      marks([0, 'in', 'qr'], [180, 'out', 'manual']),
      { electronic: 0, manual: 40 },
    ],
    ['all by hand', marks([0, 'in', 'manual'], [90, 'out', 'manual']), { electronic: 0, manual: 20 }],
    [
      'a later check-out by hand extends a scanned stay',
      marks([0, 'in', 'qr'], [90, 'out', 'qr'], [180, 'out', 'manual']),
      { electronic: 20, manual: 20 },
    ],
    [
      'an entry by hand inside a scanned stay adds nothing',
      marks([0, 'in', 'qr'], [60, 'in', 'manual'], [180, 'out', 'qr']),
      { electronic: 40, manual: 0 },
    ],
  ] as const)('%s', (_, list, expected) => {
    expect(sessionHours(session, list)).toEqual(expected);
  });
});
