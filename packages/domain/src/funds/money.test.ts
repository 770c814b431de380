import { describe, expect, it } from 'vitest';
import { yuanText } from './money';

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
