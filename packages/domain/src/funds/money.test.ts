import { describe, expect, it } from 'vitest';
import { parseYuan, yuanText } from './money';

describe('yuanText', () => {
  it.each([
    [0, {}, '0.00'],
    [1, {}, '0.01'],
    [99, {}, '0.99'],
    [100, {}, '1.00'],
    [-150, {}, '-1.50'],
    [123_456_789, {}, '1234567.89'],
    [123_456_789, { grouped: true }, '1,234,567.89'],
    [-100_000, { grouped: true }, '-1,000.00'],
    [Number.MAX_SAFE_INTEGER, { grouped: true }, '90,071,992,547,409.91'],
  ])('%i fen → %s', (fen, options, text) => {
    expect(yuanText(fen, options)).toBe(text);
  });
});

describe('parseYuan', () => {
  it.each<[string | number, number | null]>([
    ['6248', 624_800],
    ['6248.00', 624_800],
    ['6,248.5', 624_850],
    ['￥6248.05元', 624_805],
    [' 0.01 ', 1],
    ['-12.30', -1_230],
    ['１２.３', 1_230],
    [6248, 624_800],
    [6248.05, 624_805],
    [0.1 + 0.2, 30], // a cell's binary noise, not a third decimal
    [6248.005, null],
    ['6248.005', null],
    ['6248.', null],
    ['', null],
    ['abc', null],
    ['1e3', null],
    [Number.NaN, null],
  ])('%s → %s', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });
});
