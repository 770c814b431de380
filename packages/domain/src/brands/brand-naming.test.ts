import { describe, expect, it } from 'vitest';
import { brandNameProblem } from '../institutions/brand-name';
import { brandNameExample, brandPlaceExamples } from './brand-naming';

describe('brandPlaceExamples', () => {
  it.each([
    [['河南省', '郑州市', '金水区'], 3, ['金水', '郑州', '河南']],
    [['河南省', '郑州市', '金水区'], 2, ['金水', '郑州']],
    [['河南省'], 3, ['河南']],
    [['新疆维吾尔自治区', '乌鲁木齐市'], 3, ['乌鲁木齐', '新疆']],
    [['北京市', '市辖区', '东城区'], 3, ['东城', '市辖', '北京']],
    [[], 3, []],
  ] as const)('%j → %j', (path, limit, examples) => {
    expect(brandPlaceExamples(path, limit)).toEqual(examples);
  });
});

describe('brandNameExample', () => {
  it('suggests a name the naming rule accepts', () => {
    const path = ['河南省', '郑州市'];
    const example = brandNameExample(path, '养老护理员');
    expect(example).toBe('郑州养老护理员培训');
    expect(brandNameProblem(example!, { regionNames: path, occupationName: '养老护理员' })).toBeNull();
  });

  it('has nothing to suggest without a region or an occupation', () => {
    expect(brandNameExample([], '焊工')).toBeNull();
    expect(brandNameExample(['河南省'], '')).toBeNull();
  });
});
