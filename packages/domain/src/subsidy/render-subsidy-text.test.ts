import { describe, expect, it } from 'vitest';
import { LOCALES } from '../errors/catalog';
import { formatYuan, renderSubsidyText } from './render-subsidy-text';
import { SUBSIDY_RULES, SUBSIDY_TEXTS, type SubsidyTextCode } from './rule-texts';

describe('renderSubsidyText', () => {
  it.each([
    [
      'a3_attendance_low',
      { attendedBasisPoints: 7990, requiredBasisPoints: 8000 },
      '出勤率 79.9%，低于要求的 80%',
    ],
    [
      'b1_insured_months_short',
      { insuredMonths: 11, minInsuredMonths: 12 },
      '参保缴费 11 个月，不足 12 个月',
    ],
    [
      'b2_application_late',
      { certificateDate: '2025-06-01', applicationDate: '2026-06-02', applyWithinMonths: 12 },
      '证书发证已超过 12 个月（发证日期 2025-06-01，申请日期 2026-06-02）',
    ],
    ['c1_yearly_limit', { year: 2026, count: 3, limit: 3 }, '本年度已享受 3 次补贴，已达上限'],
    [
      'c2_same_level',
      { regionCode: '410100', occupationCode: '4-10-01-05', occupationName: '养老护理员', level: 'L3' },
      '已于 410100 享受过 养老护理员 三级 补贴',
    ],
    [
      'c2_same_level',
      { regionCode: '410100', occupationCode: '4-10-01-05', level: null },
      '已于 410100 享受过 4-10-01-05 补贴',
    ],
    ['a4_training_hours', { attendedMinutes: 4170, perHourFen: 1000 }, '培训 69.5 学时，每学时 10.00 元'],
    [
      'a7_fee_cap',
      { computedFen: 160000, feeFen: 159999 },
      '补贴 1600.00 元超过培训费 1599.99 元，按培训费补贴',
    ],
    [
      'a1_excluded_pension',
      { pensionScheme: 'public_institution' },
      '参加机关事业单位养老保险的人员不在补贴范围内',
    ],
    ['a8_payee', { payee: 'individual' }, '补贴发放给个人（先垫后补）'],
  ] as const)('%s in Chinese', (code, params, expected) => {
    expect(renderSubsidyText(code, params, 'zh-CN')).toBe(expected);
  });

  it.each([
    [
      'a3_attendance_low',
      { attendedBasisPoints: 7999, requiredBasisPoints: 8000 },
      'Attendance 79.99%, below the required 80%',
    ],
    [
      'a4_skill_level',
      { certificateType: 'skill_level', level: 'L2' },
      'Vocational Skill Level Certificate at Level 2',
    ],
    [
      'a5_consumables',
      { consumables: 'high', consumablesBasisPoints: 12000 },
      'Many consumables: 120% of the amount',
    ],
  ] as const)('%s in English', (code, params, expected) => {
    expect(renderSubsidyText(code, params, 'en-US')).toBe(expected);
  });

  it('every code belongs to a rule and has both languages', () => {
    for (const [code, text] of Object.entries(SUBSIDY_TEXTS)) {
      expect(SUBSIDY_RULES[text.ruleId], code).toBeDefined();
      for (const locale of LOCALES) expect(text[locale].length, `${code} ${locale}`).toBeGreaterThan(0);
      const placeholders = (locale: (typeof LOCALES)[number]) =>
        [...text[locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders('en-US'), code as SubsidyTextCode).toEqual(placeholders('zh-CN'));
    }
  });

  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [69500, '695.00'],
    [-32000, '-320.00'],
  ])('%i fen is %s yuan', (fen, yuan) => {
    expect(formatYuan(fen)).toBe(yuan);
  });
});
