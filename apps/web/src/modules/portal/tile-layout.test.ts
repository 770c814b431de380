import { describe, expect, it } from 'vitest';
import { intensity, tileGrid } from './tile-layout';

const HENAN = [
  '410100',
  '410200',
  '410300',
  '410400',
  '410500',
  '410600',
  '410700',
  '410800',
  '410900',
  '411000',
  '411100',
  '411200',
  '411300',
  '411400',
  '411500',
  '411600',
  '411700',
  '419000',
].map((code) => ({ code, name: code }));

function overlaps(tiles: { row: number; col: number }[]): boolean {
  return new Set(tiles.map((tile) => `${tile.row},${tile.col}`)).size !== tiles.length;
}

describe('tileGrid', () => {
  it('places every city of 河南 on its own tile, 郑州 in the middle', () => {
    const grid = tileGrid('410000', HENAN);
    expect(grid.tiles).toHaveLength(18);
    expect(overlaps(grid.tiles)).toBe(false);
    expect(grid.tiles.find((tile) => tile.code === '410100')).toMatchObject({ row: 2, col: 2 });
    expect(grid.tiles.find((tile) => tile.code === '411500')!.row).toBe(grid.rows - 1);
  });

  it('falls back to a compact grid for other regions or unknown children', () => {
    const districts = Array.from({ length: 15 }, (_, i) => ({ code: String(410101 + i), name: `d${i}` }));
    const grid = tileGrid('410100', districts);
    expect(grid.tiles).toHaveLength(15);
    expect(overlaps(grid.tiles)).toBe(false);
    expect(grid.cols).toBe(5);
    expect(grid.rows).toBe(3);
    const withNewCity = tileGrid('410000', [...HENAN, { code: '411800', name: 'new' }]);
    expect(overlaps(withNewCity.tiles)).toBe(false);
  });

  it('handles no regions', () => {
    expect(tileGrid('110000', []).tiles).toEqual([]);
  });
});

describe('intensity', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [5, 10, 3],
    [10, 10, 5],
    [3, 0, 0],
  ])('%i of %i → %i', (count, max, expected) => {
    expect(intensity(count, max)).toBe(expected);
  });
});
