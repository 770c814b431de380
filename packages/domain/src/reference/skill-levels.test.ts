import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_TYPE_CODES,
  CERTIFICATE_TYPES,
  certificateType,
  isCertificateTypeCode,
  isSkillLevelCode,
  meetsSkillLevel,
  SKILL_LEVEL_CODES,
  SKILL_LEVELS,
  type SkillLevelCode,
  skillLevel,
} from './skill-levels';

describe('skill levels', () => {
  it('lists the five levels from 五级 up to 一级', () => {
    expect(SKILL_LEVELS.map((level) => [level.code, level.rank, level.name['zh-CN']])).toEqual([
      ['L5', 5, '五级/初级工'],
      ['L4', 4, '四级/中级工'],
      ['L3', 3, '三级/高级工'],
      ['L2', 2, '二级/技师'],
      ['L1', 1, '一级/高级技师'],
    ]);
    expect(SKILL_LEVEL_CODES).toEqual(['L5', 'L4', 'L3', 'L2', 'L1']);
  });

  it.each([
    ['L1', true],
    ['L5', true],
    ['L0', false],
    ['L6', false],
    ['l3', false],
    ['', false],
  ])('isSkillLevelCode(%j) is %s', (value, expected) => {
    expect(isSkillLevelCode(value)).toBe(expected);
  });

  it.each<[SkillLevelCode, SkillLevelCode, boolean]>([
    ['L3', 'L4', true],
    ['L4', 'L4', true],
    ['L5', 'L4', false],
    ['L1', 'L5', true],
    ['L2', 'L1', false],
  ])('%s meets a minimum of %s: %s', (level, minimum, expected) => {
    expect(meetsSkillLevel(level, minimum)).toBe(expected);
  });

  it('finds a level by code', () => {
    expect(skillLevel('L2').name['en-US']).toBe('Level 2 / Technician');
  });
});

describe('certificate types', () => {
  it('lists the four kinds of certificate', () => {
    expect(CERTIFICATE_TYPES.map((type) => [type.code, type.level, type.name['zh-CN']])).toEqual([
      ['skill_level', 'required', '职业技能等级证书'],
      ['qualification', 'optional', '职业资格证书'],
      ['special_ability', 'none', '专项职业能力证书'],
      ['training', 'none', '培训合格证'],
    ]);
    expect(CERTIFICATE_TYPE_CODES).toEqual(CERTIFICATE_TYPES.map((type) => type.code));
  });

  it.each([
    ['skill_level', true],
    ['training', true],
    ['diploma', false],
  ])('isCertificateTypeCode(%j) is %s', (value, expected) => {
    expect(isCertificateTypeCode(value)).toBe(expected);
  });

  it('finds a type by code', () => {
    expect(certificateType('special_ability').level).toBe('none');
  });
});
