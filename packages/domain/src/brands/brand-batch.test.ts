import { describe, expect, it } from 'vitest';
import { batchLabel, defaultBatchTitle, nextBatchNumber } from './brand-batch';

describe('batch numbering', () => {
  it.each([
    [null, 1],
    [undefined, 1],
    [0, 1],
    [1, 2],
    [9, 10],
  ])('after %s comes %s', (previous, next) => {
    expect(nextBatchNumber(previous)).toBe(next);
  });

  it.each([
    ['河南省', 1, '河南省第1批培训品牌'],
    ['郑州市', 2, '郑州市第2批培训品牌'],
    ['新疆维吾尔自治区', 12, '新疆维吾尔自治区第12批培训品牌'],
  ])('titles %s batch %s as %s', (region, number, title) => {
    expect(defaultBatchTitle(region, number)).toBe(title);
  });

  it('labels a batch in either language', () => {
    expect(batchLabel(3)).toBe('第3批');
    expect(batchLabel(3, 'en-US')).toBe('Batch 3');
  });
});
