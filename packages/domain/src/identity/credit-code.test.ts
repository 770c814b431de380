import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_PROBLEMS,
  creditCodeCheckCharacter,
  parseCreditCode,
} from './credit-code';

// Check characters worked out by hand from the GB 32100 weights. For the first row:
// 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24
// + 0·10 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
describe('creditCodeCheckCharacter', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91110000600037341', 'L'],
    ['91440300192203821', '6'],
    ['12100000400000624', 'D'],
    ['Y1410100MA3X000X0', 'G'],
    // Σ = 682 = 22 × 31, so the check value is 31, written as 0.
    ['91410100690000025', '0'],
    // Σ = 652 ≡ 1 (mod 31): the largest check value, 30, is Y.
    ['91410100690000015', 'Y'],
  ])('%s → %s', (first17, check) => {
    expect(creditCodeCheckCharacter(first17)).toBe(check);
  });

  it.each(['', '91350100M000100Y', '91350100M000100Y43', '91350100M000100I4'])('rejects %j', (input) => {
    expect(() => creditCodeCheckCharacter(input)).toThrow(RangeError);
  });
});

describe('parseCreditCode', () => {
  it.each([
    ['91350100M000100Y43', '91350100M000100Y43', '9', '1', '350100', 'M000100Y4'],
    ['91350100m000100y43', '91350100M000100Y43', '9', '1', '350100', 'M000100Y4'],
    [' 91110000600037341L\n', '91110000600037341L', '9', '1', '110000', '600037341'],
    ['914403001922038216', '914403001922038216', '9', '1', '440300', '192203821'],
    ['12100000400000624D', '12100000400000624D', '1', '2', '100000', '400000624'],
    ['Y1410100MA3X000X0G', 'Y1410100MA3X000X0G', 'Y', '1', '410100', 'MA3X000X0'],
    ['914101006900000250', '914101006900000250', '9', '1', '410100', '690000025'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43', '9', '1', '350100', 'M000100Y4'],
  ])(
    'accepts %j',
    (input, creditCode, registrationAuthority, organisationType, regionCode, organisationCode) => {
      expect(parseCreditCode(input)).toEqual({
        ok: true,
        value: { creditCode, registrationAuthority, organisationType, regionCode, organisationCode },
      });
    },
  );

  it.each([
    ['', 'length'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100-M000100Y4', 'characters'],
    ['91350100M000100I43', 'characters'],
    ['91350100M000100O43', 'characters'],
    ['91350100M000100Z43', 'characters'],
    ['91350100M000100S43', 'characters'],
    ['91350100M000100V43', 'characters'],
    ['913501A0M000100Y43', 'characters'],
    ['91350100M000100Y4I', 'characters'],
    ['91350100M000100Y44', 'checksum'],
    ['91350100M000100Y34', 'checksum'],
    ['91351000M000100Y43', 'checksum'],
  ] as const)('rejects %j: %s', (input, reason) => {
    expect(parseCreditCode(input)).toEqual({ ok: false, reason });
  });

  it('has a message in both languages for every problem', () => {
    for (const message of Object.values(CREDIT_CODE_PROBLEMS)) {
      expect(message['zh-CN']).toMatch(/\S/);
      expect(message['en-US']).toMatch(/\S/);
    }
  });
});

const letter = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const first17 = fc
  .tuple(
    fc.array(letter, { minLength: 2, maxLength: 2 }),
    fc.integer({ min: 0, max: 999_999 }),
    fc.array(letter, { minLength: 9, maxLength: 9 }),
  )
  .map(([head, region, tail]) => `${head.join('')}${String(region).padStart(6, '0')}${tail.join('')}`);

describe('parseCreditCode properties', () => {
  it('accepts any well-formed code with its computed check character', () => {
    fc.assert(
      fc.property(first17, (code) => {
        expect(parseCreditCode(code + creditCodeCheckCharacter(code)).ok).toBe(true);
      }),
    );
  });

  it('rejects every single-character substitution', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, i, shift) => {
          const full = code + creditCodeCheckCharacter(code);
          const index = (CREDIT_CODE_ALPHABET.indexOf(full[i]!) + shift) % CREDIT_CODE_ALPHABET.length;
          const changed = full.slice(0, i) + CREDIT_CODE_ALPHABET[index] + full.slice(i + 1);
          expect(parseCreditCode(changed).ok).toBe(false);
        },
      ),
    );
  });
});
