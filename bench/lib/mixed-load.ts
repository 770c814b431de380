import { Agent, request } from 'node:http';
import type { LoadResult } from './load';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed-loop HTTP load like runLoad, but each request asks for the next path of a sequence (a mix of
 * queries, random ids), so one percentile covers the whole mix. Only ever aimed at 127.0.0.1.
 */
export async function runMixedLoad(options: {
  port: number;
  nextPath: () => string;
  concurrency: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Whether an answer is right; without it, any 200 counts. A wrong answer counts as an error. */
  check?: (path: string, status: number, body: string) => boolean;
}): Promise<LoadResult & { latencies: number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  const once = () =>
    new Promise<void>((resolveOnce) => {
      const t0 = performance.now();
      const path = options.nextPath();
      const { check } = options;
      const req = request(
        { host: '127.0.0.1', port: options.port, path, agent, headers: options.headers },
        (res) => {
          let body = '';
          if (check) {
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              body += chunk;
            });
          } else res.resume();
          res.on('end', () => {
            const right = check ? check(path, res.statusCode ?? 0, body) : res.statusCode === 200;
            if (right) latencies.push(performance.now() - t0);
            else errors += 1;
            resolveOnce();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolveOnce();
      });
      req.end();
    });
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...summarise(latencies, errors, seconds), latencies };
}

/** The result of a run from its latencies (in any order), its errors and its length. */
export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
  };
}

/**
 * Measures several workloads in alternating slices (a, b, c, a, b, c, …) and pools each one's
 * latencies: on a machine whose background load drifts, every workload sees the same drift, so
 * their ratios hold even when the absolute times do not.
 */
export async function runInterleaved(
  workloads: Record<
    string,
    {
      nextPath: () => string;
      headers?: Record<string, string>;
      check?: (path: string, status: number, body: string) => boolean;
      /** Another server than `options.port`, e.g. the bare Fastify limit measured in the same slices. */
      port?: number;
    }
  >,
  options: { port: number; concurrency: number; seconds: number; slices: number },
): Promise<Record<string, LoadResult>> {
  const pooled = Object.fromEntries(
    Object.keys(workloads).map((name) => [name, { latencies: [] as number[], errors: 0, seconds: 0 }]),
  );
  const slice = options.seconds / options.slices;
  for (let round = 0; round < options.slices; round += 1) {
    for (const [name, workload] of Object.entries(workloads)) {
      const result = await runMixedLoad({ ...options, ...workload, seconds: slice });
      const pool = pooled[name]!;
      pool.latencies.push(...result.latencies);
      pool.errors += result.errors;
      pool.seconds += result.seconds;
    }
  }
  return Object.fromEntries(
    Object.entries(pooled).map(([name, pool]) => [
      name,
      summarise(pool.latencies, pool.errors, pool.seconds),
    ]),
  );
}

/** Cycles through a list: each call returns the next entry. */
export function roundRobin(paths: readonly string[]): () => string {
  let next = 0;
  return () => {
    const path = paths[next % paths.length]!;
    next += 1;
    return path;
  };
}
