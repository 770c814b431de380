import { describe, expect, it } from 'vitest';
import {
  type PaymentLineStatus,
  paymentBatchNumber,
  paymentBatchStatus,
  paymentLineNumber,
  recoveryProblem,
} from './payment-lifecycle';

describe('paymentBatchStatus', () => {
  it.each<[string | null, PaymentLineStatus[], string]>([
    [null, ['pending'], 'open'],
    [null, [], 'open'],
    ['2026-12-01T08:00:00Z', ['pending', 'paid'], 'sent'],
    ['2026-12-01T08:00:00Z', ['paid', 'failed'], 'settled'],
    ['2026-12-01T08:00:00Z', ['resubmitted', 'paid'], 'settled'],
  ])('exported %s with %j → %s', (exportedAt, lines, status) => {
    expect(paymentBatchStatus(exportedAt, lines)).toBe(status);
  });
});

describe('numbers', () => {
  it('numbers a batch and its lines', () => {
    expect(paymentBatchNumber('410100', 2026, 7)).toBe('ZF41010020260007');
    expect(paymentLineNumber('ZF41010020260007', 12)).toBe('ZF41010020260007-0012');
  });
});

describe('recoveryProblem', () => {
  const paid = { status: 'paid' as const, amountFen: 624_800, recoveredFen: 0 };
  it.each([
    ['the whole line', paid, 624_800, null],
    ['one fen more than paid', paid, 624_801, 'exceeds_paid'],
    ['the rest after a recovery', { ...paid, recoveredFen: 140_800 }, 484_000, null],
    ['one fen more than the rest', { ...paid, recoveredFen: 140_800 }, 484_001, 'exceeds_paid'],
    ['nothing', paid, 0, 'invalid_amount'],
    ['a negative amount', paid, -100, 'invalid_amount'],
    ['a fraction of a fen', paid, 10.5, 'invalid_amount'],
    ['a line with the bank', { ...paid, status: 'pending' as const }, 100, 'not_paid'],
    ['a failed line', { ...paid, status: 'failed' as const }, 100, 'not_paid'],
  ])('%s', (_label, line, amount, problem) => {
    expect(recoveryProblem(line, amount)).toBe(problem);
  });
});
