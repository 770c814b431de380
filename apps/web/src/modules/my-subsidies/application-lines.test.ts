import { describe, expect, it } from 'vitest';
import { applicationsByCertificate } from './application-lines';
import type { MyClaimLine } from './my-subsidies-api';

const line = (change: Partial<MyClaimLine>): MyClaimLine => ({
  claimId: 'c',
  claimNumber: 'BT4101022026000001',
  kind: 'skill_upgrade',
  scheme: 'skill_upgrade',
  certificateId: 'cert-1',
  decisionNote: null,
  status: 'submitted',
  stage: 'skill_upgrade',
  amountFen: 150000,
  included: true,
  reasons: [],
  createdAt: '2026-12-01T00:00:00Z',
  ...change,
});

describe('applicationsByCertificate', () => {
  it.each([
    ['a live application holds its certificate', [line({})], ['cert-1']],
    ['a withdrawn one frees it', [line({ status: 'withdrawn' })], []],
    ['a returned one (draft) still holds it', [line({ status: 'draft' })], ['cert-1']],
    ['a class claim’s line is not an application', [line({ kind: 'class_training' })], []],
    ['a line without a certificate holds nothing', [line({ certificateId: null })], []],
  ] as const)('%s', (_, lines, expected) => {
    expect([...applicationsByCertificate(lines).keys()]).toEqual(expected);
  });
});
