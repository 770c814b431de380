import { describe, expect, it } from 'vitest';
import type { ResultView, TraineeResults } from './assessment-api';
import {
  changedIds,
  completionCheck,
  completionEntries,
  completionLine,
  completionRowsOf,
  evaluationCheck,
  evaluationEntries,
  evaluationLine,
  evaluationRowsOf,
  issuableCount,
  latestResultDay,
  missingCompletions,
  resultFieldPath,
  rowProblem,
} from './result-values';

const result = (over: Partial<ResultView>): ResultView => ({
  kind: 'completion',
  score: 80,
  passed: true,
  skillLevel: null,
  assessedOn: '2026-03-20',
  source: 'institution',
  note: null,
  ...over,
});

const trainee = (id: string, over: Partial<TraineeResults> = {}): TraineeResults => ({
  enrolmentId: id,
  personId: `p-${id}`,
  name: `学员${id}`,
  idNumberMasked: '4101**********1234',
  enrolmentStatus: 'completed',
  completion: null,
  evaluation: null,
  certificates: [],
  ...over,
});

describe('completionEntries', () => {
  const items = [
    trainee('a', { completion: result({ score: 75 }) }),
    trainee('b'),
    trainee('c', { enrolmentStatus: 'dropped' }),
    trainee('d'),
  ];
  const loaded = completionRowsOf(items);

  it('sends only changed, scored rows of trainees still in the class, in table order', () => {
    const current = {
      ...loaded,
      a: { ...loaded.a, score: 75 },
      b: { score: 59.5, assessedOn: '2026-03-21', note: '  补考 ' },
      c: { score: 90, assessedOn: '2026-03-21' },
      d: { score: null, assessedOn: '2026-03-21' },
    };
    expect(completionEntries(items, loaded, current)).toEqual([
      { enrolmentId: 'b', score: 59.5, assessedOn: '2026-03-21', note: '补考' },
    ]);
  });

  it('treats an emptied note and an untouched one alike', () => {
    expect(changedIds({ a: { note: null } }, { a: { note: '' } })).toEqual([]);
    expect(changedIds({ a: { note: null } }, { a: { note: 'x' } })).toEqual(['a']);
  });
});

describe('evaluationEntries', () => {
  const items = [
    trainee('a', { evaluation: result({ kind: 'skill_level', skillLevel: 'L4', source: 'import' }) }),
    trainee('b'),
    trainee('c'),
  ];
  const loaded = evaluationRowsOf(items);

  it('keeps an untouched imported evaluation out and drops the level of a special ability', () => {
    const current = {
      ...loaded,
      b: {
        kind: 'special_ability' as const,
        skillLevel: 'L3' as const,
        passed: true,
        assessedOn: '2026-03-22',
      },
      c: { kind: 'skill_level' as const, passed: null, assessedOn: '2026-03-22' },
    };
    expect(evaluationEntries(items, loaded, current)).toEqual([
      {
        enrolmentId: 'b',
        kind: 'special_ability',
        skillLevel: null,
        score: null,
        passed: true,
        assessedOn: '2026-03-22',
        note: undefined,
      },
    ]);
  });
});

describe('resultFieldPath', () => {
  it.each([
    ['results.1.score', 'completion', ['rows', 'b', 'score']],
    ['results.0.passed', 'completion', ['rows', 'a', 'score']],
    ['results.0.passed', 'evaluation', ['rows', 'a', 'passed']],
    ['results.1.skillLevel', 'evaluation', ['rows', 'b', 'skillLevel']],
    ['results.1.enrolmentId', 'evaluation', null],
    ['results.5.score', 'completion', null],
    ['results', 'completion', null],
  ] as const)('places %s (%s) at %j', (field, editor, path) => {
    expect(resultFieldPath(field, ['a', 'b'], editor)).toEqual(path);
  });
});

describe('rowProblem', () => {
  const facts = { classEnd: '2026-03-15', today: '2026-03-25' };

  it('says what the domain says of a score and a date, in the reader’s language', () => {
    const line = completionLine({ score: 100.001, assessedOn: '2026-03-10' });
    expect(rowProblem(line, 'score', facts, 'zh-CN')).toBe('成绩应在 0 到 100 之间，最多两位小数');
    expect(rowProblem(line, 'assessedOn', facts, 'en-US')).toBe(
      'must not be before the last day of the class (2026-03-15)',
    );
  });

  it('refuses only the future when the class end is unknown', () => {
    const early = completionLine({ score: 60, assessedOn: '2020-01-01' });
    expect(rowProblem(early, 'assessedOn', { classEnd: null, today: facts.today }, 'zh-CN')).toBeNull();
    const future = completionLine({ score: 60, assessedOn: '2026-04-01' });
    expect(rowProblem(future, 'assessedOn', facts, 'zh-CN')).toBe('不能晚于今天（2026-03-25）');
  });

  it('asks a skill-level evaluation for its level', () => {
    const line = evaluationLine({ kind: 'skill_level', passed: true, assessedOn: '2026-03-20' });
    expect(rowProblem(line, 'skillLevel', facts, 'zh-CN')).toBe('必填');
    expect(rowProblem(evaluationLine({ kind: 'skill_level' }), 'skillLevel', facts, 'zh-CN')).toBeNull();
  });
});

describe('missingCompletions and issuableCount', () => {
  const items = [
    trainee('a', { completion: result({ score: 88 }) }),
    trainee('b', {
      completion: result({ score: 91 }),
      certificates: [{ id: 'x', number: 'T1', kind: 'training', status: 'issued' }],
    }),
    trainee('c', { completion: result({ score: 40, passed: false }) }),
    trainee('d', { enrolmentStatus: 'dropped' }),
    trainee('e', { evaluation: result({ kind: 'special_ability', passed: true }) }),
  ];

  it('counts the trainees still in the class without a completion result', () => {
    expect(missingCompletions(items)).toBe(1);
  });

  it('counts one training certificate per passed trainee, only once submitted', () => {
    expect(issuableCount({ submitted: false, items }, 'institution')).toBe(0);
    expect(issuableCount({ submitted: true, items }, 'institution')).toBe(1);
  });

  it('counts a body’s certificates by the kind of the evaluation', () => {
    expect(issuableCount({ submitted: false, items }, 'assessor')).toBe(1);
  });
});

describe('completionCheck and evaluationCheck', () => {
  const facts = { classEnd: '2026-03-15', today: '2026-03-25' };

  it('leaves an untouched row alone and asks a started one for both inputs', () => {
    expect(completionCheck({}, 'score', facts, 'zh-CN')).toBeNull();
    expect(completionCheck({ assessedOn: '2026-03-20' }, 'score', facts, 'zh-CN')).toBe('missing');
    expect(completionCheck({ score: 70 }, 'assessedOn', facts, 'zh-CN')).toBe('missing');
    expect(completionCheck({ score: 70, assessedOn: '2026-03-20' }, 'score', facts, 'zh-CN')).toBeNull();
    expect(completionCheck({ score: -1, assessedOn: '2026-03-20' }, 'score', facts, 'en-US')).toEqual({
      message: 'must be from 0 to 100 with at most two decimals',
    });
  });

  it('asks a started evaluation for its kind, result, date and the level of a skill level', () => {
    expect(evaluationCheck({ note: '缺考' }, 'kind', facts, 'zh-CN')).toBeNull();
    const started = { kind: 'skill_level' as const, assessedOn: '2026-03-20' };
    expect(evaluationCheck(started, 'passed', facts, 'zh-CN')).toBe('missing');
    expect(evaluationCheck(started, 'skillLevel', facts, 'zh-CN')).toBe('missing');
    expect(evaluationCheck(started, 'score', facts, 'zh-CN')).toBeNull();
    const special = { kind: 'special_ability' as const, passed: false, assessedOn: '2026-03-26' };
    expect(evaluationCheck(special, 'skillLevel', facts, 'zh-CN')).toBeNull();
    expect(evaluationCheck(special, 'assessedOn', facts, 'zh-CN')).toEqual({
      message: '不能晚于今天（2026-03-25）',
    });
  });
});

describe('latestResultDay', () => {
  it('is today, or the class end when the server’s clock is already past it', () => {
    expect(latestResultDay('2026-03-15', '2026-03-25')).toBe('2026-03-25');
    expect(latestResultDay('2027-01-05', '2026-12-03')).toBe('2027-01-05');
    expect(latestResultDay(null, '2026-12-03')).toBe('2026-12-03');
  });
});
