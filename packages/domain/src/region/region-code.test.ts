import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinRegion, parentRegionCode, regionCodeRange, regionLevel, regionPrefix } from './region-code';

describe('region codes', () => {
  it.each([
    ['410000', 1, '41', null],
    ['410100', 2, '4101', '410000'],
    ['410102', 3, '410102', '410100'],
    ['419001', 3, '419001', '419000'],
    ['110101', 3, '110101', '110100'],
  ])('%s is level %i with prefix %s and parent %s', (code, level, prefix, parent) => {
    expect(regionLevel(code)).toBe(level);
    expect(regionPrefix(code)).toBe(prefix);
    expect(parentRegionCode(code)).toBe(parent);
  });

  it.each(['41', '4101000', 'abcdef', ''])('refuses %j', (code) => {
    expect(() => regionLevel(code)).toThrow(RangeError);
  });

  it.each([
    ['410102', '410000', true],
    ['410102', '410100', true],
    ['410102', '410102', true],
    ['410202', '410100', false],
    ['420100', '410000', false],
    ['410000', '410100', false],
    ['41010', '410000', false],
  ])('%s within %s → %s', (candidate, ancestor, expected) => {
    expect(isWithinRegion(candidate, ancestor)).toBe(expected);
  });

  it.each([
    ['410000', '410000', '420000'],
    ['410100', '410100', '410200'],
    ['410199', '410199', '410200'],
    ['419000', '419000', '419100'],
    ['410102', '410102', '410103'],
  ])('subtree of %s is [%s, %s)', (code, from, to) => {
    expect(regionCodeRange(code)).toEqual({ from, to });
  });

  it('agrees between range and prefix for every pair of codes', () => {
    const code = fc
      .tuple(
        fc.integer({ min: 11, max: 82 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([p, c, d]) => `${p}${String(c).padStart(2, '0')}${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(code, code, (candidate, ancestor) => {
        const { from, to } = regionCodeRange(ancestor);
        expect(candidate >= from && candidate < to).toBe(isWithinRegion(candidate, ancestor));
      }),
    );
  });
});
