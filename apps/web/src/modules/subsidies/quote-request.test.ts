import { describe, expect, it } from 'vitest';
import {
  certificateRequest,
  isUpgradable,
  placeProblems,
  quoteKindOf,
  type TrainingPlanValues,
  trainingPlanRequest,
  upgradePlanRequest,
} from './quote-request';

const plan: TrainingPlanValues = {
  idNumber: ' 11010519491231002x ',
  projectId: 'p1',
  targetGroup: 'rural_migrant_worker',
  result: 'skill_level',
  level: 'L4',
  feeYuan: 1800,
  paidBy: 'institution',
};

describe('quoteKindOf', () => {
  it('reads a tab from the address and falls back to the enrolment tab', () => {
    expect(quoteKindOf('upgrade_plan')).toBe('upgrade_plan');
    expect(quoteKindOf('lottery')).toBe('enrolment');
    expect(quoteKindOf(undefined)).toBe('enrolment');
  });
});

describe('trainingPlanRequest', () => {
  it('sends the fee in fen and the ID number as the domain normalises it, for staff', () => {
    expect(trainingPlanRequest({ ...plan, feeYuan: 1800.5 }, false)).toEqual({
      kind: 'training_plan',
      idNumber: '11010519491231002X',
      projectId: 'p1',
      targetGroup: 'rural_migrant_worker',
      result: 'skill_level',
      level: 'L4',
      feeFen: 180050,
      paidBy: 'institution',
    });
  });

  it('names nobody for a worker, who is always quoted for themselves', () => {
    expect(trainingPlanRequest(plan, true)).not.toHaveProperty('idNumber');
  });

  it('sends a level only with a skill-level result, and hours only when typed', () => {
    const training = trainingPlanRequest({ ...plan, result: 'training', attendedHours: 60 }, true);
    expect(training).not.toHaveProperty('level');
    expect(training).toMatchObject({ result: 'training', attendedHours: 60 });
    expect(trainingPlanRequest({ ...plan, attendedHours: null }, true)).not.toHaveProperty('attendedHours');
    expect(trainingPlanRequest({ ...plan, attendedHours: 0 }, true)).toMatchObject({ attendedHours: 0 });
  });
});

describe('upgradePlanRequest', () => {
  it('leaves out an empty application date, which the server takes as today', () => {
    const values = {
      idNumber: '11010519491231002X',
      occupationCode: '4-10-01-05',
      certificateType: 'skill_level' as const,
      level: 'L4' as const,
      certificateDate: '2026-09-28',
      applicationDate: null,
    };
    expect(upgradePlanRequest(values, false)).toEqual({
      kind: 'upgrade_plan',
      idNumber: '11010519491231002X',
      occupationCode: '4-10-01-05',
      certificateType: 'skill_level',
      level: 'L4',
      certificateDate: '2026-09-28',
    });
    expect(upgradePlanRequest({ ...values, applicationDate: '2026-10-15' }, true)).toEqual({
      kind: 'upgrade_plan',
      occupationCode: '4-10-01-05',
      certificateType: 'skill_level',
      level: 'L4',
      certificateDate: '2026-09-28',
      applicationDate: '2026-10-15',
    });
  });
});

describe('certificateRequest', () => {
  it('carries the application date only when one was chosen', () => {
    expect(certificateRequest('c1')).toEqual({ kind: 'certificate', certificateId: 'c1' });
    expect(certificateRequest('c1', '2026-10-15')).toEqual({
      kind: 'certificate',
      certificateId: 'c1',
      applicationDate: '2026-10-15',
    });
  });
});

describe('placeProblems', () => {
  it('puts each field problem beside its input, the fee beside the 元 input', () => {
    const { byInput, unplaced } = placeProblems(
      [
        { field: 'feeFen', message: 'too large' },
        { field: 'level', message: 'is required' },
        { field: 'level', message: 'is required' },
        { field: 'personId', message: 'unknown' },
        { message: 'no field' },
      ],
      ['feeYuan', 'level'],
    );
    expect([...byInput]).toEqual([
      ['feeYuan', ['too large']],
      ['level', ['is required']],
    ]);
    expect(unplaced).toEqual(['personId: unknown', 'no field']);
  });

  it('places the certificate list’s number on the number staff typed', () => {
    const { byInput } = placeProblems([{ field: 'number', message: 'bad' }], ['certificateNumber']);
    expect(byInput.get('certificateNumber')).toEqual(['bad']);
  });
});

describe('isUpgradable', () => {
  it('takes issued skill level certificates only', () => {
    expect(isUpgradable({ kind: 'skill_level', status: 'issued', skillLevel: 'L4' })).toBe(true);
    expect(isUpgradable({ kind: 'skill_level', status: 'revoked', skillLevel: 'L4' })).toBe(false);
    expect(isUpgradable({ kind: 'training', status: 'issued', skillLevel: null })).toBe(false);
    expect(isUpgradable({ kind: 'special_ability', status: 'issued', skillLevel: null })).toBe(false);
  });
});
