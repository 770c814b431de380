import { describe, expect, it } from 'vitest';
import {
  type CheckAction,
  type CheckKind,
  type CheckStatus,
  conclusionProblems,
  effectiveCheckStatus,
  findingSeverity,
  isOpen,
  mayAct,
  onsiteRecordProblems,
  unexplainedCheckIns,
} from './check-lifecycle';

describe('mayAct', () => {
  it.each<[CheckKind, CheckStatus, CheckAction, boolean]>([
    ['onsite', 'planned', 'record', true],
    ['onsite', 'planned', 'plan', true],
    ['onsite', 'planned', 'cancel', true],
    ['onsite', 'planned', 'request', false],
    ['onsite', 'completed', 'record', false],
    ['onsite', 'cancelled', 'plan', false],
    ['remote', 'planned', 'request', true],
    ['remote', 'planned', 'record', false],
    ['remote', 'planned', 'respond', false],
    ['remote', 'requested', 'respond', true],
    ['remote', 'requested', 'conclude', false],
    ['remote', 'requested', 'cancel', true],
    ['remote', 'overdue', 'respond', false],
    ['remote', 'overdue', 'conclude', true],
    ['remote', 'overdue', 'cancel', true],
    ['remote', 'submitted', 'conclude', true],
    ['remote', 'submitted', 'respond', false],
    ['remote', 'submitted', 'cancel', false],
    ['remote', 'completed', 'conclude', false],
  ])('%s %s may %s: %s', (kind, status, action, allowed) => {
    expect(mayAct(kind, status, action)).toBe(allowed);
  });
});

describe('effectiveCheckStatus', () => {
  const deadline = new Date('2026-05-10T08:00:00Z');
  it.each<[CheckStatus, Date | null, string, CheckStatus]>([
    ['requested', deadline, '2026-05-10T07:59:59Z', 'requested'],
    ['requested', deadline, '2026-05-10T08:00:00Z', 'requested'],
    ['requested', deadline, '2026-05-10T08:00:01Z', 'overdue'],
    ['submitted', deadline, '2026-05-11T00:00:00Z', 'submitted'],
    ['completed', deadline, '2026-05-11T00:00:00Z', 'completed'],
    ['planned', null, '2026-05-11T00:00:00Z', 'planned'],
  ])('%s with deadline %s read at %s is %s', (status, deadlineAt, at, expected) => {
    expect(effectiveCheckStatus({ status, deadlineAt }, new Date(at))).toBe(expected);
  });
});

describe('findings and open checks', () => {
  it.each([
    ['ok', null],
    ['minor', 'minor'],
    ['serious', 'serious'],
  ] as const)('a conclusion %s records %s', (conclusion, severity) => {
    expect(findingSeverity(conclusion)).toBe(severity);
  });

  it.each<[CheckStatus, boolean]>([
    ['planned', true],
    ['requested', true],
    ['submitted', true],
    ['overdue', true],
    ['completed', false],
    ['cancelled', false],
  ])('%s is open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  it.each([
    [30, 30, 0],
    [30, 25, 0],
    [25, 30, 5],
    [0, 12, 12],
  ])('%i present and %i checked in leave %i check-ins unexplained', (present, checkedIn, gap) => {
    expect(unexplainedCheckIns(present, checkedIn)).toBe(gap);
  });
});

describe('onsiteRecordProblems', () => {
  it.each([
    [{ photoCount: 1, conclusion: 'ok', notes: '' }, []],
    [{ photoCount: 2, conclusion: 'serious', notes: '到课人数与签到人数不符' }, []],
    [{ photoCount: 0, conclusion: 'ok', notes: '' }, ['photoDocumentIds:photos_required']],
    [{ photoCount: 1, conclusion: 'minor', notes: '  ' }, ['notes:finding_notes_required']],
    [
      { photoCount: 0, conclusion: 'serious', notes: '' },
      ['photoDocumentIds:photos_required', 'notes:finding_notes_required'],
    ],
  ] as const)('%j → %j', (input, expected) => {
    expect(onsiteRecordProblems(input).map((p) => `${p.field}:${p.reason}`)).toEqual(expected);
  });

  it('asks notes of a remote conclusion that records a finding, unless the finding is the missed deadline', () => {
    expect(conclusionProblems({ conclusion: 'ok', notes: '' })).toEqual([]);
    expect(conclusionProblems({ conclusion: 'minor', notes: '' })).toEqual([
      { field: 'notes', reason: 'finding_notes_required' },
    ]);
    expect(conclusionProblems({ conclusion: 'serious', notes: '', missedDeadline: true })).toEqual([]);
  });
});
