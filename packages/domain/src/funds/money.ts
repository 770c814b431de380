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

const YUAN_TEXT = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * An amount of 元 as a bank or a person writes it — `6248`, `6,248.00`, `¥6248.5`, a number cell —
 * as integer fen, read digit by digit (never through a float); null when it is not an amount with
 * at most two decimals.
 */
export function parseYuan(value: string | number): number | null {
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? value.toFixed(2).replace(/\.?0+$/, '')
        : ''
      : value.normalize('NFKC').replace(/[\s,¥￥元]/g, '');
  const match = YUAN_TEXT.exec(text);
  if (!match) return null;
  if (typeof value === 'number' && Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}
