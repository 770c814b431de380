/**
 * GB/T 2260 administrative division codes: six digits, two for the province, two for the
 * city (prefecture) and two for the county. A province is `PP0000`, a city `PPCC00`, a county `PPCCDD`.
 */
export type RegionLevel = 1 | 2 | 3;

const REGION_CODE = /^\d{6}$/;

export function isRegionCodeFormat(code: string): boolean {
  return REGION_CODE.test(code);
}

export function regionLevel(code: string): RegionLevel {
  if (!isRegionCodeFormat(code)) throw new RangeError(`not a GB/T 2260 code: ${code}`);
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

/** The significant prefix of a code: every code in its subtree starts with it. */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return code.slice(0, level * 2);
}

/** True when `candidate` is `ancestor` itself or lies below it. */
export function isWithinRegion(candidate: string, ancestor: string): boolean {
  if (!isRegionCodeFormat(candidate) || !isRegionCodeFormat(ancestor)) return false;
  return candidate.startsWith(regionPrefix(ancestor));
}

/** The code of the parent region, or null for a province. */
export function parentRegionCode(code: string): string | null {
  const level = regionLevel(code);
  if (level === 1) return null;
  if (level === 2) return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

/**
 * The half-open range [from, to) of codes in a region's subtree, so a B-tree index on the code
 * answers a subtree query as a range scan.
 */
export function regionCodeRange(code: string): { from: string; to: string } {
  const prefix = regionPrefix(code);
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return { from: prefix.padEnd(6, '0'), to: next.padEnd(6, '0') };
}
