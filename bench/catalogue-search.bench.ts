// Public project search and the demand aggregate at province scale, against the primary-key lookup
// of a public project page on the same server, database and run. 100,000 public projects and
// 200,000 demand lines across every county of 河南 are bulk-loaded into a throwaway PostgreSQL.
// Targets: search p95 ≤ 5 × lookup p95, aggregate p95 ≤ 10 × lookup p95. A bare Fastify route is
// measured beside them as the HTTP limit of this machine.
//
// Indexes proposed for the schema and not yet in it are measured too: once without, then created
// here and measured again, so each run shows what they buy. When the schema has them, that second
// phase disappears by itself.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPlatform } from '../apps/server/src/platform/bootstrap';
import { loadConfig } from '../apps/server/src/platform/config';
import { TEST_KEYS } from '../apps/server/src/test-support/test-app';
import { startPostgres } from '../scripts/postgres-cluster.mjs';
import { loadBenchData } from './catalogue-search-data';
import type { LoadResult } from './lib/load';
import { roundRobin, runInterleaved, runMixedLoad } from './lib/mixed-load';
import { freePort, startBareFastify, startServer, writeResult } from './lib/processes';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '32' },
    projects: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '200000' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

/** Indexes this benchmark argues for, by the name and definition the schema would give them. */
const PROPOSED_INDEXES = [
  {
    name: 'projects_public_newest_idx',
    sql: `CREATE INDEX projects_public_newest_idx ON projects USING btree (published_at DESC NULLS LAST, id)
          WHERE status in ('published', 'adjusted')`,
  },
  {
    name: 'projects_public_hours_idx',
    sql: `CREATE INDEX projects_public_hours_idx ON projects USING btree
          ((coalesce(hours_theory, 0) + coalesce(hours_practice, 0)) DESC, published_at DESC NULLS LAST, id)
          WHERE status in ('published', 'adjusted')`,
  },
];

const q = (text: string) => `q=${encodeURIComponent(text)}`;

const cluster = await startPostgres();
const env: NodeJS.ProcessEnv = { ...TEST_KEYS, DATABASE_URL: cluster.url, QIANCHENG_DEMO: 'false' };
const barePort = await freePort();
const appPort = await freePort();
const stops: (() => Promise<void>)[] = [() => cluster.stop()];

try {
  // Schema and reference data exactly as the server makes them, then the bulk load.
  const platform = await openPlatform(loadConfig(env), env);
  const phoneCipher = platform.vault.encrypt('13800000000');
  await platform.close();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  stops.unshift(() => client.end());
  const loadStarted = performance.now();
  const data = await loadBenchData(client, {
    projects: Number(values.projects),
    lines: Number(values.lines),
    enterprises: 5_000,
    phoneCipher,
  });
  await client.query('VACUUM ANALYZE');
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(
    `loaded ${values.projects} projects and ${values.lines} demand lines in ${loadSeconds.toFixed(1)} s`,
  );

  const bare = await startBareFastify(barePort);
  stops.unshift(() => bare.stop());
  const app = await startServer(appPort, {
    ...env,
    QIANCHENG_DEMO: 'true',
    QIANCHENG_WEB_DIST: '',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  });
  stops.unshift(() => app.stop());

  const login = await fetch(`http://127.0.0.1:${appPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-staff', password: 'Qiancheng2025' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

  let random = 12345;
  const nextRandom = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(nextRandom() * list.length)]!;
  const county = () => pick(data.counties);
  const lookupPaths = () => `/api/v1/public/projects/${pick(data.projectIds)}`;

  /** The search mix: broad and narrow text, field, region and combined filters, and a second page. */
  const searchKinds: Record<string, string[]> = {
    text_broad: [q('护理'), `${q('护理')}&page=2`],
    text_phrase: [q('养老护理'), q('焊工')],
    field: ['field=elderly_childcare', 'field=advanced_manufacturing'],
    region: ['region=410100', ...Array.from({ length: 8 }, () => `region=${county()}`)],
    combined: [
      `region=410100&field=elderly_childcare&${q('护理')}`,
      `region=410300&occupation=6-18-02-04&mode=offline`,
      `${q('电工')}&group=rural_migrant_worker&level=L4`,
    ],
  };
  const searchMix = Object.values(searchKinds).flatMap((paths) =>
    paths.map((path) => `/api/v1/public/projects?${path}`),
  );
  const hoursPaths = ['sort=hours', 'field=modern_services&sort=hours'].map(
    (path) => `/api/v1/public/projects?${path}`,
  );

  const aggregateProbe = await fetch(`http://127.0.0.1:${appPort}/api/v1/aggregate?region=410000`, {
    headers: { cookie },
  });
  const aggregateAvailable = aggregateProbe.ok;

  const warm = async (nextPath: () => string, headers?: Record<string, string>) => {
    await runMixedLoad({ port: appPort, nextPath, headers, concurrency, seconds: 2 });
  };
  const lookup = { nextPath: lookupPaths };
  const search = { nextPath: roundRobin(searchMix) };
  const aggregate = { nextPath: () => '/api/v1/aggregate?region=410000', headers: { cookie } };
  const kinds = Object.fromEntries([
    ...Object.entries(searchKinds).map(([kind, paths]) => [
      kind,
      { nextPath: roundRobin(paths.map((path) => `/api/v1/public/projects?${path}`)) },
    ]),
    ['sort_hours', { nextPath: roundRobin(hoursPaths) }],
  ]);

  // Each phase alternates short slices of every workload, so background load on the machine
  // falls on all of them alike and the ratios stay comparable.
  const phase = async () => {
    await warm(lookup.nextPath);
    await warm(search.nextPath);
    const main = await runInterleaved(
      { lookup, search, ...(aggregateAvailable ? { aggregate } : {}) },
      { port: appPort, concurrency, seconds, slices: 5 },
    );
    const byKind = await runInterleaved(
      { lookup, ...kinds },
      { port: appPort, concurrency, seconds: Math.max(3, seconds / 2), slices: 3 },
    );
    const over = (result: LoadResult | undefined, base: LoadResult) =>
      result ? result.p95Ms / base.p95Ms : null;
    return {
      lookup: main.lookup!,
      search: main.search!,
      aggregate: main.aggregate ?? null,
      searchByKind: byKind,
      ratios: {
        searchP95OverLookupP95: over(main.search, main.lookup!)!,
        aggregateP95OverLookupP95: over(main.aggregate, main.lookup!),
        searchByKindP95OverLookupP95: Object.fromEntries(
          Object.keys(kinds).map((kind) => [kind, over(byKind[kind], byKind.lookup!)]),
        ),
      },
    };
  };

  const { latencies: _bareLatencies, ...limit } = await runMixedLoad({
    port: barePort,
    nextPath: () => '/bare',
    concurrency,
    seconds,
  });
  const schema = await phase();
  const existing = new Set(
    (
      await client.query<{ indexname: string }>(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'projects'`,
      )
    ).rows.map((row) => row.indexname),
  );
  const missing = PROPOSED_INDEXES.filter((index) => !existing.has(index.name));
  let proposed: (Awaited<ReturnType<typeof phase>> & { indexes: string[] }) | null = null;
  if (missing.length) {
    for (const index of missing) await client.query(index.sql);
    await client.query('ANALYZE projects');
    proposed = { indexes: missing.map((index) => index.name), ...(await phase()) };
  }

  const result = {
    benchmark: 'catalogue-search',
    postgres: cluster.version,
    concurrency,
    seconds,
    data: { projects: Number(values.projects), demandLines: Number(values.lines), loadSeconds },
    targets: { searchP95OverLookupP95: 5, aggregateP95OverLookupP95: 10 },
    notes: [
      'lookup: GET /api/v1/public/projects/:id on random ids (project, its published versions, its catalogues)',
      'search: GET /api/v1/public/projects round-robin over the mix in searchKinds; total counts up to 1,000 matches',
      aggregateAvailable
        ? 'aggregate: GET /api/v1/aggregate?region=410000 as province staff'
        : 'aggregate: skipped, /api/v1/aggregate did not answer 200',
    ],
    searchKinds,
    limit,
    schema,
    proposed,
  };
  console.log(JSON.stringify(result, null, 2));
  const summary = (name: string, r: typeof schema) =>
    `${name}: lookup p95 ${r.lookup.p95Ms.toFixed(1)} ms, search p95 ${r.search.p95Ms.toFixed(1)} ms ` +
    `(×${r.ratios.searchP95OverLookupP95.toFixed(2)}, target ≤5)` +
    (r.aggregate
      ? `, aggregate p95 ${r.aggregate.p95Ms.toFixed(1)} ms (×${r.ratios.aggregateP95OverLookupP95?.toFixed(2)}, target ≤10)`
      : ', aggregate skipped');
  console.log(summary('schema as is', schema));
  if (proposed) console.log(summary(`with ${proposed.indexes.join(', ')}`, proposed));
  console.log(`bare Fastify p95 ${limit.p95Ms.toFixed(1)} ms`);
  console.log(`written to ${writeResult('catalogue-search', result)}`);
} finally {
  for (const stop of stops) await stop().catch(() => {});
}
