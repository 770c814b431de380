import { describe, expect, it } from 'vitest';
import {
  type CertificateInput,
  certificateNumberKey,
  checkCertificates,
  qualifiedOccupations,
  teachesOccupation,
  unqualifiedOccupations,
} from './certificates';

const TODAY = '2026-05-20';
const CARE = '4-10-01-05';
const BABY = '4-10-01-02';

const cert = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  kind: 'skill_level',
  occupationCode: CARE,
  skillLevel: 'L3',
  number: 'S000041010500123',
  issuedOn: '2021-06-30',
  ...overrides,
});

describe('checkCertificates', () => {
  it.each<[string, Partial<CertificateInput>, { field: string; reason: string }[]]>([
    ['a complete skill level certificate', {}, []],
    [
      'a skill level certificate without occupation',
      { occupationCode: null },
      [{ field: 'occupationCode', reason: 'certificate_occupation_required' }],
    ],
    [
      'a skill level certificate without level',
      { skillLevel: null },
      [{ field: 'skillLevel', reason: 'certificate_level_required' }],
    ],
    ['a vocational qualification without level', { kind: 'vocational_qualification', skillLevel: null }, []],
    [
      'a vocational qualification without occupation',
      { kind: 'vocational_qualification', occupationCode: null },
      [{ field: 'occupationCode', reason: 'certificate_occupation_required' }],
    ],
    [
      'a special ability certificate with a level',
      { kind: 'special_ability' },
      [{ field: 'skillLevel', reason: 'certificate_level_not_applicable' }],
    ],
    [
      'a teacher qualification naming an occupation and level',
      { kind: 'teacher_qualification' },
      [
        { field: 'occupationCode', reason: 'certificate_occupation_not_applicable' },
        { field: 'skillLevel', reason: 'certificate_level_not_applicable' },
      ],
    ],
    [
      'a teacher qualification alone',
      { kind: 'teacher_qualification', occupationCode: null, skillLevel: null },
      [],
    ],
    [
      'another certificate without occupation or level',
      { kind: 'other', occupationCode: null, skillLevel: null },
      [],
    ],
    [
      'an issue date that is not a day',
      { issuedOn: '2021-02-30' },
      [{ field: 'issuedOn', reason: 'invalid_date' }],
    ],
    [
      'an issue date after today',
      { issuedOn: '2026-05-21' },
      [{ field: 'issuedOn', reason: 'date_in_future' }],
    ],
    ['an issue date of today', { issuedOn: TODAY }, []],
    [
      'an issue date before 1950',
      { issuedOn: '1949-12-31' },
      [{ field: 'issuedOn', reason: 'date_too_early' }],
    ],
  ])('%s', (_name, overrides, expected) => {
    const problems = checkCertificates([cert(overrides)], TODAY);
    expect(problems.map(({ field, reason }) => ({ field, reason }))).toEqual(expected);
    expect(problems.every((p) => p.index === 0)).toBe(true);
  });

  it('names the later of two certificates of the same kind and number', () => {
    const problems = checkCertificates(
      [
        cert(),
        cert({ occupationCode: BABY, number: 'S000041010200456' }),
        cert({ number: 's0000-41010500123 ' }),
      ],
      TODAY,
    );
    expect(problems).toEqual([{ index: 2, field: 'number', reason: 'certificate_duplicate' }]);
  });

  it('accepts the same number on certificates of different kinds', () => {
    expect(checkCertificates([cert(), cert({ kind: 'vocational_qualification' })], TODAY)).toEqual([]);
  });

  it('puts the day in the message parameters of a future date', () => {
    expect(checkCertificates([cert({ issuedOn: '2030-01-01' })], TODAY)[0]?.params).toEqual({ today: TODAY });
  });
});

describe('certificateNumberKey', () => {
  it.each([
    ['S0000 4101-0500123', 'S000041010500123'],
    ['ｓ０００１', 'S0001'],
    ['ab—12', 'AB12'],
  ])('%s → %s', (number, key) => {
    expect(certificateNumberKey(number)).toBe(key);
  });
});

describe('qualifiedOccupations', () => {
  it.each<[string, Partial<CertificateInput>[], [string, string | null][]]>([
    ['nothing from no certificates', [], []],
    ['the occupation and level of a skill certificate', [{}], [[CARE, 'L3']]],
    [
      'the highest level of several',
      [{ skillLevel: 'L4' }, { skillLevel: 'L2' }, { skillLevel: 'L3' }],
      [[CARE, 'L2']],
    ],
    [
      'a level beside a qualification without level',
      [{ kind: 'vocational_qualification', skillLevel: null }, { skillLevel: 'L4' }],
      [[CARE, 'L4']],
    ],
    [
      'no level from a special ability certificate',
      [{ kind: 'special_ability', skillLevel: null }],
      [[CARE, null]],
    ],
    [
      'nothing from a teacher qualification',
      [{ kind: 'teacher_qualification', occupationCode: null, skillLevel: null }],
      [],
    ],
    ['nothing from another certificate, even naming an occupation', [{ kind: 'other' }], []],
    [
      'each occupation of its own',
      [{}, { occupationCode: BABY, skillLevel: 'L5' }],
      [
        [CARE, 'L3'],
        [BABY, 'L5'],
      ],
    ],
  ])('%s', (_name, certificates, expected) => {
    expect([...qualifiedOccupations(certificates.map((c) => cert(c)))]).toEqual(expected);
  });
});

describe('unqualifiedOccupations and teachesOccupation', () => {
  const certificates = [cert(), cert({ kind: 'other', occupationCode: BABY, skillLevel: null })];

  it('lists declared occupations no qualifying certificate supports', () => {
    expect(unqualifiedOccupations([CARE, BABY, '4-03-02-08'], certificates)).toEqual([BABY, '4-03-02-08']);
    expect(unqualifiedOccupations([CARE], certificates)).toEqual([]);
  });

  it.each([
    [[CARE], CARE, true],
    [[CARE], BABY, false],
    [[BABY], BABY, false],
    [[], CARE, false],
  ] as const)('declared %j, teaches %s → %s', (occupationCodes, code, expected) => {
    expect(teachesOccupation({ occupationCodes, certificates }, code)).toBe(expected);
  });
});
