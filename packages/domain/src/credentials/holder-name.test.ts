import { describe, expect, it } from 'vitest';
import { holderNameKey, maskHolderName, sameHolderName } from './holder-name';

describe('maskHolderName', () => {
  it.each([
    ['张三', '张*'],
    ['张晓梅', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳娜', '欧阳*'],
    ['司马相如', '司马**'],
    // Two characters are a surname and a given name, even when they spell a compound surname.
    ['欧阳', '欧*'],
    ['张', '张'],
    ['', ''],
    ['  李建国 ', '李**'],
    ['阿卜杜拉·买买提', '阿***·***'],
    ['阿卜杜拉・买买提', '阿***·***'],
    ['John Smith', 'J*** *****'],
    ['𠮷野家', '𠮷**'],
  ])('%j → %j', (name, masked) => {
    expect(maskHolderName(name)).toBe(masked);
  });

  it('never shows more characters than the surname', () => {
    for (const name of ['王小明', '诸葛孔明', '买买提·艾力']) {
      const shown = Array.from(maskHolderName(name)).filter((c) => c !== '*' && c !== '·');
      expect(shown.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('sameHolderName', () => {
  it.each([
    ['张晓梅', '张晓梅', true],
    ['张晓梅', ' 张 晓梅 ', true],
    ['阿卜杜拉·买买提', '阿卜杜拉・买买提', true],
    ['阿卜杜拉·买买提', '阿卜杜拉 • 买买提', true],
    ['john smith', 'JOHN SMITH', true],
    ['ＪＯＨＮ', 'john', true],
    ['张晓梅', '张晓', false],
    ['张晓梅', '张小梅', false],
    ['张晓梅', '', false],
  ])('%j and %j → %s', (a, b, same) => {
    expect(sameHolderName(a, b)).toBe(same);
  });

  it('keys drop spaces and unify dots', () => {
    expect(holderNameKey(' 阿卜杜拉 ・ 买买提 ')).toBe('阿卜杜拉·买买提');
  });
});
