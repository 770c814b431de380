#!/usr/bin/env node
// The whole test suite: static checks, unit tests, the integration tests on PGlite and on a
// throwaway PostgreSQL cluster, and browser tests in headless Chromium. `npm test -- unit e2e`
// runs only the named suites. A suite that cannot run here is reported as SKIPPED; under CI (or
// with QIANCHENG_REQUIRE_ALL_SUITES=1) a skipped suite fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres-cluster.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.tmp', 'test-reports');
const requireAll = process.env.CI === 'true' || process.env.QIANCHENG_REQUIRE_ALL_SUITES === '1';
export const CHROMIUM = process.env.QIANCHENG_CHROMIUM || '/usr/bin/chromium';

function run(command, args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolveRun(code ?? 1));
  });
}

/** Runs one Vitest project and reads its counts from the JSON report. */
async function vitest(project, env = {}, reportName = project) {
  mkdirSync(reportDir, { recursive: true });
  const report = join(reportDir, `${reportName}.json`);
  rmSync(report, { force: true });
  const code = await run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (!existsSync(report))
    return { passed: 0, failed: 1, skipped: 0, note: `vitest exited ${code} without a report` };
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const failed = result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? 1 : 0);
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  if (result.numTotalTests === 0) return { passed: 0, failed: 1, skipped: 0, note: 'no tests found' };
  return { passed: result.numPassedTests, failed, skipped };
}

const suites = {
  async static() {
    let passed = 0;
    let failed = 0;
    for (const [command, args] of [
      ['npx', ['biome', 'check', '.']],
      ['npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ]) {
      console.log(`\n$ ${command} ${args.join(' ')}`);
      if ((await run(command, args)) === 0) passed += 1;
      else failed += 1;
    }
    return { passed, failed, skipped: 0 };
  },

  unit: () => vitest('unit'),

  'integration-pglite': () => vitest('integration', { QIANCHENG_TEST_DB: 'pglite' }, 'integration-pglite'),

  async 'integration-postgresql'() {
    let cluster;
    try {
      cluster = await startPostgres();
    } catch (error) {
      return { skip: `no PostgreSQL server could be started: ${error.message}` };
    }
    try {
      console.log(`PostgreSQL ${cluster.version} on ${cluster.url}`);
      return await vitest(
        'integration',
        { QIANCHENG_TEST_DB: 'postgresql', QIANCHENG_TEST_PG_URL: cluster.url },
        'integration-postgresql',
      );
    } finally {
      await cluster.stop();
    }
  },

  async e2e() {
    if (!existsSync(CHROMIUM))
      return { skip: `no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)` };
    const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
    if (fonts.status === 0 && fonts.stdout.trim() === '') {
      return {
        skip: 'no CJK font installed (apt-get install fonts-noto-cjk); Chinese pages would render as boxes',
      };
    }
    console.log('\n$ npm run build');
    if ((await run('npm', ['run', 'build'])) !== 0)
      return { passed: 0, failed: 1, skipped: 0, note: 'web build failed' };
    return vitest('e2e', { QIANCHENG_CHROMIUM: CHROMIUM });
  },
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const selected = requested.length ? requested : Object.keys(suites);
const results = [];
for (const name of selected) {
  console.log(`\n━━━━ ${name} ━━━━`);
  const started = Date.now();
  const result = await suites[name]();
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.skip) {
    console.log(`\n!!!!!!!! SKIPPED ${name}: ${result.skip} !!!!!!!!`);
    results.push({
      name,
      passed: 0,
      failed: requireAll ? 1 : 0,
      skipped: 1,
      seconds,
      note: `SKIPPED: ${result.skip}`,
    });
  } else {
    results.push({ name, seconds, ...result });
  }
}

console.log('\n━━━━ summary ━━━━');
for (const r of results) {
  const state = r.failed ? 'FAIL' : r.note?.startsWith('SKIPPED') ? 'SKIPPED' : 'ok';
  console.log(
    `${state.padEnd(7)} ${r.name.padEnd(24)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds}s)${r.note ? ` — ${r.note}` : ''}`,
  );
}
const totals = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
if (requireAll && results.some((r) => r.note?.startsWith('SKIPPED'))) {
  console.log('A suite was skipped and every suite is required here (CI or QIANCHENG_REQUIRE_ALL_SUITES=1).');
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
