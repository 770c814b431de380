/** A QR code's modules, as the qrcode package's `create()` returns them (1 = dark). */
export interface QrMatrix {
  size: number;
  get(row: number, column: number): number | boolean;
}

/**
 * The dark modules as one SVG path in module units (one module = 1 × 1), so the code stays sharp
 * at any size, on paper (PDF) and on screen (SVG) alike. Runs of dark modules in a row are one
 * rectangle each, which keeps the path short.
 */
export function qrModulesPath(matrix: QrMatrix): string {
  let path = '';
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.get(row, column)) column++;
      path += `M${start} ${row}h${column - start}v1h-${column - start}z`;
    }
  }
  return path;
}
