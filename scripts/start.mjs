#!/usr/bin/env node
// `npm start`: builds the web app when its sources are newer than the build, then runs the server
// (TypeScript through tsx) in this process. Embedded PGlite in ./data unless DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'apps/web/dist/index.html');
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/domain/src'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const stale =
  !existsSync(built) ||
  sources.some(
    (source) => existsSync(join(root, source)) && newest(join(root, source)) > statSync(built).mtimeMs,
  );
if (stale && process.env.QIANCHENG_SKIP_WEB_BUILD !== '1') {
  console.log('构建网页 Building the web app…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
process.chdir(root);
await import('../apps/server/src/main.ts');
