import { yuanText } from '@qiancheng/domain/funds/money';

/**
 * Prices travel in fen; people read and type 元 with two decimals. `grouped` separates thousands,
 * for the large sums of budgets.
 */
export function yuan(fen: number, options: { grouped?: boolean } = {}): string {
  return yuanText(fen, options);
}

export function fenOf(yuanAmount: number): number {
  return Math.round(yuanAmount * 100);
}
