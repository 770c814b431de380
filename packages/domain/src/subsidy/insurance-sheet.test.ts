import { describe, expect, it } from 'vitest';
import type { CellValue } from '../demand/demand-row';
import { parseInsuranceCells, parseMonthCell } from './insurance-sheet';

describe('parseMonthCell', () => {
  it.each<[CellValue, string | null]>([
    ['2025-10', '2025-10-01'],
    ['2025/1', '2025-01-01'],
    ['2025.12', '2025-12-01'],
    ['2025年10月', '2025-10-01'],
    ['２０２５－１０', '2025-10-01'],
    ['202510', '2025-10-01'],
    [202510, '2025-10-01'],
    ['2025-10-15', '2025-10-01'],
    ['2025年2月28日', '2025-02-01'],
    [new Date(Date.UTC(2025, 9, 1)), '2025-10-01'],
    ['2025-13', null],
    ['2025-00', null],
    ['202513', null],
    ['2025-02-30', null],
    ['25-10', null],
    ['十月', null],
    ['', null],
    [null, null],
  ])('%s → %s', (cell, month) => {
    expect(parseMonthCell(cell)).toBe(month);
  });
});

const row = (cells: Record<string, CellValue>) =>
  parseInsuranceCells({
    name: '赵秀英',
    idNumber: '410102197804061287',
    insurance: '失业保险',
    fromMonth: '2025-10',
    ...cells,
  });

describe('parseInsuranceCells', () => {
  it('reads an open unemployment period', () => {
    expect(row({})).toEqual({
      ok: true,
      value: {
        name: '赵秀英',
        idNumber: '410102197804061287',
        insurance: 'unemployment',
        scheme: null,
        fromMonth: '2025-10-01',
        toMonth: null,
      },
    });
  });

  it.each([
    ['企业职工基本养老保险', 'enterprise'],
    ['机关事业单位', 'public_institution'],
    ['城乡居民', 'resident'],
  ])('reads a pension period of %s', (scheme, code) => {
    const parsed = row({ insurance: '养老保险', scheme, toMonth: '2026-09' });
    expect(parsed).toMatchObject({
      ok: true,
      value: { insurance: 'pension', scheme: code, toMonth: '2026-09-01' },
    });
  });

  it('ignores the pension type on an unemployment row', () => {
    expect(row({ scheme: '企业职工' })).toMatchObject({ ok: true, value: { scheme: null } });
  });

  it.each<[string, Record<string, CellValue>, string, string]>([
    ['a missing name', { name: '' }, 'name', 'required'],
    ['an ID number typed as a number', { idNumber: 410102197804061 }, 'idNumber', 'id_number_not_text'],
    ['an unknown insurance', { insurance: '医疗保险' }, 'insurance', 'invalid_value'],
    ['a pension without its type', { insurance: '养老' }, 'scheme', 'required'],
    ['an unknown pension type', { insurance: '养老', scheme: '商业' }, 'scheme', 'invalid_value'],
    ['a missing first month', { fromMonth: null }, 'fromMonth', 'required'],
    ['a first month that is no month', { fromMonth: '2025-13' }, 'fromMonth', 'invalid_month'],
    ['a last month that is no month', { toMonth: 'soon' }, 'toMonth', 'invalid_month'],
    ['a last month before the first', { toMonth: '2025-09' }, 'toMonth', 'month_before_start'],
  ])('refuses %s', (_, cells, field, reason) => {
    const parsed = row(cells);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('accepts a one-month period', () => {
    expect(row({ toMonth: '2025-10' })).toMatchObject({ ok: true, value: { toMonth: '2025-10-01' } });
  });
});
