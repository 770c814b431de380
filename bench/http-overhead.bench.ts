// What the platform costs per request: a bare Fastify route (the limit) beside the project's
// /api/health (one SELECT 1), an authenticated /api/v1/auth/me (session lookup through the central
// guard plus a user read) and a public reference list, all on PostgreSQL, same machine, same run.
import { parseArgs } from 'node:util';
import { TEST_KEYS } from '../apps/server/src/test-support/test-app';
import { startPostgres } from '../scripts/postgres-cluster.mjs';
import { runLoad } from './lib/load';
import { freePort, startBareFastify, startServer, writeResult } from './lib/processes';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '32' } },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const cluster = await startPostgres();
const barePort = await freePort();
const appPort = await freePort();
const bare = await startBareFastify(barePort);
const app = await startServer(appPort, {
  ...TEST_KEYS,
  DATABASE_URL: cluster.url,
  QIANCHENG_DEMO: 'true',
  QIANCHENG_WEB_DIST: '',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});

try {
  const login = await fetch(`http://127.0.0.1:${appPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-staff', password: 'Qiancheng2025' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const warm = { concurrency, seconds: 2 };
  const measure = async (port: number, path: string, headers?: Record<string, string>) => {
    await runLoad({ port, path, headers, ...warm });
    return runLoad({ port, path, headers, concurrency, seconds });
  };
  const limit = await measure(barePort, '/bare');
  const routes = {
    health: await measure(appPort, '/api/health'),
    me: await measure(appPort, '/api/v1/auth/me', { cookie }),
    regions: await measure(appPort, '/api/v1/reference/regions?parent=410000'),
  };
  const ratios = Object.fromEntries(
    Object.entries(routes).map(([name, r]) => [
      name,
      { rpsShareOfBare: r.rps / limit.rps, p95OverBare: r.p95Ms / limit.p95Ms },
    ]),
  );
  const result = {
    benchmark: 'http-overhead',
    postgres: cluster.version,
    concurrency,
    seconds,
    limit,
    routes,
    ratios,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`written to ${writeResult('http-overhead', result)}`);
} finally {
  await app.stop();
  await bare.stop();
  await cluster.stop();
}
