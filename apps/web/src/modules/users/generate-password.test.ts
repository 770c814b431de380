import { isStrongPassword } from '@qiancheng/domain';
import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('always satisfies the password policy', () => {
    for (let i = 0; i < 200; i++) expect(isStrongPassword(generatePassword())).toBe(true);
  });
  it('avoids characters that are easy to misread', () => {
    for (let i = 0; i < 50; i++) expect(generatePassword()).not.toMatch(/[0O1lI]/);
  });
});
