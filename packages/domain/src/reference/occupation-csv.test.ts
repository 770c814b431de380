import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_CSV_PROBLEMS, parseOccupationCsv } from './occupation-csv';

const problems = (text: string) =>
  parseOccupationCsv(text).errors.map(({ row, column, reason }) => [row, column, reason]);

describe('parseOccupationCsv', () => {
  it('reads code and name, defaulting the priority field to other', () => {
    expect(parseOccupationCsv('code,name\r\n4-10-01-05,养老护理员\r\n6-18-02-04,焊工\r\n')).toEqual({
      rows: [
        { row: 2, code: '4-10-01-05', name: '养老护理员', priorityField: 'other', description: null },
        { row: 3, code: '6-18-02-04', name: '焊工', priorityField: 'other', description: null },
      ],
      errors: [],
    });
  });

  it('reads the optional columns in any order, with a BOM, quotes and padding', () => {
    const text = [
      '\uFEFF Name ,description,CODE,priority_field',
      '养老护理员,"为老年人提供生活照料、护理服务的人员，含""失能""照护", 4-10-01-05 ,elderly_childcare',
      '焊工,"运用焊接设备,\n连接金属工件",6－18－02－04,先进制造',
      '中式烹调师,,4-03-02-01,',
    ].join('\n');
    expect(parseOccupationCsv(text)).toEqual({
      rows: [
        {
          row: 2,
          code: '4-10-01-05',
          name: '养老护理员',
          priorityField: 'elderly_childcare',
          description: '为老年人提供生活照料、护理服务的人员，含"失能"照护',
        },
        {
          row: 3,
          code: '6-18-02-04',
          name: '焊工',
          priorityField: 'advanced_manufacturing',
          description: '运用焊接设备,\n连接金属工件',
        },
        { row: 5, code: '4-03-02-01', name: '中式烹调师', priorityField: 'other', description: null },
      ],
      errors: [],
    });
  });

  it.each([
    ['an empty file', '', [[1, null, 'missing_header']]],
    ['only a BOM and blank lines', '\uFEFF\n\n', [[1, null, 'missing_header']]],
    ['no code column', 'name\n焊工', [[1, 'code', 'missing_column']]],
    [
      'a header that is data',
      '4-10-01-05,养老护理员',
      [
        [1, '4-10-01-05', 'unknown_column'],
        [1, '养老护理员', 'unknown_column'],
        [1, 'code', 'missing_column'],
        [1, 'name', 'missing_column'],
      ],
    ],
    ['an unknown column', 'code,name,level\n4-10-01-05,养老护理员,L5', [[1, 'level', 'unknown_column']]],
    ['a repeated column', 'code,name,Name\n4-10-01-05,养老护理员,x', [[1, 'name', 'duplicate_column']]],
    ['too many fields', 'code,name\n4-10-01-05,养老护理员,多余', [[2, null, 'column_count']]],
    ['too few fields', 'code,name,description\n4-10-01-05,养老护理员', [[2, null, 'column_count']]],
    ['an empty code', 'code,name\n ,焊工', [[2, 'code', 'required']]],
    ['an empty name', 'code,name\n6-18-02-04,  ', [[2, 'name', 'required']]],
    ['a malformed code', 'code,name\n6-18-2-04,焊工', [[2, 'code', 'invalid_code']]],
    ['a major group out of range', 'code,name\n9-18-02-04,焊工', [[2, 'code', 'invalid_code']]],
    [
      'a duplicate code',
      'code,name\n6-18-02-04,焊工\n\n6－18－02－04,电焊工',
      [[4, 'code', 'duplicate_code']],
    ],
    [
      'an unknown priority field',
      'code,name,priority_field\n6-18-02-04,焊工,制造业',
      [[2, 'priority_field', 'unknown_priority_field']],
    ],
    [
      'an unclosed quote',
      'code,name\n6-18-02-04,焊工\n4-10-01-05,"养老护理员\n',
      [[3, null, 'unterminated_quote']],
    ],
    [
      'several problems in one row',
      'code,name,priority_field\nx,,y',
      [
        [2, 'code', 'invalid_code'],
        [2, 'name', 'required'],
        [2, 'priority_field', 'unknown_priority_field'],
      ],
    ],
  ])('reports %s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reports every bad row by its line in the file and keeps the good ones', () => {
    const text = [
      'code,name,priority_field',
      '4-10-01-05,养老护理员,elderly_childcare',
      '4-10-01-5,育婴员,elderly_childcare',
      '"6-18-02-04","焊工",advanced_manufacturing',
      ',,',
      '6-18-02-04,焊工（重复）,advanced_manufacturing',
      '"4-03-02-01","中式烹调师',
      '（多行名称）",modern_services',
      '4-14-02-01,,',
    ].join('\r\n');
    const result = parseOccupationCsv(text);
    expect(result.rows.map((row) => [row.row, row.code])).toEqual([
      [2, '4-10-01-05'],
      [4, '6-18-02-04'],
      [7, '4-03-02-01'],
    ]);
    expect(result.errors.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [3, 'code', 'invalid_code'],
      [6, 'code', 'duplicate_code'],
      [9, 'name', 'required'],
    ]);
  });

  it('fills the messages with the offending values', () => {
    const [duplicate] = parseOccupationCsv('code,name\n6-18-02-04,焊工\n6-18-02-04,焊工').errors;
    expect(duplicate?.message).toEqual({
      'zh-CN': '职业编码“6-18-02-04”与第 2 行重复',
      'en-US': 'The occupation code "6-18-02-04" already appears on line 2',
    });
    const [count] = parseOccupationCsv('code,name\n1-01-01-01,a,b').errors;
    expect(count?.message['zh-CN']).toBe('此行有 3 列，而表头有 2 列（含逗号的内容须加英文双引号）');
  });

  it('has a message in both languages for every problem', () => {
    for (const message of Object.values(OCCUPATION_CSV_PROBLEMS)) {
      expect(message['zh-CN']).toMatch(/\S/);
      expect(message['en-US']).toMatch(/\S/);
    }
  });

  it('never throws, and every error points at a line of the file', () => {
    const unit = fc.constantFrom(
      'code',
      'name',
      'priority_field',
      '4-10-01-05',
      '焊工',
      'other',
      ',',
      '"',
      '\n',
      '\r\n',
      ' ',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const error of parseOccupationCsv(text).errors) {
          expect(error.row).toBeGreaterThanOrEqual(1);
          expect(error.row).toBeLessThanOrEqual(lineCount);
        }
      }),
    );
  });
});
