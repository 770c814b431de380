import { describe, expect, it } from 'vitest';
import { type EvidenceEntry, evidenceProblems } from './employment-evidence';

const TODAY = '2026-12-04';
const codes = (entry: EvidenceEntry) => evidenceProblems(entry, TODAY).map((p) => `${p.field}:${p.reason}`);

describe('evidenceProblems', () => {
  it.each<[string, EvidenceEntry, string[]]>([
    [
      'a contract of 12 months',
      { kind: 'contract', employerName: '郑州颐养院', startDate: '2026-10-08', months: 12 },
      [],
    ],
    [
      'a contract starting today',
      { kind: 'contract', employerName: '颐养院', startDate: TODAY, months: 6 },
      [],
    ],
    [
      'a contract starting tomorrow',
      { kind: 'contract', employerName: '颐养院', startDate: '2026-12-05', months: 6 },
      ['startDate:evidence_in_future'],
    ],
    [
      'a contract without its term',
      { kind: 'contract', employerName: '颐养院', startDate: '2026-10-08' },
      ['months:required'],
    ],
    [
      'a contract of 0 months',
      { kind: 'contract', employerName: '颐养院', startDate: '2026-10-08', months: 0 },
      ['months:evidence_months_range'],
    ],
    [
      'a contract of 121 months',
      { kind: 'contract', employerName: '颐养院', startDate: '2026-10-08', months: 121 },
      ['months:evidence_months_range'],
    ],
    [
      'a contract of 120 months',
      { kind: 'contract', employerName: '颐养院', startDate: '2026-10-08', months: 120 },
      [],
    ],
    [
      'contributions through November',
      { kind: 'contributions', employerName: '颐养院', throughDate: '2026-11-30', months: 2 },
      [],
    ],
    [
      'wages without their last month',
      { kind: 'wages', employerName: '颐养院', months: 2 },
      ['throughDate:required'],
    ],
    [
      'a domestic-service agreement',
      { kind: 'domestic_service', employerName: '家政公司', startDate: '2026-11-01' },
      [],
    ],
    [
      'no employer',
      { kind: 'domestic_service', employerName: ' ', startDate: '2026-11-01' },
      ['employerName:required'],
    ],
  ])('%s', (_, entry, expected) => {
    expect(codes(entry)).toEqual(expected);
  });
});
