import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

const lines = (result: ReturnType<typeof parseCsv>) =>
  result.records.map((record) => [record.line, record.fields]);

describe('parseCsv', () => {
  it.each([
    [
      'LF',
      'code,name\n4-10-01-05,养老护理员\n',
      [
        [1, ['code', 'name']],
        [2, ['4-10-01-05', '养老护理员']],
      ],
    ],
    [
      'CRLF',
      'code,name\r\n4-10-01-05,养老护理员\r\n',
      [
        [1, ['code', 'name']],
        [2, ['4-10-01-05', '养老护理员']],
      ],
    ],
    [
      'CR',
      'code,name\r4-10-01-05,养老护理员',
      [
        [1, ['code', 'name']],
        [2, ['4-10-01-05', '养老护理员']],
      ],
    ],
    [
      'BOM',
      '\uFEFFcode,name\n1,a',
      [
        [1, ['code', 'name']],
        [2, ['1', 'a']],
      ],
    ],
    ['no final line break', 'a,b', [[1, ['a', 'b']]]],
    [
      'empty fields',
      'a,,\n,,',
      [
        [1, ['a', '', '']],
        [2, ['', '', '']],
      ],
    ],
    [
      'blank lines skipped',
      '\na\n\n\nb\n\n',
      [
        [2, ['a']],
        [5, ['b']],
      ],
    ],
    ['quoted comma', '"a,b",c', [[1, ['a,b', 'c']]]],
    ['doubled quotes', '"say ""hi""",x', [[1, ['say "hi"', 'x']]]],
    [
      'quoted line break',
      '"a\nb",c\nd',
      [
        [1, ['a\nb', 'c']],
        [3, ['d']],
      ],
    ],
    [
      'quoted CRLF',
      '"a\r\nb",c\r\nd',
      [
        [1, ['a\r\nb', 'c']],
        [3, ['d']],
      ],
    ],
    [
      'empty quoted field',
      '""\n"",""',
      [
        [1, ['']],
        [2, ['', '']],
      ],
    ],
    ['space before quote', 'a, "b,c"', [[1, ['a', 'b,c']]]],
    ['quote inside a bare value', 'a"b,c', [[1, ['a"b', 'c']]]],
    ['text after a closing quote', '"a"b,c', [[1, ['ab', 'c']]]],
    ['empty input', '', []],
    ['only a BOM', '\uFEFF', []],
  ])('%s', (_name, text, expected) => {
    const result = parseCsv(text);
    expect(lines(result)).toEqual(expected);
    expect(result.unterminatedQuoteLine).toBeNull();
  });

  it.each([
    ['a,b\n"c,d\ne,f\n', 2, [[1, ['a', 'b']]]],
    ['"', 1, []],
    ['a\n\nb,"x""', 3, [[1, ['a']]]],
  ])('reports an unclosed quote in %j from line %i', (text, line, before) => {
    const result = parseCsv(text);
    expect(result.unterminatedQuoteLine).toBe(line);
    expect(lines(result)).toEqual(before);
  });

  const anyField = fc.string({ unit: 'binary', maxLength: 12 });
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

  it('reads back any table written with every field quoted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyField, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (table, eol, bom) => {
          const text = (bom ? '\uFEFF' : '') + table.map((row) => row.map(quote).join(',')).join(eol);
          const result = parseCsv(text);
          expect(result.unterminatedQuoteLine).toBeNull();
          expect(result.records.map((record) => record.fields)).toEqual(table);
        },
      ),
    );
  });

  it('numbers records by the line they start on', () => {
    const plain = fc.string({
      unit: fc.constantFrom('a', 'b', '1', ' ', '养', '-'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(plain, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 }),
        (rows) => {
          // Each row is `value,"…"` whose quoted field holds `breaks` line breaks.
          const text = rows.map(([value, breaks]) => `${value},${quote('x\n'.repeat(breaks))}`).join('\n');
          let line = 1;
          const expected = rows.map(([, breaks]) => {
            const start = line;
            line += breaks + 1;
            return start;
          });
          expect(parseCsv(text).records.map((record) => record.line)).toEqual(expected);
        },
      ),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '\uFEFF') }), (text) => {
        parseCsv(text);
      }),
    );
  });
});
