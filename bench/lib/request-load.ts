import { Agent, request } from 'node:http';
import type { LoadResult } from './load';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed-loop load of requests that differ one from the next (each its own signed-in user, its own
 * body): `concurrency` connections, each sending the next request when its last one answered, for
 * `seconds`. Requests answered with `expected` count; everything else is an error. Only ever aimed
 * at 127.0.0.1.
 */
export type RequestLoadResult = LoadResult & { statuses: Record<number, number>; latencies: number[] };

function summarise(latencies: number[], errors: number, seconds: number, statuses: Record<number, number>) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    statuses,
  };
}

/** Several runs as one: their requests, time and latencies pooled. */
export function pooled(
  runs: readonly RequestLoadResult[],
): LoadResult & { statuses: Record<number, number> } {
  const statuses: Record<number, number> = {};
  for (const run of runs) {
    for (const [status, count] of Object.entries(run.statuses)) {
      statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
    }
  }
  return summarise(
    runs.flatMap((r) => r.latencies),
    runs.reduce((a, r) => a + r.errors, 0),
    runs.reduce((a, r) => a + r.seconds, 0),
    statuses,
  );
}

export async function runRequestLoad(options: {
  port: number;
  concurrency: number;
  seconds: number;
  next: () => LoadRequest;
  expected: number;
}): Promise<RequestLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const once = () =>
    new Promise<void>((done) => {
      const { method, path, headers, body } = options.next();
      const t0 = performance.now();
      const req = request({ host: '127.0.0.1', port: options.port, method, path, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === options.expected) latencies.push(performance.now() - t0);
          else errors += 1;
          done();
        });
      });
      req.on('error', () => {
        errors += 1;
        done();
      });
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...summarise(latencies, errors, seconds, statuses), latencies };
}
