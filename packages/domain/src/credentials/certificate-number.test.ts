import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CertificateNumberParts,
  formatCertificateNumber,
  isCertificateNumber,
  normaliseCertificateNumber,
  parseCertificateNumber,
  SERIAL_LIMITS,
  seriesPrefix,
  seriesProblems,
} from './certificate-number';

const SKILL = {
  kind: 'skill_level',
  evaluationKind: 'Y',
  bodyCode: '0001',
  provinceCode: '41',
  siteCode: '000002',
  year: 2025,
  level: 'L4',
} as const;
const TRAINING = { kind: 'training', regionCode: '410100', year: 2025 } as const;
const SPECIAL = { kind: 'special_ability', regionCode: '410105', year: 2025 } as const;

describe('formatCertificateNumber', () => {
  it.each<[CertificateNumberParts, string]>([
    [{ ...SKILL, serial: 123 }, 'Y000141000002254000123'],
    [{ ...SKILL, evaluationKind: 'S', level: 'L1', serial: 1 }, 'S000141000002251000001'],
    [{ ...SKILL, level: 'L5', year: 2000, serial: 999_999 }, 'Y000141000002005999999'],
    [{ ...SKILL, year: 2099, serial: 1 }, 'Y000141000002994000001'],
    [
      { ...SKILL, bodyCode: '9999', provinceCode: '82', siteCode: '999999', serial: 1 },
      'Y999982999999254000001',
    ],
    [{ ...TRAINING, serial: 1 }, 'P41010020250000001'],
    [{ ...TRAINING, serial: 9_999_999 }, 'P41010020259999999'],
    [{ ...SPECIAL, serial: 42 }, 'Z41010520250000042'],
  ])('%j → %s', (parts, number) => {
    const formatted = formatCertificateNumber(parts);
    expect(formatted).toBe(number);
    expect(formatted).toHaveLength(parts.kind === 'skill_level' ? 22 : 18);
  });

  it.each<[string, CertificateNumberParts]>([
    ['serial 0', { ...SKILL, serial: 0 }],
    ['serial past six digits', { ...SKILL, serial: 1_000_000 }],
    ['serial past seven digits', { ...TRAINING, serial: 10_000_000 }],
    ['fractional serial', { ...TRAINING, serial: 1.5 }],
    ['three-digit body code', { ...SKILL, bodyCode: '001', serial: 1 }],
    ['five-digit body code', { ...SKILL, bodyCode: '00001', serial: 1 }],
    ['province 10', { ...SKILL, provinceCode: '10', serial: 1 }],
    ['province 99', { ...SKILL, provinceCode: '99', serial: 1 }],
    ['five-digit site', { ...SKILL, siteCode: '00002', serial: 1 }],
    ['year 1999', { ...SKILL, year: 1999, serial: 1 }],
    ['year 2100', { ...TRAINING, year: 2100, serial: 1 }],
    ['evaluation kind X', { ...SKILL, evaluationKind: 'X' as 'Y', serial: 1 }],
    ['level L6', { ...SKILL, level: 'L6' as 'L5', serial: 1 }],
    ['region of no province', { ...TRAINING, regionCode: '990100', serial: 1 }],
    ['five-digit region', { ...TRAINING, regionCode: '41010', serial: 1 }],
  ])('refuses %s', (_, parts) => {
    expect(() => formatCertificateNumber(parts)).toThrow(RangeError);
  });
});

describe('seriesProblems', () => {
  it('names every malformed part', () => {
    expect(
      seriesProblems({
        ...SKILL,
        evaluationKind: 'x' as 'Y',
        bodyCode: '1',
        provinceCode: '00',
        siteCode: '',
        year: 1,
      }),
    ).toEqual(['evaluationKind', 'bodyCode', 'provinceCode', 'siteCode', 'year']);
    expect(seriesProblems({ ...TRAINING, regionCode: 'abcdef' })).toEqual(['regionCode']);
    expect(seriesProblems(SKILL)).toEqual([]);
  });

  it('keys the serial counter by everything before the serial', () => {
    expect(seriesPrefix(SKILL)).toBe('Y000141000002254');
    expect(seriesPrefix(TRAINING)).toBe('P4101002025');
    expect(seriesPrefix(SPECIAL)).toBe('Z4101052025');
  });
});

describe('parseCertificateNumber', () => {
  it.each([
    ['Y000141000002254000123', { ...SKILL, serial: 123 }],
    ['s000141000002251000001', { ...SKILL, evaluationKind: 'S', level: 'L1', serial: 1 }],
    [' Y0001 4100 0002 2540 00123 ', { ...SKILL, serial: 123 }],
    ['Ｙ０００１４１０００００２２５４０００１２３', { ...SKILL, serial: 123 }],
    ['P41010020250000001', { ...TRAINING, serial: 1 }],
    ['p-410100-2025-0000001', { ...TRAINING, serial: 1 }],
    ['Z41010520250000042', { ...SPECIAL, serial: 42 }],
  ])('reads %j', (input, parts) => {
    expect(parseCertificateNumber(input)).toEqual(parts);
  });

  it.each([
    ['', 'empty'],
    ['Y00014100000225400012', '21 characters'],
    ['Y0001410000022540001234', '23 characters'],
    ['X000141000002254000123', 'unknown letter'],
    ['P000141000002254000123', 'a platform letter at skill-level length'],
    ['Y41010020250000001', 'a skill-level letter at platform length'],
    ['Y000199000002254000123', 'province 99'],
    ['Y000141000002256000123', 'level 6'],
    ['Y000141000002250000123', 'level 0'],
    ['Y000141000002254000000', 'serial 0'],
    ['P41010020250000000', 'serial 0'],
    ['P99010020250000001', 'region of no province'],
    ['P41010019990000001', 'year 1999'],
    ['P4101002025000000A', 'a letter in the serial'],
    ['410102199003071230', 'an ID number'],
  ])('refuses %j (%s)', (input) => {
    expect(parseCertificateNumber(input)).toBeNull();
    expect(isCertificateNumber(input)).toBe(false);
  });

  it('reads back every number it formats', () => {
    const skill = fc.record({
      kind: fc.constant('skill_level' as const),
      evaluationKind: fc.constantFrom('Y' as const, 'S' as const),
      bodyCode: fc.stringMatching(/^\d{4}$/),
      provinceCode: fc.constantFrom('11', '41', '65', '82'),
      siteCode: fc.stringMatching(/^\d{6}$/),
      year: fc.integer({ min: 2000, max: 2099 }),
      level: fc.constantFrom('L5' as const, 'L4' as const, 'L3' as const, 'L2' as const, 'L1' as const),
      serial: fc.integer({ min: 1, max: SERIAL_LIMITS.skill_level }),
    });
    const regional = fc.record({
      kind: fc.constantFrom('training' as const, 'special_ability' as const),
      regionCode: fc.constantFrom('410000', '410100', '410105', '110101', '820000'),
      year: fc.integer({ min: 2000, max: 2099 }),
      serial: fc.integer({ min: 1, max: SERIAL_LIMITS.training }),
    });
    fc.assert(
      fc.property(fc.oneof(skill, regional), (parts: CertificateNumberParts) => {
        expect(parseCertificateNumber(formatCertificateNumber(parts))).toEqual(parts);
      }),
    );
  });
});

describe('normaliseCertificateNumber', () => {
  it.each([
    ['y0001 4100-0002', 'Y000141000002'],
    ['ｐ４１０１００', 'P410100'],
    ['\tZ41010520250000042\n', 'Z41010520250000042'],
  ])('%j → %s', (input, output) => {
    expect(normaliseCertificateNumber(input)).toBe(output);
  });
});
