import { describe, expect, it } from 'vitest';
import { maskAccountNumber, normaliseAccountNumber, payeeAccountProblems } from './payee-account';

const good = {
  accountName: '郑州市金水区阳光职业培训学校',
  accountNumber: '4102 0123 4567 8901 234',
  bankName: '中国工商银行郑州金水支行',
};

describe('payeeAccountProblems', () => {
  it.each([
    ['a good account', {}, []],
    ['8 digits', { accountNumber: '12345678' }, []],
    ['32 digits', { accountNumber: '1'.repeat(32) }, []],
    ['7 digits', { accountNumber: '1234567' }, [['accountNumber', 'account_number_invalid']]],
    ['33 digits', { accountNumber: '1'.repeat(33) }, [['accountNumber', 'account_number_invalid']]],
    ['letters', { accountNumber: '6222AB0123456789' }, [['accountNumber', 'account_number_invalid']]],
    ['full-width digits and dashes', { accountNumber: '６２２２-０１２３-４５６７' }, []],
    ['no number', { accountNumber: '  ' }, [['accountNumber', 'required']]],
    ['no name', { accountName: ' ' }, [['accountName', 'required']]],
    ['no bank', { bankName: '' }, [['bankName', 'required']]],
    ['a name of 101 characters', { accountName: '张'.repeat(101) }, [['accountName', 'too_long']]],
  ])('%s', (_label, change, expected) => {
    const problems = payeeAccountProblems({ ...good, ...change });
    expect(problems.map((p) => [p.field, p.reason])).toEqual(expected);
  });
});

describe('a person’s own social security card account', () => {
  const card = { accountName: '李秀英', accountNumber: '6217 0000 1234 5678 901', bankName: '中国建设银行' };
  it.each([
    ['in the registered name', {}, '李秀英', []],
    ['with spaces around the name', { accountName: ' 李秀英 ' }, '李秀英', []],
    ['in another name', { accountName: '王建国' }, '李秀英', [['accountName', 'account_name_not_holder']]],
    ['an institution is not checked against a holder', { accountName: '王建国' }, undefined, []],
  ])('%s', (_label, change, holder, expected) => {
    const problems = payeeAccountProblems({ ...card, ...change }, holder);
    expect(problems.map((p) => [p.field, p.reason])).toEqual(expected);
  });
});

describe('account numbers', () => {
  it.each([
    ['6222 0212 3456 7890 123', '6222021234567890123', '6222 **** 0123'],
    ['12345678', '12345678', '12****78'],
  ])('%s', (written, normalised, masked) => {
    expect(normaliseAccountNumber(written)).toBe(normalised);
    expect(maskAccountNumber(written)).toBe(masked);
  });
});
