import { describe, expect, it } from 'vitest';
import { certificateSeries, type IssueRuleInput, issueProblems } from './issue-rules';

const SKILL: IssueRuleInput = {
  kind: 'skill_level',
  holderName: '张晓梅',
  skillLevel: 'L4',
  issuer: {
    kind: 'assessment_body',
    regionCode: '410000',
    bodyCode: '0001',
    siteCode: '000002',
    evaluationKind: 'S',
  },
  issuedOn: '2025-10-01',
};
const TRAINING: IssueRuleInput = {
  kind: 'training',
  holderName: '李建国',
  issuer: { kind: 'institution', regionCode: '410100' },
  issuedOn: '2025-10-01',
};

const fifty = '阿'.repeat(50);

describe('issueProblems', () => {
  it.each([
    ['a skill-level certificate', SKILL],
    ['a training certificate', TRAINING],
    [
      'a special-ability certificate',
      { ...TRAINING, kind: 'special_ability', issuer: { kind: 'assessment_body', regionCode: '410105' } },
    ],
    ['a name of 50 characters', { ...TRAINING, holderName: fifty }],
    ['the first year a number carries', { ...TRAINING, issuedOn: '2000-01-01' }],
    ['the last year a number carries', { ...SKILL, issuedOn: '2099-12-31' }],
    ['a leap day', { ...TRAINING, issuedOn: '2028-02-29' }],
  ] as [string, IssueRuleInput][])('accepts %s', (_, input) => {
    expect(issueProblems(input)).toEqual([]);
  });

  it.each([
    ['an unknown kind', { ...TRAINING, kind: 'qualification' }, 'kind', 'invalid_value'],
    ['a blank name', { ...TRAINING, holderName: '   ' }, 'holderName', 'required'],
    ['a name of 51 characters', { ...TRAINING, holderName: `${fifty}阿` }, 'holderName', 'too_long'],
    ['a skill level without its level', { ...SKILL, skillLevel: null }, 'skillLevel', 'skill_level_required'],
    [
      'a level on a training certificate',
      { ...TRAINING, skillLevel: 'L4' },
      'skillLevel',
      'skill_level_not_applicable',
    ],
    ['level L6', { ...SKILL, skillLevel: 'L6' }, 'skillLevel', 'invalid_value'],
    [
      'a training certificate from an assessment body',
      { ...TRAINING, issuer: { kind: 'assessment_body', regionCode: '410100' } },
      'issuer.kind',
      'certificate_issuer_kind',
    ],
    [
      'a skill level from an institution',
      { ...SKILL, issuer: { ...SKILL.issuer, kind: 'institution' } },
      'issuer.kind',
      'certificate_issuer_kind',
    ],
    [
      'no body code',
      { ...SKILL, issuer: { ...SKILL.issuer, bodyCode: undefined } },
      'issuer.bodyCode',
      'required',
    ],
    [
      'a three-digit body code',
      { ...SKILL, issuer: { ...SKILL.issuer, bodyCode: '001' } },
      'issuer.bodyCode',
      'assessment_body_code_format',
    ],
    [
      'a seven-digit site code',
      { ...SKILL, issuer: { ...SKILL.issuer, siteCode: '0000002' } },
      'issuer.siteCode',
      'evaluation_site_code_format',
    ],
    [
      'evaluation kind Q',
      { ...SKILL, issuer: { ...SKILL.issuer, evaluationKind: 'Q' } },
      'issuer.evaluationKind',
      'evaluation_kind_format',
    ],
    [
      'a region of no province',
      { ...TRAINING, issuer: { kind: 'institution', regionCode: '990100' } },
      'issuer.regionCode',
      'invalid_format',
    ],
    [
      'a skill level in a region of no province',
      { ...SKILL, issuer: { ...SKILL.issuer, regionCode: '000000' } },
      'issuer.regionCode',
      'invalid_format',
    ],
    ['1999', { ...TRAINING, issuedOn: '1999-12-31' }, 'issuedOn', 'certificate_year_range'],
    ['2100', { ...SKILL, issuedOn: '2100-01-01' }, 'issuedOn', 'certificate_year_range'],
    ['30 February', { ...TRAINING, issuedOn: '2025-02-30' }, 'issuedOn', 'invalid_date'],
    ['a date of another shape', { ...TRAINING, issuedOn: '2025/10/01' }, 'issuedOn', 'invalid_date'],
  ] as [string, IssueRuleInput, string, string][])('refuses %s', (_, input, field, reason) => {
    expect(issueProblems(input)).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('reports each field once', () => {
    const problems = issueProblems({
      ...SKILL,
      skillLevel: 'L9',
      issuer: { ...SKILL.issuer, bodyCode: undefined },
    });
    expect(problems.map((p) => p.field)).toEqual(['skillLevel', 'issuer.bodyCode']);
  });
});

describe('certificateSeries', () => {
  it('numbers skill levels by body, province, site, year and level', () => {
    expect(certificateSeries(SKILL)).toEqual({
      kind: 'skill_level',
      evaluationKind: 'S',
      bodyCode: '0001',
      provinceCode: '41',
      siteCode: '000002',
      year: 2025,
      level: 'L4',
    });
  });

  it('numbers the other kinds by the issuer’s region and year', () => {
    expect(certificateSeries(TRAINING)).toEqual({ kind: 'training', regionCode: '410100', year: 2025 });
  });
});
