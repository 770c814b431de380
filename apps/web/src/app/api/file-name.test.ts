import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './file-name';

describe('fileNameFrom', () => {
  it.each([
    [null, 'fallback.xlsx'],
    ['attachment', 'fallback.xlsx'],
    ['attachment; filename="demand.xlsx"', 'demand.xlsx'],
    ['attachment; filename=demand.xlsx', 'demand.xlsx'],
    [
      `attachment; filename="demand.xlsx"; filename*=UTF-8''${encodeURIComponent('用工需求.xlsx')}`,
      '用工需求.xlsx',
    ],
    [`attachment; filename*=UTF-8''%E0%A4%A; filename="plain.xlsx"`, 'plain.xlsx'],
  ])('%s → %s', (header, expected) => {
    expect(fileNameFrom(header, 'fallback.xlsx')).toBe(expected);
  });
});
