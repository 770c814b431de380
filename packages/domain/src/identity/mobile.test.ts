import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOBILE_PROBLEMS, maskMobile, parseMobile } from './mobile';

describe('parseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['19912345678', '19912345678'],
    [' 138 1234 5678 ', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['86-138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['138\u30001234\u30005678', '13812345678'],
  ])('accepts %j', (input, value) => {
    expect(parseMobile(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'length'],
    ['+86', 'length'],
    ['1381234567', 'length'],
    ['138123456789', 'length'],
    ['+86 1381234567', 'length'],
    ['(138)12345678', 'characters'],
    ['138.1234.5678', 'characters'],
    ['1381234567a', 'characters'],
    ['+1 13812345678', 'characters'],
    ['12812345678', 'prefix'],
    ['10012345678', 'prefix'],
    ['23812345678', 'prefix'],
    ['02112345678', 'prefix'],
  ] as const)('rejects %j: %s', (input, reason) => {
    expect(parseMobile(input)).toEqual({ ok: false, reason });
  });

  it('has a message in both languages for every problem', () => {
    for (const message of Object.values(MOBILE_PROBLEMS)) {
      expect(message['zh-CN']).toMatch(/\S/);
      expect(message['en-US']).toMatch(/\S/);
    }
  });

  it('accepts every 1[3-9] number in any of the accepted spellings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.constantFrom('', '+86', '+86 ', '0086', '86', '86-'),
        (second, rest, prefix) => {
          const number = `1${second}${String(rest).padStart(9, '0')}`;
          const spaced = `${number.slice(0, 3)} ${number.slice(3, 7)}-${number.slice(7)}`;
          expect(parseMobile(prefix + spaced)).toEqual({ ok: true, value: number });
        },
      ),
    );
  });
});

describe('maskMobile', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['1381234', '*******'],
    ['not a phone number at all', '***********'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskMobile(input)).toBe(masked);
  });
});
