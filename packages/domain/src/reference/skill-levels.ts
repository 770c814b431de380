import type { LocalizedText } from './localized-text';

/**
 * The five national skill levels. Rank 1 is the highest (一级/高级技师), matching the way the
 * levels are numbered in certificates and subsidy rules.
 */
export const SKILL_LEVELS = [
  { code: 'L5', rank: 5, name: { 'zh-CN': '五级/初级工', 'en-US': 'Level 5 / Junior Worker' } },
  { code: 'L4', rank: 4, name: { 'zh-CN': '四级/中级工', 'en-US': 'Level 4 / Intermediate Worker' } },
  { code: 'L3', rank: 3, name: { 'zh-CN': '三级/高级工', 'en-US': 'Level 3 / Senior Worker' } },
  { code: 'L2', rank: 2, name: { 'zh-CN': '二级/技师', 'en-US': 'Level 2 / Technician' } },
  { code: 'L1', rank: 1, name: { 'zh-CN': '一级/高级技师', 'en-US': 'Level 1 / Senior Technician' } },
] as const satisfies readonly { code: string; rank: number; name: LocalizedText }[];

export type SkillLevel = (typeof SKILL_LEVELS)[number];
export type SkillLevelCode = SkillLevel['code'];

export const SKILL_LEVEL_CODES = SKILL_LEVELS.map((level) => level.code) as readonly SkillLevelCode[];

export function isSkillLevelCode(value: string): value is SkillLevelCode {
  return (SKILL_LEVEL_CODES as readonly string[]).includes(value);
}

export function skillLevel(code: SkillLevelCode): SkillLevel {
  return SKILL_LEVELS.find((level) => level.code === code)!;
}

/** True when `level` is `minimum` or higher, e.g. L3 meets a requirement of L4 and above. */
export function meetsSkillLevel(level: SkillLevelCode, minimum: SkillLevelCode): boolean {
  return skillLevel(level).rank <= skillLevel(minimum).rank;
}

/**
 * Whether a certificate of the type records a skill level. A 职业资格证书 may or may not: many
 * qualifications use the same five levels, some licensing (准入类) ones have none.
 */
export type CertificateLevel = 'required' | 'optional' | 'none';

export const CERTIFICATE_TYPES = [
  {
    code: 'skill_level',
    level: 'required',
    name: { 'zh-CN': '职业技能等级证书', 'en-US': 'Vocational Skill Level Certificate' },
  },
  {
    code: 'qualification',
    level: 'optional',
    name: { 'zh-CN': '职业资格证书', 'en-US': 'Vocational Qualification Certificate' },
  },
  {
    code: 'special_ability',
    level: 'none',
    name: { 'zh-CN': '专项职业能力证书', 'en-US': 'Specialized Vocational Ability Certificate' },
  },
  {
    code: 'training',
    level: 'none',
    name: { 'zh-CN': '培训合格证', 'en-US': 'Training Certificate of Completion' },
  },
] as const satisfies readonly { code: string; level: CertificateLevel; name: LocalizedText }[];

export type CertificateType = (typeof CERTIFICATE_TYPES)[number];
export type CertificateTypeCode = CertificateType['code'];

export const CERTIFICATE_TYPE_CODES = CERTIFICATE_TYPES.map(
  (type) => type.code,
) as readonly CertificateTypeCode[];

export function isCertificateTypeCode(value: string): value is CertificateTypeCode {
  return (CERTIFICATE_TYPE_CODES as readonly string[]).includes(value);
}

export function certificateType(code: CertificateTypeCode): CertificateType {
  return CERTIFICATE_TYPES.find((type) => type.code === code)!;
}
