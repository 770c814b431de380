import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOccupationCode,
  OCCUPATION_CODE_PROBLEMS,
  OCCUPATION_MAJOR_GROUPS,
  occupationMajorGroup,
  parseOccupationCode,
} from './occupation-code';

describe('parseOccupationCode', () => {
  it.each([
    ['4-10-01-05', '4-10-01-05', 4, '4-10', '4-10-01'],
    [' 6-18-02-04 ', '6-18-02-04', 6, '6-18', '6-18-02'],
    ['４－１０－０１－０５', '4-10-01-05', 4, '4-10', '4-10-01'],
    ['4–10–01–05', '4-10-01-05', 4, '4-10', '4-10-01'],
    ['2\u221202\u221210\u221209', '2-02-10-09', 2, '2-02', '2-02-10'],
    ['8-00-00-00', '8-00-00-00', 8, '8-00', '8-00-00'],
  ])('accepts %j', (input, code, majorGroup, middleGroup, minorGroup) => {
    expect(parseOccupationCode(input)).toEqual({
      ok: true,
      value: { code, majorGroup, middleGroup, minorGroup },
    });
  });

  it.each([
    ['', 'format'],
    ['4100105', 'format'],
    ['4-10-01', 'format'],
    ['4-10-01-05-01', 'format'],
    ['4-1-01-05', 'format'],
    ['04-10-01-05', 'format'],
    ['4_10_01_05', 'format'],
    ['4 10 01 05', 'format'],
    ['A-10-01-05', 'format'],
    ['4-10-01-0X', 'format'],
    ['0-10-01-05', 'major_group'],
    ['9-10-01-05', 'major_group'],
  ] as const)('rejects %j: %s', (input, reason) => {
    expect(parseOccupationCode(input)).toEqual({ ok: false, reason });
    expect(isOccupationCode(input)).toBe(false);
  });

  it('has a message in both languages for every problem', () => {
    for (const message of Object.values(OCCUPATION_CODE_PROBLEMS)) {
      expect(message['zh-CN']).toMatch(/\S/);
      expect(message['en-US']).toMatch(/\S/);
    }
  });

  it('accepts every code of the form with a major group of 1–8', () => {
    const pair = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), pair, pair, pair, (major, middle, minor, unit) => {
        const code = `${major}-${middle}-${minor}-${unit}`;
        expect(parseOccupationCode(code)).toMatchObject({ ok: true, value: { code, majorGroup: major } });
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        parseOccupationCode(input);
      }),
    );
  });
});

describe('occupationMajorGroup', () => {
  it.each([
    ['4-10-01-05', 4],
    ['6-18-02-04', 6],
    ['2-02-10-09', 2],
  ])('%s is in major group %i', (code, group) => {
    expect(occupationMajorGroup(code)).toBe(group);
  });

  it.each(['', '9-10-01-05', '4-10-01'])('throws on %j', (code) => {
    expect(() => occupationMajorGroup(code)).toThrow(RangeError);
  });

  it('names all eight major groups', () => {
    expect(OCCUPATION_MAJOR_GROUPS.map((group) => group.group)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(OCCUPATION_MAJOR_GROUPS[3].name['zh-CN']).toBe('社会生产服务和生活服务人员');
  });
});
