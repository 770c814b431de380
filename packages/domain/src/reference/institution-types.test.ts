import { describe, expect, it } from 'vitest';
import {
  INSTITUTION_TYPE_CODES,
  INSTITUTION_TYPES,
  institutionType,
  isInstitutionTypeCode,
} from './institution-types';

describe('institution types', () => {
  it.each([
    ['职业院校', 'vocational_school', 'school'],
    ['技工院校', 'technician_school', 'school'],
    ['实训基地', 'training_base', 'training_provider'],
    ['公共实训基地', 'public_training_base', 'training_provider'],
    ['龙头企业', 'leading_enterprise', 'enterprise'],
    ['链主企业', 'chain_leader_enterprise', 'enterprise'],
    ['劳务品牌企业', 'labour_brand_enterprise', 'enterprise'],
    ['社会培训机构', 'private_training_institution', 'training_provider'],
  ])('%s is %s in %s', (zh, code, category) => {
    expect(INSTITUTION_TYPES.find((type) => type.name['zh-CN'] === zh)).toMatchObject({ code, category });
  });

  it.each([
    ['vocational_school', true],
    ['school', false],
  ])('isInstitutionTypeCode(%j) is %s', (value, expected) => {
    expect(isInstitutionTypeCode(value)).toBe(expected);
  });

  it('finds a type by code', () => {
    expect(institutionType('technician_school').name['zh-CN']).toBe('技工院校');
    expect(INSTITUTION_TYPE_CODES).toEqual(INSTITUTION_TYPES.map((type) => type.code));
  });
});
