import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import { type GrantSubject, grantLimitProblems } from './grant-limits';
import type { PriorSubsidy } from './quote-types';
import { CARE_WORKER, SHORTAGE_2026 } from './test-inputs';

const subject = (change: Partial<GrantSubject> = {}): GrantSubject => ({
  personId: 'p1',
  scheme: 'training',
  occupationCode: '6-18-01-01',
  level: 'L4',
  certificateDate: '2026-05-10',
  certificateId: 'c-new',
  regionCode: '410102',
  ...change,
});
const prior = (change: Partial<PriorSubsidy> = {}): PriorSubsidy => ({
  scheme: 'training',
  occupationCode: '2-02-10-01',
  level: 'L5',
  certificateDate: '2026-02-01',
  regionCode: '440300',
  ...change,
});
const codes = (subjects: GrantSubject[], history: PriorSubsidy[] = [], policy = DEFAULT_SUBSIDY_POLICY) =>
  grantLimitProblems(subjects, () => history, policy).map((found) => [
    found.index,
    found.problems.map((problem) => problem.code),
  ]);

describe('limits checked again when a claim is approved', () => {
  it.each([
    ['nothing granted yet', [], []],
    ['two granted this year: the third passes', [prior(), prior({ occupationCode: '2-02-10-02' })], []],
    [
      'three granted this year: the fourth fails (C1)',
      [prior(), prior({ occupationCode: '2-02-10-02' }), prior({ occupationCode: '2-02-10-03' })],
      [[0, ['c1_yearly_limit']]],
    ],
    [
      'the same occupation and level granted in another region (C2)',
      [prior({ occupationCode: '6-18-01-01', level: 'L4', regionCode: '440300' })],
      [[0, ['c2_same_level']]],
    ],
    [
      'a higher level of the occupation already granted (C2)',
      [prior({ occupationCode: '6-18-01-01', level: 'L3' })],
      [[0, ['c2_lower_level']]],
    ],
    [
      'a lower level granted before is no obstacle',
      [prior({ occupationCode: '6-18-01-01', level: 'L5' })],
      [],
    ],
  ] as const)('%s', (_, history, expected) => {
    expect(codes([subject()], [...history])).toEqual(expected);
  });

  it('two claims approved for the same occupation and level: the second subject fails', () => {
    const twice = [
      subject({ certificateId: 'c-a' }),
      subject({ certificateId: 'c-b', regionCode: '440300' }),
    ];
    expect(codes(twice)).toEqual([[1, ['c2_same_level']]]);
  });

  it('the subjects of other people do not count against a person', () => {
    expect(codes([subject(), subject({ personId: 'p2' })])).toEqual([]);
  });

  it('a refused subject does not count against the ones after it', () => {
    const history = [
      prior(),
      prior({ occupationCode: '2-02-10-02' }),
      prior({ occupationCode: '2-02-10-03' }),
    ];
    const list = [subject(), subject({ personId: 'p2' })];
    expect(grantLimitProblems(list, (id) => (id === 'p1' ? history : []), DEFAULT_SUBSIDY_POLICY)).toEqual([
      {
        index: 0,
        problems: [{ ruleId: 'C1', code: 'c1_yearly_limit', params: { year: 2026, count: 3, limit: 3 } }],
      },
    ]);
  });

  it('C1 counts by the certificate year: Dec 31 of the year before does not count', () => {
    const history = [
      prior({ certificateDate: '2025-12-31' }),
      prior({ occupationCode: '2-02-10-02' }),
      prior({ occupationCode: '2-02-10-03' }),
    ];
    expect(codes([subject()], history)).toEqual([]);
  });

  describe('skill-upgrade subjects', () => {
    const upgrade = (change: Partial<GrantSubject> = {}) => subject({ scheme: 'skill_upgrade', ...change });

    it.each([
      ['none this year', [], DEFAULT_SUBSIDY_POLICY, []],
      [
        'one this year already (B3)',
        [prior({ scheme: 'skill_upgrade' })],
        DEFAULT_SUBSIDY_POLICY,
        [[0, ['b3_yearly_limit']]],
      ],
      [
        'one last year',
        [prior({ scheme: 'skill_upgrade', certificateDate: '2025-12-31' })],
        DEFAULT_SUBSIDY_POLICY,
        [],
      ],
      [
        'a shortage occupation allows two more that year',
        [
          prior({ scheme: 'skill_upgrade' }),
          prior({ scheme: 'skill_upgrade', occupationCode: '2-02-10-02' }),
        ],
        SHORTAGE_2026,
        [],
      ],
      [
        'the certificate had the training subsidy (B4)',
        [prior({ certificateId: 'c-new', occupationCode: '2-02-10-09' })],
        DEFAULT_SUBSIDY_POLICY,
        [[0, ['b4_training_subsidy_paid']]],
      ],
    ] as const)('%s', (_, history, policy, expected) => {
      expect(codes([upgrade({ occupationCode: CARE_WORKER })], [...history], policy)).toEqual(expected);
    });

    it('two applications approved together in one year: the second fails B3', () => {
      const list = [
        upgrade({ certificateId: 'a' }),
        upgrade({ certificateId: 'b', occupationCode: '2-02-10-05' }),
      ];
      expect(codes(list)).toEqual([[1, ['b3_yearly_limit']]]);
    });
  });
});
