import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../identity/id-number';
import { parseTerminalRecord, readTerminalCsv, readTerminalJson } from './terminal-records';

const first17 = '41010519900307003';
const ID = `${first17}${idNumberCheckCharacter(first17)}`;
const WRONG_CHECK = `${first17}${ID.endsWith('0') ? '1' : '0'}`;
const PERSON = '0b9e4d2a-5c1f-4a8e-9d3b-7e6f5a4b3c2d';
const T = Date.parse('2026-03-05T00:27:13Z');

const problemsOf = (values: Record<string, unknown>) => {
  const result = parseTerminalRecord(2, values);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.reason}`);
};

describe('one terminal record', () => {
  const good = { terminal: 'FR-0001', person: ID, time: '2026-03-05 08:27:13', score: '0.93' };

  it('reads a record naming the person by ID number', () => {
    expect(parseTerminalRecord(2, good)).toEqual({
      ok: true,
      line: { row: 2, terminalCode: 'FR-0001', person: { idNumber: ID }, at: T, score: 0.93 },
    });
  });

  it('reads a person id and a numeric score as JSON gives them', () => {
    const result = parseTerminalRecord(1, { ...good, person: PERSON.toUpperCase(), score: 1 });
    expect(result).toMatchObject({ ok: true, line: { person: { personId: PERSON }, score: 1 } });
  });

  it.each([
    [
      'all four missing',
      { terminal: undefined, person: undefined, time: undefined, score: undefined },
      ['terminal:required', 'person:required', 'time:required', 'score:required'],
    ],
    [
      'blank cells',
      { terminal: ' ', person: '', time: '', score: '' },
      ['terminal:required', 'person:required', 'time:required', 'score:required'],
    ],
    ['a terminal code of 65 characters', { terminal: 'X'.repeat(65) }, ['terminal:too_long']],
    ['a wrong check character', { person: WRONG_CHECK }, ['person:id_number_checksum']],
    ['neither an ID number nor a person id', { person: '张三' }, ['person:attendance_person_format']],
    ['a time without an offset', { time: '2026-03-05T08:27:13' }, ['time:attendance_time_format']],
    ['a score in percent', { score: '93' }, ['score:attendance_score_range']],
    ['a negative score', { score: -0.1 }, ['score:attendance_score_range']],
    ['a score that is not a number', { score: 'high' }, ['score:attendance_score_range']],
    ['a score of true', { score: true }, ['score:required']],
  ])('%s', (_, changes, expected) => {
    expect(problemsOf({ ...good, ...changes })).toEqual(expected);
  });

  it.each([
    ['0', 0],
    ['0.8', 0.8],
    ['1.0', 1],
  ])('accepts the score %s', (score, expected) => {
    expect(parseTerminalRecord(2, { ...good, score })).toMatchObject({ line: { score: expected } });
  });
});

describe('a CSV file of terminal records', () => {
  const header = '终端编号,公民身份号码或人员编号,识别时间,比对分值';

  it('reads the records with their line numbers and reports each bad line', () => {
    const csv = [
      header,
      `FR-0001,${ID},2026-03-05 08:27:13,0.93`,
      `FR-0001,${ID},2026-03-05 08:27:13,0.95`,
      'FR-0002,张三,2026-03-05 08:28:00,0.9',
      '',
      `FR-0001,${PERSON},"2026-03-05T11:31:02+08:00",0.88`,
    ].join('\r\n');
    const reading = readTerminalCsv(`\uFEFF${csv}`);
    expect(reading).toMatchObject({ ok: true, dataRows: 4 });
    if (!reading.ok) return;
    expect(reading.lines.map((l) => l.row)).toEqual([2, 6]);
    expect(reading.problems).toEqual([
      { row: 3, field: 'time', reason: 'attendance_duplicate_row', params: { row: 2 } },
      { row: 4, field: 'person', reason: 'attendance_person_format' },
    ]);
  });

  it('takes English headers in any order', () => {
    const reading = readTerminalCsv(`score,time,person,terminal\n0.9,2026-03-05 08:27:13,${ID},FR-1\n`);
    expect(reading).toMatchObject({ ok: true, lines: [{ terminalCode: 'FR-1', score: 0.9, at: T }] });
  });

  it('reports a quote that is never closed on the line where it began', () => {
    const reading = readTerminalCsv(`${header}\nFR-1,${ID},2026-03-05 08:27:13,0.9\nFR-1,"${ID},x,0.9\n`);
    expect(reading).toMatchObject({
      ok: true,
      dataRows: 2,
      problems: [{ row: 3, field: 'line', reason: 'attendance_unterminated_quote' }],
    });
  });

  it.each([
    ['an empty file', '', 'no_rows'],
    ['a header alone', `${header}\n`, 'no_rows'],
    ['more than 20,000 records', `${header}\n${'a,b,c,d\n'.repeat(20_001)}`, 'too_many_rows'],
  ])('refuses %s', (_, csv, error) => {
    expect(readTerminalCsv(csv)).toEqual({ ok: false, error });
  });

  it('refuses a header that is not the template, naming the columns', () => {
    const reading = readTerminalCsv('终端编号,身份证,时间\nA,B,C\n');
    expect(reading.ok).toBe(false);
    if (reading.ok || reading.error !== 'bad_columns') throw new Error('expected bad columns');
    expect(reading.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'B:unknown_column',
      'C:unknown_column',
      'person:missing_column',
      'time:missing_column',
      'score:missing_column',
    ]);
  });
});

describe('a JSON list of terminal records', () => {
  it('numbers records from 1 and reports each bad one', () => {
    const reading = readTerminalJson([
      { terminal: 'FR-1', person: ID, time: '2026-03-05T08:27:13+08:00', score: 0.9 },
      { terminal: 'FR-1', person: ID, time: '2026-03-05 08:27:13', score: 0.91 },
      { terminal: 'FR-1', person: ID, time: 'yesterday', score: 0.9 },
    ]);
    expect(reading).toMatchObject({ ok: true, dataRows: 3 });
    if (!reading.ok) return;
    expect(reading.lines.map((l) => l.row)).toEqual([1]);
    expect(reading.problems.map((p) => `${p.row}:${p.field}:${p.reason}`)).toEqual([
      '2:time:attendance_duplicate_row',
      '3:time:attendance_time_format',
    ]);
  });

  it('refuses an empty list', () => {
    expect(readTerminalJson([])).toEqual({ ok: false, error: 'no_rows' });
  });
});
