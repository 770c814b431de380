import { describe, expect, it } from 'vitest';
import { chinaMoment, clockOffset, formatTimeLeft, timeLeft } from './countdown';

const DEADLINE = '2026-05-12T02:30:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('timeLeft', () => {
  it.each([
    ['2026-05-12T00:24:55.000Z', { overdue: false, hours: 2, minutes: 5, seconds: 5 }],
    ['2026-05-12T02:29:59.400Z', { overdue: false, hours: 0, minutes: 0, seconds: 0 }],
    ['2026-05-12T02:30:00.000Z', { overdue: false, hours: 0, minutes: 0, seconds: 0 }],
    ['2026-05-12T02:30:01.000Z', { overdue: true, hours: 0, minutes: 0, seconds: 0 }],
    ['2026-05-10T02:30:00.000Z', { overdue: false, hours: 48, minutes: 0, seconds: 0 }],
  ])('at %s', (now, expected) => {
    expect(timeLeft(DEADLINE, at(now))).toEqual(expected);
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [{ overdue: false, hours: 2, minutes: 5, seconds: 5 }, 'zh-CN', '2 小时 05 分'],
    [{ overdue: false, hours: 2, minutes: 5, seconds: 5 }, 'en-US', '2 h 05 min'],
    [{ overdue: false, hours: 0, minutes: 9, seconds: 3 }, 'zh-CN', '9 分 03 秒'],
    [{ overdue: false, hours: 0, minutes: 9, seconds: 3 }, 'en-US', '9 min 03 s'],
  ] as const)('%j in %s is %s', (left, locale, text) => {
    expect(formatTimeLeft(left, locale)).toBe(text);
  });
});

describe('chinaMoment', () => {
  it.each([
    [DEADLINE, '2026-05-12 10:30'],
    ['2026-05-12T16:05:00.000Z', '2026-05-13 00:05'],
  ])('%s is %s in China', (iso, shown) => {
    expect(chinaMoment(iso)).toBe(shown);
  });
});

describe('clockOffset', () => {
  it.each([
    ['2026-05-12T02:30:00.000Z', '2026-05-12T02:30:00.000Z', 0],
    ['2026-05-19T02:30:00.000Z', '2026-05-12T02:30:00.000Z', 7 * 86_400_000],
    ['2026-05-12T02:29:30.000Z', '2026-05-12T02:30:00.000Z', -30_000],
  ])('the server at %s, received at %s: %i ms ahead', (server, received, offset) => {
    expect(clockOffset(server, at(received))).toBe(offset);
  });
});
