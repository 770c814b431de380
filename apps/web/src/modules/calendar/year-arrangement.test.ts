import { describe, expect, it } from 'vitest';
import { parseArrangement } from './year-arrangement';

describe('parseArrangement', () => {
  it('reads single days in the ways administrators write them', () => {
    const text = [
      '2026-01-01 放假 元旦',
      '2026/1/4\t上班\t元旦调休',
      '2026年5月9日，调休上班，劳动节',
      '9月20日 班 国庆节调休',
      '2026.10.10 Make-up working day National Day',
      '2026-06-19 holiday Dragon Boat Festival',
    ].join('\n');
    expect(parseArrangement(text, 2026)).toEqual({
      rows: [
        { day: '2026-01-01', kind: 'holiday', name: '元旦' },
        { day: '2026-01-04', kind: 'workday', name: '元旦调休' },
        { day: '2026-05-09', kind: 'workday', name: '劳动节' },
        { day: '2026-06-19', kind: 'holiday', name: 'Dragon Boat Festival' },
        { day: '2026-09-20', kind: 'workday', name: '国庆节调休' },
        { day: '2026-10-10', kind: 'workday', name: 'National Day' },
      ],
      problems: [],
    });
  });

  it('keeps of a holiday span only its weekdays, with a short end', () => {
    // 2026-10-01 is a Thursday: 10-03 and 10-04 are a weekend, 10-08 a Thursday.
    const { rows } = parseArrangement('10月1日至8日 放假 国庆节、中秋节', 2026);
    expect(rows.map((row) => row.day)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
    ]);
    expect(rows[0]).toEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节 中秋节' });
  });

  it('keeps of a make-up span only its weekend days', () => {
    const { rows } = parseArrangement('2026-02-13 ~ 2026-02-15 上班 春节调休', 2026);
    expect(rows.map((row) => row.day)).toEqual(['2026-02-14', '2026-02-15']);
  });

  it('leaves the name to the editor when the line has none', () => {
    expect(parseArrangement('2026-09-27 上班', 2026).rows).toEqual([
      { day: '2026-09-27', kind: 'workday', name: '' },
    ]);
  });

  it('reports each line it cannot take, by number', () => {
    const text = [
      '# 2026 年放假安排',
      '',
      '元旦 放假',
      '2026-02-30 放假 无此日',
      '2026-03-02 调整',
      '2025-12-31 放假 跨年',
      '2026-01-01 放假 元旦',
      '2026-01-01 休 重复',
    ].join('\n');
    expect(parseArrangement(text, 2026).problems).toEqual([
      { line: 3, text: '元旦 放假', reason: 'date' },
      { line: 4, text: '2026-02-30 放假 无此日', reason: 'date' },
      { line: 5, text: '2026-03-02 调整', reason: 'kind' },
      { line: 6, text: '2025-12-31 放假 跨年', reason: 'outside_year' },
      { line: 8, text: '2026-01-01 休 重复', reason: 'repeated' },
    ]);
  });
});
