import { describe, expect, it } from 'vitest';
import { isStrongPassword, USERNAME_PATTERN } from './password-policy';

describe('isStrongPassword', () => {
  it.each([
    ['abcdefgh12', true],
    ['abcdefgh1', false],
    ['abcdefghij', false],
    ['1234567890', false],
    ['密码密码密码密码a1', true],
    [`a1${'x'.repeat(126)}`, true],
    [`a1${'x'.repeat(127)}`, false],
  ])('%s → %s', (password, expected) => {
    expect(isStrongPassword(password)).toBe(expected);
  });
});

describe('USERNAME_PATTERN', () => {
  it.each([
    ['ab', false],
    ['abc', true],
    ['demo-staff.zz_1', true],
    ['-abc', false],
    ['a'.repeat(32), true],
    ['a'.repeat(33), false],
    ['张三', false],
  ])('%s → %s', (username, expected) => {
    expect(USERNAME_PATTERN.test(username)).toBe(expected);
  });
});
