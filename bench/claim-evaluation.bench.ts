// Batch evaluation of claim lines on PostgreSQL against one SQL query that reads the same inputs,
// in the same run. A claim line is one trainee's training subsidy in one class; the batch evaluator
// (apps/server/src/modules/claims/batch-evaluation.ts) reads every input of every enrolment of the
// selected classes through a cursor over one statement (`claimInputsQuery`), in chunks, builds each
// line's input with the quote path's builder and runs `quoteTrainingSubsidy` on it. The limit is
// that statement run as a plain query, every row parsed by the client (node-postgres, as the
// evaluator's rows are) and dropped. Target: evaluating takes at most 3× the time of that query.
//
// `--lines` (default 1 000 000) enrolments of `--trainees` (30) per class, `--sessions` (8) sessions
// per class with one attendance row per check-in or check-out; `--rounds` (2) times the query then
// the evaluation, each measured on its own; the ratio is taken from the fastest of each.
import { parseArgs } from 'node:util';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { ClaimBatchEvaluator } from '../apps/server/src/modules/claims/batch-evaluation';
import { type ClaimSelection, claimInputsQuery } from '../apps/server/src/modules/claims/batch-inputs';
import { seedDemo } from '../apps/server/src/modules/demo/seed';
import { createServices } from '../apps/server/src/modules/register';
import { openPlatform } from '../apps/server/src/platform/bootstrap';
import { loadConfig } from '../apps/server/src/platform/config';
import { TEST_KEYS } from '../apps/server/src/test-support/test-app';
import { startPostgres } from '../scripts/postgres-cluster.mjs';
import { loadClaimBenchData } from './claim-evaluation-data';
import { writeResult } from './lib/processes';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    trainees: { type: 'string', default: '30' },
    sessions: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    chunk: { type: 'string', default: '20000' },
  },
});
const lines = Number(values.lines);
const rounds = Number(values.rounds);
const chunkSize = Number(values.chunk);

/** A database server given memory for batch reads; durability does not matter to reads. */
const SETTINGS = { shared_buffers: '2GB', work_mem: '256MB', effective_cache_size: '8GB' };
const SELECTION: ClaimSelection = { regionCode: '410000', startFrom: '2026-01-01', startTo: '2026-12-31' };

/** Peak resident memory of this process while `run` runs, sampled every 50 ms. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const cluster = await startPostgres({ settings: SETTINGS });
const env: NodeJS.ProcessEnv = {
  ...TEST_KEYS,
  DATABASE_URL: cluster.url,
  QIANCHENG_DEMO: 'true',
  LOG_LEVEL: 'warn',
};
const stops: (() => Promise<void>)[] = [() => cluster.stop()];

try {
  const platform = await openPlatform(loadConfig(env), env);
  stops.unshift(() => platform.close());
  const services = createServices(platform);
  await seedDemo(platform, services);
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  stops.unshift(() => client.end());
  console.log(`loading ${lines} enrolments …`);
  const data = await loadClaimBenchData(client, {
    lines,
    traineesPerClass: Number(values.trainees),
    sessionsPerClass: Number(values.sessions),
  });
  console.log(JSON.stringify(data));

  const query = new PgDialect().sqlToQuery(claimInputsQuery(SELECTION));
  /** The limit: the one statement, every row parsed by the client and dropped. */
  const baseline = () =>
    withPeakRss(
      () =>
        new Promise<{ rows: number; seconds: number }>((resolve, reject) => {
          const started = performance.now();
          let rows = 0;
          const running = client.query(new pg.Query(query.sql, query.params as unknown[]));
          running.on('row', () => {
            rows += 1;
          });
          running.on('error', reject);
          running.on('end', () => resolve({ rows, seconds: (performance.now() - started) / 1000 }));
        }),
    );
  const evaluator = new ClaimBatchEvaluator(platform, {
    policies: services.subsidyPolicies,
    calendar: services.calendar,
    reference: services.reference,
  });
  const evaluation = () =>
    withPeakRss(async () => {
      const totals = { lines: 0, eligible: 0, amountFen: 0, payableStages: 0, refused: 0, chunks: 0 };
      const started = performance.now();
      const summary = await evaluator.evaluate(SELECTION, {
        chunkSize,
        onPage: (page) => {
          for (const line of page) {
            totals.lines += 1;
            if (line.quote.eligible) totals.eligible += 1;
            else totals.refused += 1;
            totals.amountFen += line.quote.amountFen;
            for (const stage of line.quote.stages) if (stage.status === 'payable') totals.payableStages += 1;
          }
        },
      });
      totals.chunks = summary.chunks;
      return { ...totals, seconds: (performance.now() - started) / 1000 };
    });

  // The data was just written and vacuumed; one untimed pass of the query warms the caches alike.
  const warm = await baseline();
  console.log(`warm-up query: ${warm.value.rows} rows in ${warm.value.seconds.toFixed(1)} s`);
  const measured: {
    query: Awaited<ReturnType<typeof baseline>>;
    evaluation: Awaited<ReturnType<typeof evaluation>>;
  }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const q = await baseline();
    const e = await evaluation();
    measured.push({ query: q, evaluation: e });
    console.log(
      `round ${round + 1}: query ${q.value.rows} rows in ${q.value.seconds.toFixed(1)} s; evaluation ${e.value.lines} lines in ${e.value.seconds.toFixed(1)} s (${(e.value.seconds / q.value.seconds).toFixed(2)}×)`,
    );
  }
  const querySeconds = Math.min(...measured.map((m) => m.query.value.seconds));
  const evaluationSeconds = Math.min(...measured.map((m) => m.evaluation.value.seconds));
  const last = measured.at(-1)!.evaluation.value;
  const sameLines = measured.every((m) => m.query.value.rows === m.evaluation.value.lines);
  const ratio = evaluationSeconds / querySeconds;
  const result = {
    benchmark: 'claim-evaluation',
    postgres: cluster.version,
    settings: SETTINGS,
    selection: SELECTION,
    chunkSize,
    data: { ...data, traineesPerClass: Number(values.trainees), sessionsPerClass: Number(values.sessions) },
    rounds: measured.map((m) => ({
      querySeconds: m.query.value.seconds,
      queryPeakRssMb: m.query.peakRssMb,
      evaluationSeconds: m.evaluation.value.seconds,
      evaluationPeakRssMb: m.evaluation.peakRssMb,
      ratio: m.evaluation.value.seconds / m.query.value.seconds,
    })),
    query: { rows: measured[0]!.query.value.rows, seconds: querySeconds },
    evaluation: {
      lines: last.lines,
      chunks: last.chunks,
      seconds: evaluationSeconds,
      linesPerSecond: last.lines / evaluationSeconds,
      eligible: last.eligible,
      refused: last.refused,
      payableStages: last.payableStages,
      amountFen: last.amountFen,
    },
    peakRssMb: {
      query: Math.max(...measured.map((m) => m.query.peakRssMb)),
      evaluation: Math.max(...measured.map((m) => m.evaluation.peakRssMb)),
      process: process.resourceUsage().maxRSS / 1024,
    },
    ratio,
    target: 3,
    sameLines,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`written to ${writeResult('claim-evaluation', result)}`);
  console.log(
    `${last.lines} claim lines evaluated in ${evaluationSeconds.toFixed(1)} s (${(last.lines / evaluationSeconds).toFixed(0)} lines/s, peak RSS ${result.peakRssMb.evaluation.toFixed(0)} MB) vs the query reading the same inputs in ${querySeconds.toFixed(1)} s: ratio ${ratio.toFixed(2)} (target ≤ 3); every enrolment evaluated once: ${sameLines}`,
  );
  if (!sameLines || ratio > 3) process.exitCode = 1;
} finally {
  for (const stop of stops) await stop().catch(() => {});
}
