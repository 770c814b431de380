import { describe, expect, it } from 'vitest';
import { assignDirections, directionOf } from './direction';

describe('check-in or check-out', () => {
  it.each([
    [0, 'in'],
    [1, 'out'],
    [5, 'out'],
  ] as const)('with %i earlier records it is %s', (earlier, direction) => {
    expect(directionOf(earlier)).toBe(direction);
  });

  it.each([
    ['nothing stored: the earliest arriving checks in', [], [900, 100, 500], ['out', 'in', 'out']],
    ['something stored earlier: all check out', [50], [900, 100], ['out', 'out']],
    ['stored later than the earliest arriving', [300], [900, 100], ['out', 'in']],
    ['a stored record at the same time comes first', [100], [100], ['out']],
    ['two arriving at the same time: the first listed checks in', [], [100, 100], ['in', 'out']],
    ['nothing arriving', [10], [], []],
  ] as const)('%s', (_, stored, arriving, expected) => {
    expect(assignDirections(stored, arriving)).toEqual(expected);
  });
});
