import { describe, expect, it } from 'vitest';
import { matchHeader } from '../exchange/sheet-header';
import { parseRosterCells, ROSTER_COLUMNS } from './roster-sheet';

describe('roster sheet', () => {
  it('accepts the template columns in any order, optional ones left out', () => {
    const match = matchHeader(['重点群体', '公民身份号码', ' 姓 名 '], ROSTER_COLUMNS);
    expect(match.problems).toEqual([]);
    expect(match.positions.get('name')).toBe(3);
  });

  it('reports missing and unknown columns', () => {
    const match = matchHeader(['姓名', '身份证'], ROSTER_COLUMNS);
    expect(match.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'B:unknown_column',
      'idNumber:missing_column',
      'targetGroup:missing_column',
    ]);
  });

  it.each([
    [{ name: '王芳', idNumber: '410105199003070021', targetGroup: '登记失业人员' }, null],
    [
      {
        name: '王芳',
        idNumber: '410105199003070021',
        targetGroup: 'registered_unemployed',
        mobile: '13800001111',
      },
      null,
    ],
    [{ name: '', idNumber: '410105199003070021', targetGroup: '登记失业人员' }, 'name:required'],
    [
      { name: '王芳', idNumber: '410105199003070021', targetGroup: '宇航员' },
      'targetGroup:unknown_target_group',
    ],
    [
      { name: '王芳', idNumber: '410105199003070021', targetGroup: '登记失业人员', mobile: '12345' },
      'mobile:invalid_mobile',
    ],
    [{ name: '王芳', targetGroup: '登记失业人员' }, 'idNumber:required'],
  ])('%o → %s', (cells, expected) => {
    const result = parseRosterCells(cells);
    if (expected === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([expected]);
  });

  it('refuses an ID number a spreadsheet program stored as a number, whose last digits are lost', () => {
    const result = parseRosterCells({
      name: '王芳',
      idNumber: 410105199003070000,
      targetGroup: '登记失业人员',
    });
    expect(result.ok ? [] : result.problems).toEqual([{ field: 'idNumber', reason: 'id_number_not_text' }]);
  });
});
