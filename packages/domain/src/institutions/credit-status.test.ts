import { describe, expect, it } from 'vitest';
import { decisionPeriodProblem, mayParticipate, type StatusDecision, statusInForce } from './credit-status';

const d = (
  status: StatusDecision['status'],
  from: string,
  until: string | null,
  decidedAt: string,
): StatusDecision => ({
  status,
  effectiveFrom: from,
  effectiveUntil: until,
  decidedAt,
});

describe('statusInForce', () => {
  const warned = d('warned', '2026-01-01', null, '2026-01-01T02:00:00Z');
  const suspended = d('suspended', '2026-03-01', '2026-05-31', '2026-03-01T02:00:00Z');
  const lifted = d('normal', '2026-04-01', null, '2026-04-01T02:00:00Z');
  it.each([
    [[], '2026-06-01', 'normal'],
    [[warned], '2025-12-31', 'normal'],
    [[warned], '2026-01-01', 'warned'],
    [[warned, suspended], '2026-03-01', 'suspended'],
    [[warned, suspended], '2026-05-31', 'suspended'],
    [[warned, suspended], '2026-06-01', 'warned'],
    [[warned, suspended, lifted], '2026-04-01', 'normal'],
    [[d('blacklisted', '2026-02-01', null, '2026-02-01T00:00:00Z'), warned], '2027-01-01', 'blacklisted'],
  ] as const)('%# on %s → %s', (decisions, today, expected) => {
    expect(statusInForce(decisions, today)).toBe(expected);
  });
});

describe('mayParticipate', () => {
  it.each([
    ['normal', true],
    ['warned', true],
    ['suspended', false],
    ['blacklisted', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(mayParticipate(status)).toBe(expected);
  });
});

describe('decisionPeriodProblem', () => {
  it.each([
    ['suspended', '2026-01-01', null, 'until_required'],
    ['suspended', '2026-01-01', '2025-12-31', 'until_before_from'],
    ['suspended', '2026-01-01', '2026-01-01', null],
    ['blacklisted', '2026-01-01', null, null],
    ['warned', '2026-01-02', '2026-01-01', 'until_before_from'],
  ] as const)('%s %s–%s → %s', (status, effectiveFrom, effectiveUntil, expected) => {
    expect(decisionPeriodProblem({ status, effectiveFrom, effectiveUntil })).toBe(expected);
  });
});
