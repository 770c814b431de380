import type { RegionLevel } from '@qiancheng/domain';

export const REGION_LEVEL_KEYS: Record<RegionLevel, 'level1' | 'level2' | 'level3'> = {
  1: 'level1',
  2: 'level2',
  3: 'level3',
};
