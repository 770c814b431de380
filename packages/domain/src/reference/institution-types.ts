import type { LocalizedText } from './localized-text';

/**
 * Kinds of organisation that train under the action. `category` groups them for reports, which
 * count schools, enterprises and other providers separately.
 */
export type InstitutionCategory = 'school' | 'enterprise' | 'training_provider';

export const INSTITUTION_TYPES = [
  {
    code: 'vocational_school',
    category: 'school',
    name: { 'zh-CN': '职业院校', 'en-US': 'Vocational school or college' },
  },
  {
    code: 'technician_school',
    category: 'school',
    name: { 'zh-CN': '技工院校', 'en-US': 'Technician school or college' },
  },
  {
    code: 'university',
    category: 'school',
    name: { 'zh-CN': '普通高等学校', 'en-US': 'University or college' },
  },
  {
    code: 'leading_enterprise',
    category: 'enterprise',
    name: { 'zh-CN': '龙头企业', 'en-US': 'Leading enterprise' },
  },
  {
    code: 'chain_leader_enterprise',
    category: 'enterprise',
    name: { 'zh-CN': '链主企业', 'en-US': 'Supply-chain leader enterprise' },
  },
  {
    code: 'labour_brand_enterprise',
    category: 'enterprise',
    name: { 'zh-CN': '劳务品牌企业', 'en-US': 'Labour brand enterprise' },
  },
  {
    code: 'other_enterprise',
    category: 'enterprise',
    name: { 'zh-CN': '其他企业', 'en-US': 'Other enterprise' },
  },
  {
    code: 'public_training_base',
    category: 'training_provider',
    name: { 'zh-CN': '公共实训基地', 'en-US': 'Public training base' },
  },
  {
    code: 'training_base',
    category: 'training_provider',
    name: { 'zh-CN': '实训基地', 'en-US': 'Training base' },
  },
  {
    code: 'private_training_institution',
    category: 'training_provider',
    name: { 'zh-CN': '社会培训机构', 'en-US': 'Private training institution' },
  },
] as const satisfies readonly { code: string; category: InstitutionCategory; name: LocalizedText }[];

export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
export type InstitutionTypeCode = InstitutionType['code'];

export const INSTITUTION_TYPE_CODES = INSTITUTION_TYPES.map(
  (type) => type.code,
) as readonly InstitutionTypeCode[];

export function isInstitutionTypeCode(value: string): value is InstitutionTypeCode {
  return (INSTITUTION_TYPE_CODES as readonly string[]).includes(value);
}

export function institutionType(code: InstitutionTypeCode): InstitutionType {
  return INSTITUTION_TYPES.find((type) => type.code === code)!;
}
