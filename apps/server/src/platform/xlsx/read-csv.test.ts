import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv, readCsvSheet } from './read-csv';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']]],
    ['"two\nlines",x\n', [['two\nlines', 'x']]],
    ['a,,c\n', [['a', '', 'c']]],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('"open,field\n')).toThrow();
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with its byte-order mark, and GBK', () => {
    expect(decodeCsv(Buffer.from('\uFEFF明细号,金额', 'utf8'))).toBe('明细号,金额');
    // 成功 in GBK: B3 C9 B9 A6
    expect(decodeCsv(Buffer.from([0xb3, 0xc9, 0xb9, 0xa6]))).toBe('成功');
  });
});

describe('readCsvSheet', () => {
  it('gives the header, numbered data rows and leaves blank rows out', () => {
    const sheet = readCsvSheet(Buffer.from('明细号,金额（元）\r\nZF-1, 6248.00 \r\n,\r\nZF-2,1\r\n'), 10);
    expect(sheet.header).toEqual(['明细号', '金额（元）']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['ZF-1', '6248.00'] },
      { row: 4, cells: ['ZF-2', '1'] },
    ]);
  });

  it('refuses more rows than the limit and binary content', () => {
    expect(() => readCsvSheet(Buffer.from('h\n1\n2\n3\n'), 2)).toThrow();
    expect(() => readCsvSheet(Buffer.from([0x50, 0x00, 0x01]), 2)).toThrow();
  });
});
