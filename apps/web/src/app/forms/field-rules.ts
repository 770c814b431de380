import { isStrongPassword, type Locale, PASSWORD_MAX_LENGTH, USERNAME_PATTERN } from '@qiancheng/domain';
import { ID_NUMBER_PROBLEMS, parseIdNumber } from '@qiancheng/domain/identity/id-number';
import { MOBILE_PROBLEMS, parseMobile } from '@qiancheng/domain/identity/mobile';
import type { FormRule } from 'antd';
import { defineMessages, translate } from '../i18n/messages';

const ruleMessages = defineMessages(
  {
    username: '用户名为 3–32 位字母、数字或 _ . -，以字母或数字开头',
    weakPassword: '密码至少 10 位，且须包含字母和数字',
    tooLong: '长度不能超过 {maximum}',
    mismatch: '两次输入的密码不一致',
  },
  {
    username: '3–32 letters, digits or _ . -, starting with a letter or digit',
    weakPassword: 'At least 10 characters with letters and digits',
    tooLong: 'At most {maximum} characters',
    mismatch: 'The two passwords do not match',
  },
);

/*
 * These mirror the rules the server applies (the same domain functions), so most mistakes are
 * caught before a round trip; the server still decides and its field errors are shown as well.
 */

export function usernameRule(locale: Locale): FormRule {
  return { pattern: USERNAME_PATTERN, message: translate(ruleMessages, locale, 'username') };
}

export function strongPasswordRule(locale: Locale): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      if (value.length > PASSWORD_MAX_LENGTH) {
        throw new Error(translate(ruleMessages, locale, 'tooLong', { maximum: PASSWORD_MAX_LENGTH }));
      }
      if (!isStrongPassword(value)) throw new Error(translate(ruleMessages, locale, 'weakPassword'));
    },
  };
}

/** The confirmation must equal the field named `passwordField`. */
export function matchesFieldRule(locale: Locale, passwordField: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (!value || getFieldValue(passwordField) === value) return;
      throw new Error(translate(ruleMessages, locale, 'mismatch'));
    },
  });
}

export function idNumberRule(locale: Locale): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const parsed = parseIdNumber(value);
      if (!parsed.ok) throw new Error(ID_NUMBER_PROBLEMS[parsed.reason][locale]);
    },
  };
}

export function mobileRule(locale: Locale): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const parsed = parseMobile(value);
      if (!parsed.ok) throw new Error(MOBILE_PROBLEMS[parsed.reason][locale]);
    },
  };
}
