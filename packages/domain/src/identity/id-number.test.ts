import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  chinaCivilDate,
  ID_NUMBER_PROBLEMS,
  idNumberCheckCharacter,
  maskIdNumber,
  parseIdNumber,
} from './id-number';

// Check characters in these tables were worked out by hand from the GB 11643 weights, not by the
// function under test.
const TODAY = new Date('2025-06-01T12:00:00+08:00');

describe('idNumberCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['41010220000229123', '7'],
    ['41010219900307123', '0'],
    ['65010119851111222', '3'],
    ['41018519880808567', '9'],
  ])('%s → %s', (first17, check) => {
    expect(idNumberCheckCharacter(first17)).toBe(check);
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100A'])('rejects %j', (input) => {
    expect(() => idNumberCheckCharacter(input)).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '110105', '1949-12-31', 'female'],
    ['11010519491231002x', '11010519491231002X', '110105', '1949-12-31', 'female'],
    ['  410102199003071230\t', '410102199003071230', '410102', '1990-03-07', 'male'],
    ['410102200002291237', '410102200002291237', '410102', '2000-02-29', 'male'],
    ['410102190001011233', '410102190001011233', '410102', '1900-01-01', 'male'],
    ['410102202506011234', '410102202506011234', '410102', '2025-06-01', 'male'],
    ['４１０１０２１９９００３０７１２３０', '410102199003071230', '410102', '1990-03-07', 'male'],
    ['11010519491231002Ｘ', '11010519491231002X', '110105', '1949-12-31', 'female'],
  ] as const)('accepts %j', (input, idNumber, regionCode, birthDate, gender) => {
    expect(parseIdNumber(input, { today: TODAY })).toEqual({
      ok: true,
      value: { idNumber, regionCode, birthDate, gender },
    });
  });

  it.each([
    ['', 'length'],
    ['41010219900307123', 'length'],
    ['4101021990030712301', 'length'],
    ['410102900307123', 'length'],
    ['410102 199003071230', 'length'],
    ['41010219900307123A', 'characters'],
    ['4101021990030X1230', 'characters'],
    ['X10102199003071230', 'characters'],
    ['410102-19900307123', 'characters'],
    ['410102190002291230', 'birth_date'],
    ['410102189912311239', 'birth_date'],
    ['440524188001010014', 'birth_date'],
    ['410102200002301239', 'birth_date'],
    ['410102199013011231', 'birth_date'],
    ['410102199001001239', 'birth_date'],
    ['41010220250602123X', 'birth_date'],
    ['410102200102291234', 'birth_date'],
    ['410102199003071231', 'checksum'],
    ['410102199003071248', 'checksum'],
    ['41010219900307123X', 'checksum'],
    ['410102199003071320', 'checksum'],
  ] as const)('rejects %j: %s', (input, reason) => {
    expect(parseIdNumber(input, { today: TODAY })).toEqual({ ok: false, reason });
  });

  describe('region', () => {
    const known = new Set(['410000', '410102']);
    const isKnownRegion = (code: string) => known.has(code);

    it.each([
      ['410102199003071230', true],
      // 419999 is no county, but province 41 is: old numbers keep retired county codes.
      ['419999199003071231', true],
      ['990102199003071233', false],
    ])('%s known: %s', (input, ok) => {
      const result = parseIdNumber(input, { isKnownRegion, today: TODAY });
      expect(result.ok ? true : result.reason).toBe(ok ? true : 'region');
    });

    it('is not checked without a lookup', () => {
      expect(parseIdNumber('990102199003071233', { today: TODAY }).ok).toBe(true);
    });

    it('asks about the county before the province', () => {
      const asked: string[] = [];
      parseIdNumber('410102199003071230', {
        isKnownRegion: (code) => {
          asked.push(code);
          return true;
        },
        today: TODAY,
      });
      expect(asked).toEqual(['410102']);
    });
  });

  it.each([
    // 16:30 UTC on 31 May is already 1 June in China.
    ['2025-05-31T16:30:00Z', true],
    ['2025-05-31T15:59:59Z', false],
  ])('reads today as the civil date in China (%s)', (instant, ok) => {
    expect(parseIdNumber('410102202506011234', { today: new Date(instant) }).ok).toBe(ok);
  });

  it('defaults today to the current date', () => {
    expect(parseIdNumber('410102199003071230').ok).toBe(true);
    expect(parseIdNumber('41010230000101123X').ok).toBe(false);
  });

  it('has a message in both languages for every problem', () => {
    for (const message of Object.values(ID_NUMBER_PROBLEMS)) {
      expect(message['zh-CN']).toMatch(/\S/);
      expect(message['en-US']).toMatch(/\S/);
    }
  });
});

const EARLIEST = Date.UTC(1900, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_DAY = Math.floor((Date.parse('2025-06-01T00:00:00Z') - EARLIEST) / DAY_MS);

/** 17 digits whose region and sequence are arbitrary and whose birth date is real and in range. */
const first17 = fc
  .record({
    region: fc.integer({ min: 0, max: 999_999 }),
    day: fc.integer({ min: 0, max: LAST_DAY }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, day, sequence }) => {
    const date = new Date(EARLIEST + day * DAY_MS).toISOString().slice(0, 10);
    return `${String(region).padStart(6, '0')}${date.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  });

const CHARACTERS = '0123456789X';

describe('parseIdNumber properties', () => {
  it('accepts any real birth date with its computed check character', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        const id = digits + idNumberCheckCharacter(digits);
        const result = parseIdNumber(id, { today: TODAY });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.birthDate.replaceAll('-', '')).toBe(digits.slice(6, 14));
        expect(result.value.gender).toBe(Number(digits[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('rejects every single-character substitution', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (digits, position, shift) => {
          const id = digits + idNumberCheckCharacter(digits);
          const replaced = CHARACTERS[(CHARACTERS.indexOf(id[position]!) + shift) % CHARACTERS.length]!;
          const changed = id.slice(0, position) + replaced + id.slice(position + 1);
          expect(parseIdNumber(changed, { today: TODAY }).ok).toBe(false);
        },
      ),
    );
  });

  it('rejects every transposition of two different adjacent characters', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), (digits, position) => {
        const id = digits + idNumberCheckCharacter(digits);
        fc.pre(id[position] !== id[position + 1]);
        const swapped = id.slice(0, position) + id[position + 1] + id[position] + id.slice(position + 2);
        expect(parseIdNumber(swapped, { today: TODAY }).ok).toBe(false);
      }),
    );
  });
});

describe('ageOn', () => {
  it.each([
    ['1990-06-15', '2025-06-14', 34],
    ['1990-06-15', '2025-06-15', 35],
    ['1990-06-15', '1990-06-15', 0],
    ['1990-12-31', '1991-01-01', 0],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['2000-02-29', '2004-02-28', 3],
    ['2000-02-29', '2004-02-29', 4],
  ])('born %s, on %s: %i', (birthDate, on, age) => {
    expect(ageOn(birthDate, on)).toBe(age);
  });

  it('reads a Date as the civil date in China', () => {
    expect(ageOn('1990-06-15', new Date('2025-06-14T16:00:00Z'))).toBe(35);
    expect(ageOn('1990-06-15', new Date('2025-06-14T15:59:59Z'))).toBe(34);
  });

  it.each([
    ['1990-02-30', '2025-01-01'],
    ['19900215', '2025-01-01'],
    ['1990-02-15', '2025-13-01'],
  ])('rejects %s / %s', (birthDate, on) => {
    expect(() => ageOn(birthDate, on)).toThrow(RangeError);
  });
});

describe('chinaCivilDate', () => {
  it.each([
    ['2025-01-01T15:59:59Z', '2025-01-01'],
    ['2025-01-01T16:00:00Z', '2025-01-02'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('%s → %s', (instant, date) => {
    expect(chinaCivilDate(new Date(instant))).toBe(date);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['410102199003071234', '4101**********1234'],
    ['11010519491231002x', '1101**********002X'],
    [' 410102199003071234 ', '4101**********1234'],
    ['410102900307123', '4101*******7123'],
    ['41010219', '********'],
    ['', ''],
  ])('%j → %s', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });

  it('never shows more than eight characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        expect(maskIdNumber(input).replaceAll('*', '').length).toBeLessThanOrEqual(8);
      }),
    );
  });
});
