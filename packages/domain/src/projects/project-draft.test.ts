import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinRegion } from '../region/region-code';
import { queryTerms } from '../search/cjk-terms';
import {
  type DemandLineForDraft,
  defaultProjectTitle,
  draftFromDemand,
  highestSkillLevel,
  lowestCommonRegion,
  mergeRequirements,
  openPosts,
  projectSearchTerms,
  publicationProblems,
} from './project-draft';
import type { ProjectPublicFields } from './project-lifecycle';

const line = (change: Partial<DemandLineForDraft> = {}): DemandLineForDraft => ({
  occupationCode: '4-10-01-05',
  skillLevel: 'L4',
  headcount: 10,
  filledCount: 0,
  skillRequirements: '掌握老年人生活照料技能',
  regionCode: '410102',
  status: 'open',
  ...change,
});

describe('highestSkillLevel', () => {
  it.each([
    [[], null],
    [[null, null], null],
    [['L5'], 'L5'],
    [['L5', 'L3', 'L4'], 'L3'],
    [[null, 'L2', 'L1'], 'L1'],
    [['L9', 'L4'], 'L4'],
  ] as const)('%j → %s', (levels, expected) => {
    expect(highestSkillLevel(levels)).toBe(expected);
  });
});

describe('lowestCommonRegion', () => {
  it.each([
    [[], null],
    [['410102'], '410102'],
    [['410102', '410102'], '410102'],
    [['410102', '410105'], '410100'],
    [['410100', '410105'], '410100'],
    [['410102', '410202'], '410000'],
    [['410000', '410105'], '410000'],
    [['419001', '410102'], '410000'],
    [['410102', '420102'], null],
    [['41010', '410102'], null],
  ] as const)('%j → %s', (codes, expected) => {
    expect(lowestCommonRegion(codes)).toBe(expected);
  });

  it('always contains every code it was given', () => {
    const county = fc
      .tuple(fc.constantFrom('41', '42'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([p, c, d]) => `${p}${String(c).padStart(2, '0')}${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(county, { minLength: 1, maxLength: 6 }), (codes) => {
        const common = lowestCommonRegion(codes);
        if (common === null) return new Set(codes.map((c) => c.slice(0, 2))).size > 1;
        return codes.every((code) => isWithinRegion(code, common));
      }),
    );
  });
});

describe('mergeRequirements and openPosts', () => {
  it.each([
    [[], ''],
    [['熟悉护理', ' 熟悉护理 ', '持证上岗'], '熟悉护理；持证上岗'],
    [['  ', '会焊接'], '会焊接'],
  ])('%j → %s', (requirements, expected) => {
    expect(mergeRequirements(requirements)).toBe(expected);
  });

  it.each([
    [10, 0, 10],
    [10, 4, 6],
    [10, 12, 0],
  ])('headcount %i, filled %i → %i open', (headcount, filledCount, expected) => {
    expect(openPosts({ headcount, filledCount })).toBe(expected);
  });
});

describe('draftFromDemand', () => {
  it('prefills occupation, highest level, open posts, distinct requirements and the common region', () => {
    const result = draftFromDemand([
      line({ skillLevel: 'L5', headcount: 10, filledCount: 2, regionCode: '410102' }),
      line({
        skillLevel: 'L3',
        headcount: 5,
        skillRequirements: '持有健康证',
        regionCode: '410105',
        status: 'partly_filled',
      }),
      line({ skillLevel: null, headcount: 3, regionCode: '410105' }),
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        occupationCode: '4-10-01-05',
        skillLevel: 'L3',
        postsAvailable: 16,
        skillRequirements: '掌握老年人生活照料技能；持有健康证',
        regionCode: '410100',
      },
    });
  });

  it.each([
    [
      [line({ status: 'filled' })],
      [{ index: 0, reason: 'demand_line_not_recruiting', params: { status: 'filled' } }],
    ],
    [
      [line(), line({ status: 'expired' }), line({ status: 'closed' })],
      [
        { index: 1, reason: 'demand_line_not_recruiting', params: { status: 'expired' } },
        { index: 2, reason: 'demand_line_not_recruiting', params: { status: 'closed' } },
      ],
    ],
    [
      [line(), line({ occupationCode: '6-18-02-04' })],
      [{ index: null, reason: 'mixed_occupations', params: { occupations: '4-10-01-05、6-18-02-04' } }],
    ],
    [[], [{ index: null, reason: 'required' }]],
  ])('%# refuses with its problems', (lines, problems) => {
    expect(draftFromDemand(lines)).toEqual({ ok: false, problems });
  });
});

describe('publicationProblems', () => {
  const complete: ProjectPublicFields = {
    postsAvailable: 30,
    skillRequirements: '掌握老年人生活照料技能',
    contentOutline: '生活照料、基础护理',
    hoursTheory: 40,
    hoursPractice: 80,
    mode: 'offline',
    evaluationType: 'skill_level',
    targetGroups: ['rural_migrant_worker'],
  };

  it.each([
    [{}, []],
    [{ hoursTheory: null, hoursPractice: 0 }, ['hoursTheory']],
    [{ mode: null, targetGroups: [] }, ['mode', 'targetGroups']],
    [{ postsAvailable: null, contentOutline: ' ' }, ['postsAvailable', 'contentOutline']],
  ])('%j → %j', (change, fields) => {
    const problems = publicationProblems({ ...complete, ...change } as ProjectPublicFields);
    expect(problems.map((p) => p.field)).toEqual(fields);
    expect(problems.every((p) => p.reason === 'missing_for_publication')).toBe(true);
  });
});

describe('project titles and search terms', () => {
  it('names a project after its region and occupation', () => {
    expect(defaultProjectTitle('郑州市', '养老护理员')).toBe('郑州市养老护理员培训项目');
  });

  const terms = projectSearchTerms({
    title: '郑州市养老护理员培训项目',
    occupationName: '养老护理员',
    occupationCode: '4-10-01-05',
    skillRequirements: '掌握失能老人照护技能',
    contentOutline: '生活照料、基础护理、康复服务',
    regionName: '郑州市',
  });

  it.each([
    ['养老护理', true],
    ['护理', true],
    ['4-10-01-05', true],
    ['郑州', true],
    ['康复', true],
    ['育婴', false],
    ['焊工', false],
  ])('query %s matches → %s', (query, expected) => {
    const wanted = queryTerms(query);
    expect(wanted.every((term) => terms.includes(term))).toBe(expected);
  });
});
