import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  type PrintableCertificate,
  printedFacts,
  revocationNotice,
} from './printed-certificate';

const SKILL: PrintableCertificate = {
  kind: 'skill_level',
  number: 'S000141000002254000123',
  holderName: '欧阳娜娜',
  occupationCode: '4-10-01-05',
  occupationName: '养老护理员',
  skillLevel: 'L4',
  issuedOn: '2025-10-01',
  issuerName: '前程示范职业技能等级认定中心',
  status: 'issued',
  revokedAt: null,
  revokedReason: null,
};

describe('chineseDate', () => {
  it.each([
    ['2025-10-01', '2025年10月1日'],
    ['2025-01-31', '2025年1月31日'],
    ['2025-12-09T18:00:00.000Z', '2025年12月9日'],
  ])('%s → %s', (date, text) => {
    expect(chineseDate(date)).toBe(text);
  });
});

describe('printedFacts', () => {
  it('lists the level of a skill-level certificate', () => {
    expect(printedFacts(SKILL)).toEqual([
      ['姓　　名', '欧阳娜娜'],
      ['职业（工种）', '养老护理员（4-10-01-05）'],
      ['职业技能等级', '四级/中级工'],
      ['证书编号', 'S000141000002254000123'],
      ['发证日期', '2025年10月1日'],
      ['发证机构', '前程示范职业技能等级认定中心'],
    ]);
  });

  it('leaves the level out where the kind has none', () => {
    const facts = printedFacts({ ...SKILL, kind: 'training', skillLevel: null });
    expect(facts.map(([label]) => label)).not.toContain('职业技能等级');
  });
});

describe('revocationNotice', () => {
  it.each([
    [{}, null],
    [
      { status: 'revoked', revokedAt: '2025-11-01T15:30:00.000Z', revokedReason: '材料不实' },
      '本证书已于2025年11月1日撤销：材料不实',
    ],
    // 16:30 UTC is already the next day in China.
    [
      { status: 'revoked', revokedAt: '2025-11-01T16:30:00.000Z', revokedReason: '材料不实' },
      '本证书已于2025年11月2日撤销：材料不实',
    ],
  ] as const)('%j → %s', (change, notice) => {
    expect(revocationNotice({ ...SKILL, ...change })).toBe(notice);
  });
});
