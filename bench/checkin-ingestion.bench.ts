// QR check-in ingestion through the HTTP API on PostgreSQL, against the single-row INSERT rate
// pgbench reaches on the same server at the same concurrency in the same run. Several hundred
// classes have a session running now; thousands of trainees, each with a worker session cookie,
// post valid codes over many connections at once. The phones first open the check-in page; then
// every trainee's first scan (which starts the classes and moves the trainees to attending) is
// measured on its own; then the API and
// pgbench take turns in short slices, so a machine whose background load drifts weighs on both
// alike. The cluster keeps its durability on (fsync and synchronous commit): a check-in is
// answered only once it is on disk, and pgbench's rows are committed the same way. Target: the
// API stores at least half of pgbench's rate. Afterwards the benchmark checks that every accepted
// check-in is stored exactly once.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { QR_KEY_LABEL, QrSigner } from '../apps/server/src/modules/attendance/qr-signer';
import { loadConfig } from '../apps/server/src/platform/config';
import { createServer } from '../apps/server/src/server';
import { TEST_KEYS } from '../apps/server/src/test-support/test-app';
import { startPostgres } from '../scripts/postgres-cluster.mjs';
import { loadCheckInData } from './checkin-ingestion-data';
import { runPgbench } from './lib/pgbench';
import { freePort, startServer, writeResult } from './lib/processes';
import { type LoadRequest, pooled, runRequestLoad } from './lib/request-load';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '64' },
    slices: { type: 'string', default: '4' },
    classes: { type: 'string', default: '300' },
    trainees: { type: 'string', default: '20' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const classes = Number(values.classes);
const traineesPerClass = Number(values.trainees);

const DURABLE = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' };
const DEVICE = 'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';

/** One row a transaction into a table shaped like attendance_events, as a check-in writes it. */
const PGBENCH_SCRIPT = `\\set n random(1, ${classes * traineesPerClass})
insert into bench_single_insert (occurred_at, class_id, session_id, person_id, attendee, direction, source,
  device, latitude, longitude, recorded_by)
values (now(), md5('bench-class-' || (:n % ${classes} + 1))::uuid, md5('bench-session-' || (:n % ${classes} + 1))::uuid,
  md5('bench-person-' || :n)::uuid, 'trainee', 'in', 'qr', '${DEVICE}', 34.7466, 113.6254, md5('bench-user-' || :n)::uuid);
`;

const cluster = await startPostgres({ settings: DURABLE });
const env: NodeJS.ProcessEnv = {
  ...TEST_KEYS,
  DATABASE_URL: cluster.url,
  QIANCHENG_DEMO: 'true',
  QIANCHENG_WEB_DIST: '',
  LOG_LEVEL: 'warn',
};
const stops: (() => Promise<void>)[] = [() => cluster.stop()];

try {
  // Schema, reference and demo data exactly as the server makes them; then the classes.
  const setup = await createServer(loadConfig(env), env, { logger: false });
  const idNumberCipher = setup.platform.vault.encrypt('410102199001010000');
  const signer = new QrSigner(setup.platform.vault.derivedKey(QR_KEY_LABEL));
  await setup.stop();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  stops.unshift(() => client.end());
  const data = await loadCheckInData(client, { classes, traineesPerClass, idNumberCipher });
  await client.query(
    'create table bench_single_insert (like attendance_events including defaults including indexes)',
  );
  console.log(`${classes} classes with a session now, ${data.trainees.length} trainees signed in`);

  const appPort = await freePort();
  const app = await startServer(appPort, { ...env, QIANCHENG_DEMO: 'false', HOST: '127.0.0.1' });
  stops.unshift(() => app.stop());

  // Codes change every 30 seconds: each trainee's request is made once per window and reused, so
  // the load generator spends as little of the machine as it can.
  const requests = new Map<number, { window: number; request: LoadRequest }>();
  let turn = 0;
  const next = (): LoadRequest => {
    const index = turn % data.trainees.length;
    turn += 1;
    const nowMs = Date.now();
    const window = Math.floor(nowMs / 30_000);
    const cached = requests.get(index);
    if (cached?.window === window) return cached.request;
    const trainee = data.trainees[index]!;
    const body = JSON.stringify({
      token: signer.issue(trainee.sessionId, nowMs).token,
      position: { latitude: 34.7466, longitude: 113.6254, accuracy: 20 },
    });
    const request: LoadRequest = {
      method: 'POST',
      path: '/api/v1/attendance/check-in',
      headers: {
        cookie: trainee.cookie,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': DEVICE,
      },
      body,
    };
    requests.set(index, { window, request });
    return request;
  };

  const pgbenchSlice = (sliceSeconds: number) =>
    runPgbench({
      bin: cluster.bin,
      url: cluster.url,
      script: PGBENCH_SCRIPT,
      clients: concurrency,
      seconds: sliceSeconds,
    });
  // The phones open the check-in page first (it reads the signed-in user), which also warms the
  // server up before anything is measured.
  let opened = 0;
  const pageLoads = await runRequestLoad({
    port: appPort,
    concurrency,
    seconds: 120,
    requests: data.trainees.length,
    next: () => ({
      method: 'GET',
      path: '/api/v1/auth/me',
      headers: { cookie: data.trainees[opened++ % data.trainees.length]!.cookie },
    }),
    expected: 200,
  });
  // The first scans, one per trainee: each moves its trainee to attending and may start a class.
  const firstScans = await runRequestLoad({
    port: appPort,
    concurrency,
    seconds: 120,
    requests: data.trainees.length,
    next,
    expected: 201,
  });
  // The API and pgbench take turns in short slices, so a machine whose background load drifts
  // weighs on both alike and their ratio holds.
  const slices = Number(values.slices);
  const sliceSeconds = seconds / slices;
  const pgbenchSlices: ReturnType<typeof pgbenchSlice>[] = [];
  const apiSlices: Awaited<ReturnType<typeof runRequestLoad>>[] = [];
  for (let round = 0; round < slices; round += 1) {
    pgbenchSlices.push(pgbenchSlice(sliceSeconds));
    apiSlices.push(
      await runRequestLoad({ port: appPort, concurrency, seconds: sliceSeconds, next, expected: 201 }),
    );
  }
  // pgbench's own rate excludes its connection time, so its time is taken from its rates.
  const limitTps =
    pgbenchSlices.reduce((a, r) => a + r.transactions, 0) /
    pgbenchSlices.reduce((a, r) => a + r.transactions / r.tps, 0);
  const measured = pooled(apiSlices);

  const accepted = firstScans.requests + measured.requests;
  const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  const verification = {
    accepted,
    stored: await one('select count(*) as n from attendance_events'),
    storedTwice: await one(
      `select count(*) as n from (select person_id, occurred_at from attendance_events
         group by 1, 2 having count(*) > 1) twice`,
    ),
    peopleWithRecords: await one('select count(distinct person_id) as n from attendance_events'),
    checkIns: await one(`select count(*) as n from attendance_events where direction = 'in'`),
    attendingTrainees: await one(`select count(*) as n from enrolments where status = 'attending'`),
    classesStarted: await one(`select count(*) as n from training_classes where status = 'in_progress'`),
  };
  const exactlyOnce =
    verification.stored === accepted &&
    verification.storedTwice === 0 &&
    verification.checkIns === verification.peopleWithRecords &&
    verification.attendingTrainees === verification.peopleWithRecords;

  const result = {
    benchmark: 'checkin-ingestion',
    postgres: cluster.version,
    settings: DURABLE,
    concurrency,
    seconds,
    data: { classes, trainees: data.trainees.length },
    limit: { pgbench: pgbenchSlices, tps: limitTps },
    slices,
    pageLoads: pooled([pageLoads]),
    firstScans: pooled([firstScans]),
    measured,
    ratio: measured.rps / limitTps,
    firstScanRatio: firstScans.rps / limitTps,
    overallRatio: accepted / (firstScans.seconds + measured.seconds) / limitTps,
    target: 0.5,
    verification: { ...verification, exactlyOnce },
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`written to ${writeResult('checkin-ingestion', result)}`);
  console.log(
    `check-ins ${measured.rps.toFixed(0)}/s vs pgbench single-row INSERT ${limitTps.toFixed(0)}/s at ${concurrency} connections: ratio ${result.ratio.toFixed(2)} (target 0.50); first scans ${firstScans.rps.toFixed(0)}/s (${result.firstScanRatio.toFixed(2)}); all check-ins ${result.overallRatio.toFixed(2)}; every accepted check-in stored exactly once: ${exactlyOnce}`,
  );
  if (!exactlyOnce) process.exitCode = 1;
} finally {
  for (const stop of stops) await stop();
}
