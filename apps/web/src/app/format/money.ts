/** Prices travel in fen; people read and type 元 with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

export function fenOf(yuanAmount: number): number {
  return Math.round(yuanAmount * 100);
}
