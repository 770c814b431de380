/**
 * 培训品牌发布批次: each region numbers its batches 1, 2, 3… (第1批, 第2批…); a batch's default title
 * names the region and the number, as a published list would be headed.
 */
export function nextBatchNumber(previousMax: number | null | undefined): number {
  return (previousMax ?? 0) + 1;
}

export function batchLabel(number: number, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  return locale === 'zh-CN' ? `第${number}批` : `Batch ${number}`;
}

/** 河南省第1批培训品牌. */
export function defaultBatchTitle(regionName: string, number: number): string {
  return `${regionName}${batchLabel(number)}培训品牌`;
}
