import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../identity/credit-code';
import {
  type CellValue,
  cellText,
  checkEnterpriseNames,
  columnLetter,
  DEMAND_COLUMNS,
  type DemandColumnKey,
  type DemandRow,
  matchDemandHeader,
  parseDateCell,
  parseDemandRow,
  parseSkillLevelCell,
  parseWholeNumber,
  skillLevelCellText,
} from './demand-row';

const first17 = '91410100MA44R7KX2';
const creditCode = `${first17}${creditCodeCheckCharacter(first17)}`;
const wrongCheck = `${first17}${creditCodeCheckCharacter(first17) === '0' ? '1' : '0'}`;
const today = '2026-11-25';
const context = {
  today,
  isKnownRegion: (code: string) => ['410102', '410100', '410202'].includes(code),
  isKnownOccupation: (code: string) => ['4-10-01-05', '6-18-02-04'].includes(code),
};

const validCells: Record<DemandColumnKey, CellValue> = {
  creditCode,
  enterpriseName: '郑州颐养护理服务有限公司',
  regionCode: '410102',
  occupationCode: '4-10-01-05',
  skillLevel: '四级/中级工',
  headcount: 5,
  skillRequirements: '持养老护理员证书，熟悉失能老人照护',
  wageMin: 4000,
  wageMax: 6000,
  deadline: new Date(Date.UTC(2026, 11, 31)),
  contactName: '王经理',
  contactPhone: '13800001234',
};

describe('parseDemandRow', () => {
  it('normalises a valid row', () => {
    expect(parseDemandRow(validCells, context)).toEqual({
      ok: true,
      value: {
        creditCode,
        enterpriseName: '郑州颐养护理服务有限公司',
        regionCode: '410102',
        occupationCode: '4-10-01-05',
        skillLevel: 'L4',
        headcount: 5,
        skillRequirements: '持养老护理员证书，熟悉失能老人照护',
        wageMin: 4000,
        wageMax: 6000,
        deadline: '2026-12-31',
        contactName: '王经理',
        contactPhone: '13800001234',
      },
    });
  });

  it.each<[string, Partial<Record<DemandColumnKey, CellValue>>, Partial<DemandRow>]>([
    ['codes and phone typed as numbers', { regionCode: 410102, contactPhone: 13800001234 }, {}],
    ['text numbers with separators', { headcount: '5', wageMin: '4,000', wageMax: '6000.00' }, {}],
    ['a text date', { deadline: '2026-12-31' }, {}],
    ['a slashed text date', { deadline: '2026/12/31' }, {}],
    ['a Chinese text date', { deadline: '2026年12月31日' }, {}],
    ['no enterprise name', { enterpriseName: '  ' }, { enterpriseName: null }],
    ['no skill level', { skillLevel: null }, { skillLevel: null }],
    ['lower-case credit code', { creditCode: creditCode.toLowerCase() }, {}],
    ['a phone with +86 and spaces', { contactPhone: '+86 138 0000 1234' }, {}],
    ['an en dash in the occupation code', { occupationCode: '4–10–01–05' }, {}],
    ['a deadline of today', { deadline: today }, { deadline: today }],
    ['an equal wage range', { wageMin: 6000 }, { wageMin: 6000 }],
  ])('accepts %s', (_name, change, expected) => {
    const result = parseDemandRow({ ...validCells, ...change }, context);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<DemandColumnKey, CellValue>>, DemandColumnKey, string]>([
    ['a missing credit code', { creditCode: null }, 'creditCode', 'required'],
    ['a wrong check character', { creditCode: wrongCheck }, 'creditCode', 'invalid_credit_code'],
    ['a short credit code', { creditCode: '91410100' }, 'creditCode', 'invalid_credit_code'],
    ['a malformed region', { regionCode: '4101' }, 'regionCode', 'invalid_format'],
    ['an unknown region', { regionCode: '419999' }, 'regionCode', 'unknown_region'],
    ['a malformed occupation', { occupationCode: '41001' }, 'occupationCode', 'invalid_format'],
    ['an unknown occupation', { occupationCode: '4-99-99-99' }, 'occupationCode', 'unknown_occupation'],
    ['an unknown skill level', { skillLevel: '特级' }, 'skillLevel', 'invalid_skill_level'],
    ['a zero headcount', { headcount: 0 }, 'headcount', 'too_small'],
    ['a negative headcount', { headcount: -2 }, 'headcount', 'too_small'],
    ['a fractional headcount', { headcount: 2.5 }, 'headcount', 'not_integer'],
    ['a text headcount', { headcount: '五人' }, 'headcount', 'not_integer'],
    ['a missing headcount', { headcount: '' }, 'headcount', 'required'],
    ['an inverted wage range', { wageMin: 7000 }, 'wageMax', 'wage_range_inverted'],
    ['a negative wage', { wageMin: -1 }, 'wageMin', 'too_small'],
    ['a past deadline', { deadline: '2026-11-24' }, 'deadline', 'date_in_past'],
    ['a past date cell', { deadline: new Date(Date.UTC(2025, 0, 1)) }, 'deadline', 'date_in_past'],
    ['a day that does not exist', { deadline: '2026-02-30' }, 'deadline', 'invalid_date'],
    ['text that is not a date', { deadline: '年底前' }, 'deadline', 'invalid_date'],
    ['a number where a date belongs', { deadline: 46022 }, 'deadline', 'invalid_date'],
    ['missing requirements', { skillRequirements: null }, 'skillRequirements', 'required'],
    ['overlong requirements', { skillRequirements: '技'.repeat(2001) }, 'skillRequirements', 'too_long'],
    ['an overlong enterprise name', { enterpriseName: '企'.repeat(129) }, 'enterpriseName', 'too_long'],
    ['a missing contact', { contactName: ' ' }, 'contactName', 'required'],
    ['a landline', { contactPhone: '0371-6588 1234' }, 'contactPhone', 'invalid_mobile'],
    ['a short mobile', { contactPhone: '1380000' }, 'contactPhone', 'invalid_mobile'],
  ])('rejects %s', (_name, change, field, reason) => {
    const result = parseDemandRow({ ...validCells, ...change }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ field, reason })]);
  });

  it('reports every problem of a row, with the precise message where one exists', () => {
    const result = parseDemandRow(
      { ...validCells, creditCode: wrongCheck, headcount: 0, contactPhone: '12345678901' },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['creditCode', 'headcount', 'contactPhone']);
    expect(result.problems[0]?.messages?.['zh-CN']).toContain('校验位');
    expect(result.problems[2]?.messages?.['zh-CN']).toContain('13–19');
  });

  it('reports an empty row as every required column missing', () => {
    const result = parseDemandRow({}, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const required = DEMAND_COLUMNS.filter((c) => c.required).map((c) => c.key);
    expect(result.problems.map((p) => p.field)).toEqual(required);
    expect(result.problems.every((p) => p.reason === 'required')).toBe(true);
  });
});

describe('cell readers', () => {
  it.each<[CellValue, string | null]>([
    ['L4', 'L4'],
    ['l2', 'L2'],
    ['4', 'L4'],
    [3, 'L3'],
    ['四级/中级工', 'L4'],
    ['四级／中级工', 'L4'],
    ['四级', 'L4'],
    ['中级工', 'L4'],
    ['中级', 'L4'],
    ['技师', 'L2'],
    ['高级技师', 'L1'],
    ['一级', 'L1'],
    ['五', 'L5'],
    ['不限', null],
    ['', null],
    [null, null],
  ])('skill level %j → %s', (cell, expected) => {
    expect(parseSkillLevelCell(cell)).toEqual({ ok: true, value: expected });
  });

  it('writes skill levels the way it reads them back', () => {
    for (const code of ['L5', 'L4', 'L3', 'L2', 'L1', null]) {
      expect(parseSkillLevelCell(skillLevelCellText(code))).toEqual({ ok: true, value: code });
    }
  });

  it.each<[CellValue, number | null]>([
    [12, 12],
    ['12', 12],
    ['１２', 12],
    ['4,500', 4500],
    ['4，500', 4500],
    ['4500.00', 4500],
    [12.5, null],
    ['12.5', null],
    ['1e3', null],
    ['', null],
    [true, null],
  ])('whole number %j → %s', (cell, expected) => {
    const parsed = parseWholeNumber(cell);
    expect(parsed.ok ? parsed.value : null).toBe(expected);
  });

  it.each<[CellValue, string | null]>([
    [new Date(Date.UTC(2026, 11, 31)), '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['２０２６－１２－３１', '2026-12-31'],
    ['31/12/2026', null],
    [20261231, null],
    [null, null],
  ])('date %j → %s', (cell, expected) => {
    const parsed = parseDateCell(cell);
    expect(parsed.ok ? parsed.value : null).toBe(expected);
  });

  it.each<[CellValue, string]>([
    [410102, '410102'],
    [13800001234, '13800001234'],
    [4500.5, '4500.5'],
    ['  text  ', 'text'],
    [true, 'TRUE'],
    [null, ''],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
  ])('cell text %j → %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it.each([
    [1, 'A'],
    [12, 'L'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letter) => {
    expect(columnLetter(column)).toBe(letter);
  });
});

describe('matchDemandHeader', () => {
  const headers = DEMAND_COLUMNS.map((c) => c.header);

  it('accepts the template header, in any order, with spacing, markers and half-width brackets', () => {
    expect(matchDemandHeader(headers).problems).toEqual([]);
    const shuffled = [...headers].reverse().map((h, i) => (i % 2 ? ` *${h} ` : h.replace('（', '(')));
    const match = matchDemandHeader(shuffled);
    expect(match.problems).toEqual([]);
    expect(match.positions.get('creditCode')).toBe(12);
  });

  it('accepts and ignores the status column of an export', () => {
    const match = matchDemandHeader([...headers, '状态']);
    expect(match.problems).toEqual([]);
    expect([...match.ignored]).toEqual([13]);
  });

  it('names missing, unknown and repeated columns', () => {
    const match = matchDemandHeader([...headers.slice(0, 11), '备注', '招聘人数', null, '职业编码']);
    expect(match.problems).toEqual([
      { column: 12, field: 'L', reason: 'unknown_column', params: { column: 'L', header: '备注' } },
      {
        column: 13,
        field: 'headcount',
        reason: 'duplicate_column',
        params: { column: 'M', header: '招聘人数' },
      },
      {
        column: 15,
        field: 'occupationCode',
        reason: 'duplicate_column',
        params: { column: 'O', header: '职业编码' },
      },
      { column: null, field: 'contactPhone', reason: 'missing_column', params: { header: '联系电话' } },
    ]);
  });

  it('reports every column missing for an empty header row', () => {
    expect(matchDemandHeader([]).problems).toHaveLength(DEMAND_COLUMNS.length);
  });
});

describe('checkEnterpriseNames', () => {
  it('flags a second name for the same credit code, not an omitted one or spacing', () => {
    const problems = checkEnterpriseNames([
      { row: 2, creditCode: 'A', enterpriseName: '甲公司' },
      { row: 3, creditCode: 'A', enterpriseName: null },
      { row: 4, creditCode: 'A', enterpriseName: ' 甲 公司' },
      { row: 5, creditCode: 'B', enterpriseName: '乙公司' },
      { row: 6, creditCode: 'A', enterpriseName: '丙公司' },
    ]);
    expect(problems).toEqual([
      {
        row: 6,
        problem: {
          field: 'enterpriseName',
          reason: 'enterprise_name_conflict',
          params: { firstRow: 2, firstName: '甲公司' },
        },
      },
    ]);
  });
});
