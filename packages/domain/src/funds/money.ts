/**
 * Money travels and is stored as integer fen; people read 元 with two decimals. The text is built
 * from the integer (never fen / 100 as a float), so every safe integer prints exactly.
 */
export function yuanText(fen: number, options: { grouped?: boolean } = {}): string {
  const negative = fen < 0;
  const magnitude = Math.abs(fen);
  const whole = String(Math.trunc(magnitude / 100));
  const cents = String(magnitude % 100).padStart(2, '0');
  const yuan = options.grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
