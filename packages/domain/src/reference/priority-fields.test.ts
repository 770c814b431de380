import { describe, expect, it } from 'vitest';
import {
  findPriorityField,
  isPriorityFieldCode,
  PRIORITY_FIELD_CODES,
  PRIORITY_FIELDS,
  priorityField,
} from './priority-fields';

describe('priority fields', () => {
  it('lists the four fields of the action and other', () => {
    expect(PRIORITY_FIELDS.map((field) => [field.code, field.name['zh-CN']])).toEqual([
      ['elderly_childcare', '康养托育'],
      ['advanced_manufacturing', '先进制造'],
      ['modern_services', '现代服务'],
      ['new_occupations', '新职业'],
      ['other', '其他'],
    ]);
    expect(PRIORITY_FIELD_CODES).toEqual(PRIORITY_FIELDS.map((field) => field.code));
  });

  it.each([
    ['elderly_childcare', true],
    ['other', true],
    ['康养托育', false],
    ['', false],
  ])('isPriorityFieldCode(%j) is %s', (value, expected) => {
    expect(isPriorityFieldCode(value)).toBe(expected);
  });

  it.each([
    ['elderly_childcare', 'elderly_childcare'],
    [' Advanced_Manufacturing ', 'advanced_manufacturing'],
    ['康养托育', 'elderly_childcare'],
    [' 新职业 ', 'new_occupations'],
    ['modern services', 'modern_services'],
    ['其他', 'other'],
    ['养老', undefined],
    ['', undefined],
  ])('findPriorityField(%j) is %s', (text, code) => {
    expect(findPriorityField(text)?.code).toBe(code);
  });

  it('finds a field by code', () => {
    expect(priorityField('new_occupations').name['en-US']).toBe('New occupations');
  });
});
