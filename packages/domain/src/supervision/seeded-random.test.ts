import { describe, expect, it } from 'vitest';
import { isSeed, seededRandom, uniformBelow } from './seeded-random';

describe('seededRandom', () => {
  // Pinned outputs: a stored sample must re-run the same way after any release.
  it.each([
    ['00000000000000000000000000000000', [2091952393, 4208506024, 1017427976]],
    ['ffffffffffffffffffffffffffffffff', [1659126310, 3028377073, 762330931]],
    ['00112233445566778899aabbccddeeff', [2782852953, 1400387876, 414616006]],
    ['9e3779b97f4a7c15f39cc0605cedc834', [3033865872, 40419729, 743612787]],
  ])('seed %s starts %j', (seed, outputs) => {
    const next = seededRandom(seed);
    expect([next(), next(), next()]).toEqual(outputs);
  });

  it.each([
    ['too short', '0011223344556677'],
    ['too long', '00112233445566778899aabbccddeeff00'],
    ['upper case', '00112233445566778899AABBCCDDEEFF'],
    ['not hex', '00112233445566778899aabbccddeefg'],
    ['empty', ''],
  ])('refuses a seed that is %s', (_, seed) => {
    expect(isSeed(seed)).toBe(false);
    expect(() => seededRandom(seed)).toThrow(RangeError);
  });
});

describe('uniformBelow', () => {
  it.each([1, 2, 3, 7, 1000, 2 ** 31 + 1, 2 ** 32])('stays below %i', (bound) => {
    const next = seededRandom('00112233445566778899aabbccddeeff');
    for (let i = 0; i < 200; i++) {
      const value = uniformBelow(next, bound);
      expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
    }
  });

  it('draws again from the incomplete last stretch instead of favouring small values', () => {
    // With a bound of 3·2^30, values from 3·2^30 up are redrawn; the next value is taken instead.
    const values = [2 ** 32 - 1, 5];
    expect(uniformBelow(() => values.shift()!, 3 * 2 ** 30)).toBe(5);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1])('refuses the bound %d', (bound) => {
    expect(() => uniformBelow(() => 0, bound)).toThrow(RangeError);
  });
});
