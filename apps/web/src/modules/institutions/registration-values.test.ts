import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formFieldOf, placeErrors, registrationFromForm, stepOfField } from './registration-values';

describe('formFieldOf', () => {
  it.each([
    ['institution.creditCode', ['institution', 'creditCode']],
    ['account.password', ['password']],
    ['account.username', ['username']],
    ['username', ['username']],
    ['account.other', null],
    ['mobile', ['institution', 'contactPhone']],
    ['qualifications.0.validUntil', ['qualifications', 0, 'validUntil']],
    ['sites.12.regionCode', ['sites', 12, 'regionCode']],
    ['occupationCodes.3', ['occupations']],
    ['occupationCodes', ['occupations']],
    ['qualifications', null],
    ['qualifications.x.kind', null],
    ['institution', null],
    ['body', null],
  ])('%s → %o', (field, expected) => {
    expect(formFieldOf(field)).toEqual(expected);
  });
});

describe('stepOfField', () => {
  it.each([
    [['username'], 0],
    [['confirmPassword'], 0],
    [['institution', 'name'], 1],
    [['qualifications', 0, 'kind'], 2],
    [['sites', 1, 'capacity'], 3],
    [['occupations'], 4],
  ])('%o is on step %i', (name, step) => {
    expect(stepOfField(name)).toBe(step);
  });
});

describe('placeErrors', () => {
  it('puts each problem beside its field and returns to the earliest step', () => {
    const placed = placeErrors('common.validation_failed', '请求内容有误', [
      { field: 'sites.0.regionCode', reason: 'unknown_region', message: '地区不存在' },
      { field: 'institution.creditCode', reason: 'invalid_format', message: '校验码不正确' },
      { field: 'institution.creditCode', reason: 'invalid_format', message: '校验码不正确' },
      { field: 'extra', reason: 'unknown_field', message: '不认识的字段' },
    ]);
    expect(placed.fields).toEqual([
      { name: ['sites', 0, 'regionCode'], errors: ['地区不存在'] },
      { name: ['institution', 'creditCode'], errors: ['校验码不正确'] },
    ]);
    expect(placed.unplaced).toEqual(['extra: 不认识的字段']);
    expect(placed.step).toBe(1);
  });

  it('shows a credit code already registered beside the credit code', () => {
    const placed = placeErrors('institutions.credit_code_taken', '统一社会信用代码已登记', []);
    expect(placed.fields).toEqual([
      { name: ['institution', 'creditCode'], errors: ['统一社会信用代码已登记'] },
    ]);
    expect(placed.step).toBe(1);
  });

  it('has no step when nothing could be placed', () => {
    expect(placeErrors('common.internal', '服务器错误', []).step).toBeNull();
  });
});

describe('registrationFromForm', () => {
  it('builds the request body the server expects', () => {
    const body = registrationFromForm({
      username: ' jinshui-school ',
      password: 'Peixun#2026',
      confirmPassword: 'Peixun#2026',
      institution: {
        creditCode: '52410105mj0000001x',
        name: ' 金水职业培训学校 ',
        type: 'private_training_institution',
        regionCode: '410105',
        address: '文化路 1 号',
        legalRepresentative: '王建国',
        contactName: '李晓梅',
        contactPhone: '13900001111',
        introduction: ' ',
      },
      qualifications: [
        {
          kind: 'school_licence',
          number: '教民001',
          issuer: '人社局',
          validFrom: dayjs('2024-01-01'),
          permanent: true,
        },
      ],
      sites: [
        { name: '本部', address: '文化路 1 号', regionCode: '410105', capacity: 60, equipment: '教室 2 间' },
      ],
      occupations: [{ code: '4-10-01-05', name: '养老护理员' }],
    });
    expect(body).toEqual({
      account: { username: 'jinshui-school', password: 'Peixun#2026' },
      institution: {
        creditCode: '52410105MJ0000001X',
        name: '金水职业培训学校',
        type: 'private_training_institution',
        regionCode: '410105',
        address: '文化路 1 号',
        legalRepresentative: '王建国',
        contactName: '李晓梅',
        contactPhone: '13900001111',
      },
      qualifications: [
        {
          kind: 'school_licence',
          number: '教民001',
          issuer: '人社局',
          validFrom: '2024-01-01',
          validUntil: null,
        },
      ],
      sites: [
        {
          name: '本部',
          address: '文化路 1 号',
          regionCode: '410105',
          latitude: null,
          longitude: null,
          capacity: 60,
          equipment: '教室 2 间',
        },
      ],
      occupationCodes: ['4-10-01-05'],
    });
  });
});
