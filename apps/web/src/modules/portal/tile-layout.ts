/**
 * A schematic "tile map": each region is one square on a grid, placed roughly where it lies, so
 * a visitor recognises the province at a glance without any real map geometry. Only 河南 has a
 * hand-made layout; any other region falls back to a compact grid in code order.
 */
export interface TilePlacement {
  code: string;
  name: string;
  row: number;
  col: number;
}

export interface TileGrid {
  rows: number;
  cols: number;
  tiles: TilePlacement[];
}

/** 河南省's cities by rough position (north at the top), from their seats' longitude and latitude. */
const HENAN_CITIES: Record<string, [row: number, col: number]> = {
  '410500': [0, 3], // 安阳
  '410600': [0, 4], // 鹤壁
  '410900': [0, 5], // 濮阳
  '419000': [1, 1], // 省直辖（济源）
  '410800': [1, 2], // 焦作
  '410700': [1, 3], // 新乡
  '411200': [2, 0], // 三门峡
  '410300': [2, 1], // 洛阳
  '410100': [2, 2], // 郑州
  '410200': [2, 3], // 开封
  '411400': [2, 4], // 商丘
  '410400': [3, 1], // 平顶山
  '411000': [3, 2], // 许昌
  '411100': [3, 3], // 漯河
  '411600': [3, 4], // 周口
  '411300': [4, 1], // 南阳
  '411700': [4, 3], // 驻马店
  '411500': [5, 3], // 信阳
};

const LAYOUTS: Record<string, Record<string, [number, number]>> = {
  '410000': HENAN_CITIES,
};

/** A near-square grid, a little wider than tall, filled row by row in code order. */
function genericGrid(regions: readonly { code: string; name: string }[]): TileGrid {
  const sorted = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length * 1.5)));
  const tiles = sorted.map((region, index) => ({
    code: region.code,
    name: region.name,
    row: Math.floor(index / cols),
    col: index % cols,
  }));
  return { rows: Math.ceil(sorted.length / cols), cols, tiles };
}

export function tileGrid(parentCode: string, regions: readonly { code: string; name: string }[]): TileGrid {
  const layout = LAYOUTS[parentCode];
  if (!layout || regions.some((region) => !layout[region.code])) return genericGrid(regions);
  const tiles = regions.map((region) => {
    const [row, col] = layout[region.code]!;
    return { code: region.code, name: region.name, row, col };
  });
  return {
    rows: Math.max(...tiles.map((tile) => tile.row)) + 1,
    cols: Math.max(...tiles.map((tile) => tile.col)) + 1,
    tiles,
  };
}

/** 0 for none, then 1..steps by share of the largest count, so one big city does not wash out the rest. */
export function intensity(count: number, max: number, steps = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * steps));
}
