import { describe, expect, it } from 'vitest';
import { basisPointsOf, percentOf, percentText } from './policy-units';

describe('percentages', () => {
  it.each([
    [8000, 80, '80%'],
    [7990, 79.9, '79.9%'],
    [12345, 123.45, '123.45%'],
    [5, 0.05, '0.05%'],
    [0, 0, '0%'],
    [20000, 200, '200%'],
  ])('%i basis points are %s%% (“%s”) and back', (basisPoints, percent, text) => {
    expect(percentOf(basisPoints)).toBe(percent);
    expect(percentText(basisPoints)).toBe(text);
    expect(basisPointsOf(percent)).toBe(basisPoints);
  });

  it('rounds a typed percentage to whole basis points without float residue', () => {
    expect(basisPointsOf(0.29)).toBe(29);
    expect(basisPointsOf(57.7)).toBe(5770);
    expect(basisPointsOf(33.333)).toBe(3333);
  });
});
