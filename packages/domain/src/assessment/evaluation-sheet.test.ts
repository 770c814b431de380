import { describe, expect, it } from 'vitest';
import { parseEvaluationCells } from './evaluation-sheet';

const row = {
  name: '王芳',
  idNumber: '410105199003070021',
  occupationCode: '4-10-01-05',
  skillLevel: '四级',
  score: 78.5,
  result: '合格',
  assessedOn: '2026-12-20',
};

describe('evaluation export rows', () => {
  it('reads a complete row, the kind defaulting to 职业技能等级', () => {
    expect(parseEvaluationCells(row)).toEqual({
      ok: true,
      value: {
        name: row.name,
        idNumber: row.idNumber,
        occupationCode: row.occupationCode,
        kind: 'skill_level',
        skillLevel: 'L4',
        score: 78.5,
        passed: true,
        assessedOn: row.assessedOn,
      },
    });
  });

  it.each([
    [{ result: '不合格' }, null],
    [{ result: '良好' }, 'result:invalid_result_text'],
    [{ skillLevel: '' }, 'skillLevel:required'],
    [{ skillLevel: '', kind: '专项职业能力' }, null],
    [{ kind: '培训' }, 'kind:invalid_value'],
    [{ score: 101 }, 'score:result_score_range'],
    [{ assessedOn: '2026-13-01' }, 'assessedOn:invalid_date'],
    [{ idNumber: 410105199003070000 }, 'idNumber:id_number_not_text'],
    [{ name: ' ' }, 'name:required'],
  ])('%o → %s', (change, expected) => {
    const result = parseEvaluationCells({ ...row, ...change });
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([expected]);
  });
});
