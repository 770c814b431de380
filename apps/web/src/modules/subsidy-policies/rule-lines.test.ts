import { DEFAULT_SUBSIDY_POLICY } from '@qiancheng/domain/subsidy/default-policy';
import { SUBSIDY_RULE_IDS } from '@qiancheng/domain/subsidy/rule-texts';
import { describe, expect, it } from 'vitest';
import { POLICY_SETTINGS } from './policy-settings';
import { describeRules, settingLabel } from './rule-lines';
import { ruleMessages } from './rule-messages';

const rules = DEFAULT_SUBSIDY_POLICY.rules;
const lineOf = (path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN', of = rules) =>
  describeRules(of, locale)
    .flatMap((group) => group.lines)
    .find((line) => line.path === path)?.text;

describe('describeRules', () => {
  it('reads out every rule A1–C2 in order, each under its name', () => {
    const groups = describeRules(rules, 'zh-CN');
    expect(groups.map((group) => group.ruleId)).toEqual(SUBSIDY_RULE_IDS);
    expect(groups.find((group) => group.ruleId === 'A4')?.name).toBe('补贴标准');
    expect(groups.find((group) => group.ruleId === 'A8')?.lines).toHaveLength(1);
  });

  it('shows amounts in 元, percentages, counts with units, groups and levels by name', () => {
    expect(lineOf('A4.skillLevelFen.L4')).toBe('四级/中级工：1,600.00 元');
    expect(lineOf('B2.levelFen.L5')).toBe('五级/初级工：1,000.00 元');
    expect(lineOf('A3.minAttendanceBasisPoints')).toBe('最低出勤率：80%');
    expect(lineOf('A5.consumablesBasisPoints.high')).toBe('耗材较多的系数：120%');
    expect(lineOf('A1.minAge')).toBe('最低年龄：16 周岁');
    expect(lineOf('A2.filingLeadWorkingDays')).toBe('开班前备案提前：5 个工作日');
    expect(lineOf('A6.employmentWindowMonths')).toBe('结业后就业期限：6 个月');
    expect(lineOf('C1.perPersonPerYear')).toBe('每人每年最多享受：3 次');
    expect(lineOf('A5.shortageMinLevel')).toBe('上浮适用等级：三级/高级工及以上');
    expect(lineOf('A1.targetGroups')).toMatch(/^补贴对象：农村转移就业劳动者、离校未就业高校毕业生、/);
    expect(lineOf('A1.targetGroups')).not.toContain('企业职工');
    expect(lineOf('A1.excludedPensionSchemes')).toBe('不予补贴的养老保险参保类型：机关事业单位');
    expect(lineOf('B2.certificateTypes')).toBe('适用证书：职业资格证书、职业技能等级证书');
    expect(lineOf('A7.capAtFee')).toBe('补贴金额不超过实际培训费');
    expect(lineOf('A4.trainingCapFen')).toBe('按学时补贴上限：700.00 元');
  });

  it('says what a switched-off condition, a cap of 0 and an empty list mean', () => {
    const changed = structuredClone(rules);
    changed.A7.capAtFee = false;
    changed.A4.trainingCapFen = 0;
    changed.A1.excludedPensionSchemes = [];
    changed.A1.targetGroups = [];
    expect(lineOf('A7.capAtFee', 'zh-CN', changed)).toBe('补贴金额不以培训费为限');
    expect(lineOf('A4.trainingCapFen', 'zh-CN', changed)).toBe('按学时补贴上限：不设上限');
    expect(lineOf('A1.excludedPensionSchemes', 'zh-CN', changed)).toBe(
      '不予补贴的养老保险参保类型：不按参保类型排除',
    );
    expect(lineOf('A1.targetGroups', 'zh-CN', changed)).toBe('补贴对象：无');
  });

  it('reads the same in English', () => {
    expect(lineOf('A4.skillLevelFen.L4', 'en-US')).toBe('Level 4 / Intermediate Worker: 1,600.00 yuan');
    expect(lineOf('A6.contractMinMonths', 'en-US')).toBe('Labour contract of at least: 6 months');
    expect(lineOf('A3.requireCompletionPassed', 'en-US')).toBe('The completion exam must be passed');
  });

  it('has a label for every setting and both sentences for every switch', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const keys = new Set(Object.keys(ruleMessages[locale]));
      for (const item of POLICY_SETTINGS) {
        if (/\.L\d$/.test(item.path)) expect(settingLabel(item.path, locale)).not.toBe(item.path);
        else expect(keys.has(item.path), item.path).toBe(true);
        if (item.kind === 'switch') expect(keys.has(`${item.path}.no`), item.path).toBe(true);
      }
    }
  });
});
