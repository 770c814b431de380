import { describe, expect, it } from 'vitest';
import { qrModulesPath } from './qr-path';

const matrix = (rows: string[]) => ({
  size: rows.length,
  get: (row: number, column: number) => rows[row]![column] === '#',
});

describe('qrModulesPath', () => {
  it.each([
    [['.'], ''],
    [['#'], 'M0 0h1v1h-1z'],
    [['##', '..'], 'M0 0h2v1h-2z'],
    [['#.#', '...', '###'], 'M0 0h1v1h-1zM2 0h1v1h-1zM0 2h3v1h-3z'],
    [['.##.', '#..#', '....', '.#..'], 'M1 0h2v1h-2zM0 1h1v1h-1zM3 1h1v1h-1zM1 3h1v1h-1z'],
  ])('%j → %s', (rows, path) => {
    expect(qrModulesPath(matrix(rows))).toBe(path);
  });
});
