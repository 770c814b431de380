import { DEFAULT_SUBSIDY_POLICY } from '@qiancheng/domain/subsidy/default-policy';
import { describe, expect, it } from 'vitest';
import { POLICY_SETTINGS, policySetting, settingTestId, settingValue } from './policy-settings';

/** Every leaf of the rules: a number, a boolean, a string or a list. */
function leaves(value: unknown, prefix: string[] = []): string[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...prefix, key]));
  }
  return [prefix.join('.')];
}

describe('policy settings', () => {
  it('name every setting of the rules document, and nothing else', () => {
    const documentLeaves = leaves(DEFAULT_SUBSIDY_POLICY.rules).filter((path) => path.includes('.'));
    expect(POLICY_SETTINGS.map((item) => item.path).sort()).toEqual(documentLeaves.sort());
  });

  it('give each setting the kind its value has', () => {
    for (const item of POLICY_SETTINGS) {
      const value = settingValue(DEFAULT_SUBSIDY_POLICY.rules, item.path);
      const expected = {
        yuan: 'number',
        percent: 'number',
        count: 'number',
        switch: 'boolean',
        level: 'string',
        targetGroups: 'object',
        pensionSchemes: 'object',
        certificateTypes: 'object',
      }[item.kind];
      expect(typeof value, item.path).toBe(expected);
      if (item.kind === 'yuan') expect(item.path, item.path).toMatch(/Fen(\.|$)/);
      if (item.kind === 'percent') expect(item.path, item.path).toMatch(/BasisPoints(\.|$)/);
    }
  });

  it('looks settings up by path and makes selector-friendly test ids', () => {
    expect(policySetting('A4.skillLevelFen.L4')).toMatchObject({ ruleId: 'A4', kind: 'yuan' });
    expect(policySetting('A5.consumablesBasisPoints.high')).toMatchObject({ maxPercent: 200 });
    expect(policySetting('A4.skillLevelFen')).toBeUndefined();
    expect(settingTestId('setting', 'A4.skillLevelFen.L4')).toBe('setting-A4-skillLevelFen-L4');
  });
});
