import { describe, expect, it } from 'vitest';
import { formatRecordTime, parseRecordTime } from './record-time';

const utc = (iso: string) => Date.parse(iso);

describe('times in terminal records', () => {
  it.each([
    ['2026-03-05T08:27:13+08:00', utc('2026-03-05T00:27:13Z')],
    ['2026-03-05T00:27:13Z', utc('2026-03-05T00:27:13Z')],
    ['2026-03-05T00:27:13.25Z', utc('2026-03-05T00:27:13.250Z')],
    ['2026-03-05T00:27:13.123456Z', utc('2026-03-05T00:27:13.123Z')],
    ['2026-03-05T08:27+08:00', utc('2026-03-05T00:27:00Z')],
    ['2026-03-05T03:27:13-0500', utc('2026-03-05T08:27:13Z')],
    ['2026-03-05 08:27:13', utc('2026-03-05T00:27:13Z')],
    ['2026/03/05 08:27:13', utc('2026-03-05T00:27:13Z')],
    ['2026-03-05 08:27', utc('2026-03-05T00:27:00Z')],
    ['  2026-03-05 08:27:13 ', utc('2026-03-05T00:27:13Z')],
    ['2026-03-05 00:10:00', utc('2026-03-04T16:10:00Z')],
    ['2028-02-29 08:00:00', utc('2028-02-29T00:00:00Z')],
  ])('%s', (text, expected) => {
    expect(parseRecordTime(text)).toBe(expected);
  });

  it.each([
    '2026-03-05T08:27:13', // ISO without an offset: whose clock?
    '2026-02-30 08:00:00',
    '2027-02-29 08:00:00',
    '2026-13-01 08:00:00',
    '2026-03-05 24:00:00',
    '2026-03-05 08:60:00',
    '2026-03-05 08:27:60',
    '2026-03-05T08:27:13+15:00',
    '1969-12-31 23:59:59',
    '05/03/2026 08:27',
    '2026-3-5 8:27:13',
    '1772670433',
    '',
  ])('refuses %s', (text) => {
    expect(parseRecordTime(text)).toBeNull();
  });
});

describe('times in messages', () => {
  it.each([
    [utc('2026-03-05T00:27:13.900Z'), '2026-03-05 08:27:13'],
    [utc('2026-03-04T16:00:00Z'), '2026-03-05 00:00:00'],
  ])('%i is %s in China and reads back', (ms, text) => {
    expect(formatRecordTime(ms)).toBe(text);
    expect(parseRecordTime(text)).toBe(Math.floor(ms / 1000) * 1000);
  });
});
