import { describe, expect, it } from 'vitest';
import { policySetting } from './policy-settings';
import { checkSetting } from './setting-checks';

const at = (path: string) => policySetting(path)!;

describe('checkSetting', () => {
  it('refuses negative amounts and takes any amount from 0', () => {
    expect(checkSetting(at('A4.skillLevelFen.L4'), -0.01)).toBe('amountNegative');
    expect(checkSetting(at('A4.skillLevelFen.L4'), 0)).toBeNull();
    expect(checkSetting(at('A4.skillLevelFen.L4'), 1800)).toBeNull();
  });

  it('wants whole counts of at least 0', () => {
    expect(checkSetting(at('A6.employmentWindowMonths'), -1)).toBe('countInvalid');
    expect(checkSetting(at('A6.employmentWindowMonths'), 1.5)).toBe('countInvalid');
    expect(checkSetting(at('A6.employmentWindowMonths'), 0)).toBeNull();
  });

  it('holds percentages to their own maximum', () => {
    expect(checkSetting(at('A3.minAttendanceBasisPoints'), 100)).toBeNull();
    expect(checkSetting(at('A3.minAttendanceBasisPoints'), 100.01)).toBe('percentRange');
    expect(checkSetting(at('A5.consumablesBasisPoints.high'), 150)).toBeNull();
    expect(checkSetting(at('A5.consumablesBasisPoints.high'), 201)).toBe('percentRange');
    expect(checkSetting(at('A5.shortageBonusBasisPoints'), -1)).toBe('percentRange');
  });

  it('asks for a missing number and leaves choices alone', () => {
    expect(checkSetting(at('A1.minAge'), null)).toBe('required');
    expect(checkSetting(at('A4.trainingCapFen'), undefined)).toBe('required');
    expect(checkSetting(at('A7.capAtFee'), false)).toBeNull();
    expect(checkSetting(at('A1.targetGroups'), [])).toBeNull();
  });
});
