/*
 * Percentages travel as integer basis points (10000 = 100%); people read and type them in % with
 * at most two decimals. Money uses the app's 元 helpers (`yuan`, `fenOf`).
 */

/** Basis points as the % a person types: 8000 → 80, 7990 → 79.9. */
export function percentOf(basisPoints: number): number {
  return basisPoints / 100;
}

/** A typed % back to whole basis points, without the float's stray digits: 79.9 → 7990. */
export function basisPointsOf(percent: number): number {
  return Math.round(percent * 100);
}

/** Basis points as text, built from the integer: 8000 → "80%", 7990 → "79.9%", 5 → "0.05%". */
export function percentText(basisPoints: number): string {
  const sign = basisPoints < 0 ? '-' : '';
  const magnitude = Math.abs(basisPoints);
  const whole = Math.trunc(magnitude / 100);
  const rest = magnitude % 100;
  const decimals = rest === 0 ? '' : `.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${whole}${decimals}%`;
}
