import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentTerms, queryTerms } from './cjk-terms';

const matches = (doc: string, query: string) => {
  const terms = new Set(documentTerms(doc));
  const wanted = queryTerms(query);
  return wanted.length > 0 && wanted.every((t) => terms.has(t));
};

describe('CJK search terms', () => {
  it.each([
    ['养老护理员', '养老护理', true],
    ['养老护理员', '护理', true],
    ['养老护理员', '护', true],
    ['养老护理员', '养老护理员', true],
    ['养老护理员', '护理员 养老', true],
    ['养老护理员', '护理员养老', false],
    ['养老护理员', '育婴', false],
    ['养老护理员 4-10-01-05', '4-10-01-05', true],
    ['养老护理员 4-10-01-05', '4-10-01-06', false],
    ['Python 程序设计', 'python', true],
    ['ＡＢＣ全角', 'abc', true],
    ['中式烹调师', '式烹', true],
    ['中式烹调师', '中烹', false],
  ])('%s found by %s → %s', (doc, query, expected) => {
    expect(matches(doc, query)).toBe(expected);
  });

  it('has nothing to search by for punctuation or blanks', () => {
    expect(queryTerms('  ，。!')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
  });

  it('finds any substring of a document', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'养老护理员育婴师中式烹调焊工电'),
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        fc.nat(),
        (doc, a, b) => {
          const chars = [...doc];
          const start = a % chars.length;
          const end = start + 1 + (b % (chars.length - start));
          expect(matches(doc, chars.slice(start, end).join(''))).toBe(true);
        },
      ),
    );
  });
});
