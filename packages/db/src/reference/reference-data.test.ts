import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOccupationCode } from '@qiancheng/domain/reference/occupation-code';
import { isPriorityFieldCode } from '@qiancheng/domain/reference/priority-fields';
import { parentRegionCode, regionLevel } from '@qiancheng/domain/region/region-code';
import { describe, expect, it } from 'vitest';

interface Region {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

interface Occupation {
  code: string;
  name: string;
  priorityField: string;
  source: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(here, file), 'utf8')) as T[];

describe('regions.json', () => {
  const regions = read<Region>('regions.json');
  const byCode = new Map(regions.map((region) => [region.code, region]));

  it('lists every province, with cities and counties below them', () => {
    expect(regions.filter((region) => region.level === 1)).toHaveLength(31);
    expect(regions.length).toBeGreaterThan(3000);
    expect(byCode.size).toBe(regions.length);
  });

  it('agrees with the code rules: level from the code, parent one level up', () => {
    for (const region of regions) {
      expect(regionLevel(region.code), region.code).toBe(region.level);
      expect(region.parentCode, region.code).toBe(parentRegionCode(region.code));
      if (region.parentCode !== null) expect(byCode.has(region.parentCode), region.code).toBe(true);
      expect(region.name.trim()).not.toBe('');
    }
  });

  it('is sorted by code', () => {
    const codes = regions.map((region) => region.code);
    expect(codes).toEqual([...codes].sort());
  });

  it.each([
    ['410000', '河南省'],
    ['410100', '郑州市'],
    ['419001', '济源市'],
    ['441900', '东莞市'],
    ['110105', '朝阳区'],
  ])('has %s %s', (code, name) => {
    expect(byCode.get(code)?.name).toBe(name);
  });
});

describe('occupations.json', () => {
  const occupations = read<Occupation>('occupations.json');

  it('has well-formed, unique codes and names', () => {
    for (const occupation of occupations) {
      expect(parseOccupationCode(occupation.code), occupation.code).toMatchObject({
        ok: true,
        value: { code: occupation.code },
      });
    }
    expect(new Set(occupations.map((o) => o.code)).size).toBe(occupations.length);
    expect(new Set(occupations.map((o) => o.name)).size).toBe(occupations.length);
  });

  it('names a known priority field and a source for every entry', () => {
    for (const occupation of occupations) {
      expect(isPriorityFieldCode(occupation.priorityField), occupation.code).toBe(true);
      expect(occupation.source, occupation.code).toMatch(/职业分类大典（2022年版）/);
    }
  });

  it('covers each of the four priority fields', () => {
    for (const field of [
      'elderly_childcare',
      'advanced_manufacturing',
      'modern_services',
      'new_occupations',
    ]) {
      expect(occupations.filter((o) => o.priorityField === field).length, field).toBeGreaterThanOrEqual(5);
    }
  });

  it('includes 养老护理员 as 4-10-01-05', () => {
    expect(occupations.find((o) => o.code === '4-10-01-05')?.name).toBe('养老护理员');
  });
});
