import { describe, expect, it } from 'vitest';
import { brandNameProblem, occupationNameForms, regionNameForms } from './brand-name';

const zhengzhou = { regionNames: ['金水区', '郑州市', '河南省'], occupationName: '养老护理员' };

describe('brandNameProblem', () => {
  it.each([
    ['郑州养老护理员培训', zhengzhou, null],
    ['郑州市养老护理培训', zhengzhou, null],
    ['河南养老护理培训', zhengzhou, null],
    ['河南郑州养老护理培训', zhengzhou, null],
    ['金水区养老护理员培训', zhengzhou, null],
    ['金水养老护理员培训', zhengzhou, null],
    ['  郑州养老护理员培训 ', zhengzhou, null],
    ['郑州养老护理员', zhengzhou, 'brand_suffix'],
    ['培训', zhengzhou, 'brand_suffix'],
    ['郑州家政服务员培训', zhengzhou, 'brand_occupation'],
    ['养老护理员培训', zhengzhou, 'brand_place'],
    ['开封养老护理员培训', zhengzhou, 'brand_place'],
    ['郑州最好的养老护理员培训', zhengzhou, 'brand_place'],
    ['宇通养老护理培训', { ...zhengzhou, organizationName: '郑州宇通客车股份有限公司' }, null],
    ['宇通养老护理培训', zhengzhou, 'brand_place'],
    ['新疆中式烹调培训', { regionNames: ['新疆维吾尔自治区'], occupationName: '中式烹调师' }, null],
    ['兰州中式烹调师培训', { regionNames: ['兰州市', '甘肃省'], occupationName: '中式烹调师' }, null],
  ] as const)('%s → %s', (name, context, expected) => {
    expect(brandNameProblem(name, context)).toBe(expected);
  });
});

describe('name forms', () => {
  it.each([
    ['郑州市', ['郑州市', '郑州']],
    ['河南省', ['河南省', '河南']],
    ['新疆维吾尔自治区', ['新疆维吾尔自治区', '新疆']],
    ['县', ['县']],
  ])('region %s → %j', (name, forms) => {
    expect(regionNameForms(name)).toEqual(forms);
  });
  it.each([
    ['养老护理员', ['养老护理员', '养老护理']],
    ['焊工', ['焊工']],
    ['电工', ['电工']],
    ['中式烹调师', ['中式烹调师', '中式烹调']],
    ['网约配送员', ['网约配送员', '网约配送']],
  ])('occupation %s → %j', (name, forms) => {
    expect(occupationNameForms(name)).toEqual(forms);
  });
});
