import { describe, expect, it } from 'vitest';
import {
  buildCredential,
  type CredentialInput,
  certificateStatement,
  verificationUrl,
} from './verifiable-credential';

const INPUT: CredentialInput = {
  publicUrl: 'https://px.example.gov.cn',
  number: 'Y000141000002254000123',
  kind: 'skill_level',
  holderName: '张晓梅',
  occupation: { code: '4-10-01-05', name: '养老护理员' },
  skillLevel: 'L4',
  issuer: {
    kind: 'assessment_body',
    id: '0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10',
    name: '前程示范职业技能等级认定中心',
  },
  issuedOn: '2025-10-01',
};

describe('verificationUrl', () => {
  it.each([
    [
      'https://px.example.gov.cn',
      'P41010020250000001',
      undefined,
      'https://px.example.gov.cn/verify?number=P41010020250000001',
    ],
    [
      'https://px.example.gov.cn/',
      'P41010020250000001',
      undefined,
      'https://px.example.gov.cn/verify?number=P41010020250000001',
    ],
    [
      'http://localhost:3000',
      'P41010020250000001',
      '欧阳 娜娜',
      'http://localhost:3000/verify?number=P41010020250000001&name=%E6%AC%A7%E9%98%B3+%E5%A8%9C%E5%A8%9C',
    ],
  ])('%s, %s, %j → %s', (origin, number, name, url) => {
    expect(verificationUrl(origin, number, name)).toBe(url);
  });
});

describe('buildCredential', () => {
  it('has the Verifiable Credential 2.0 / Open Badges 3.0 shape', () => {
    expect(buildCredential(INPUT)).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        { certificateNumber: 'https://schema.org/identifier' },
      ],
      id: 'https://px.example.gov.cn/verify?number=Y000141000002254000123',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      certificateNumber: 'Y000141000002254000123',
      issuer: {
        id: 'urn:uuid:0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10',
        type: ['Profile'],
        name: '前程示范职业技能等级认定中心',
      },
      validFrom: '2025-10-01T00:00:00+08:00',
      name: '职业技能等级证书',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: '张晓梅',
        achievement: {
          id: 'urn:qiancheng:achievement:skill_level:4-10-01-05:L4',
          type: ['Achievement'],
          achievementType: 'Certification',
          name: '养老护理员（四级/中级工）',
          humanCode: '4-10-01-05',
          criteria: { narrative: '经职业技能等级认定合格，具备养老护理员（四级/中级工）职业技能水平。' },
        },
      },
    });
  });

  it.each([
    ['training', 'CertificateOfCompletion', '培训合格证', '养老护理员', '结业考核合格'],
    ['special_ability', 'Certificate', '专项职业能力证书', '养老护理员', '专项职业能力考核合格'],
  ] as const)(
    'names a %s certificate without a level',
    (kind, achievementType, name, achievement, narrative) => {
      const credential = buildCredential({
        ...INPUT,
        kind,
        skillLevel: null,
        number: 'P41010020250000001',
        issuer: { ...INPUT.issuer, kind: 'institution' },
      });
      expect(credential.name).toBe(name);
      expect(credential.credentialSubject.achievement).toMatchObject({ achievementType, name: achievement });
      expect(credential.credentialSubject.achievement.criteria.narrative).toContain(narrative);
      expect(credential.credentialSubject.achievement.id).toBe(
        `urn:qiancheng:achievement:${kind}:4-10-01-05`,
      );
    },
  );

  it('carries nothing personal beyond the holder’s name', () => {
    const text = JSON.stringify(buildCredential(INPUT));
    // An ID number or a mobile number standing alone, not a run of digits inside a certificate number.
    expect(text).not.toMatch(/(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(text).not.toMatch(/idNumber|mobile|phone|birth|gender/i);
  });
});

describe('certificateStatement', () => {
  it.each([
    ['training', null, '兹证明张晓梅参加养老护理员职业技能培训，完成培训课程并经结业考核合格，特发此证。'],
    [
      'skill_level',
      'L1',
      '兹证明张晓梅经职业技能等级认定合格，具备养老护理员（一级/高级技师）职业技能水平，特发此证。',
    ],
    ['special_ability', null, '兹证明张晓梅经专项职业能力考核合格，具备养老护理员专项职业能力，特发此证。'],
  ] as const)('states a %s certificate', (kind, level, statement) => {
    expect(certificateStatement(kind, '张晓梅', '养老护理员', level)).toBe(statement);
  });
});
