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
export async function runRequestLoad(options: {
  port: number;
  concurrency: number;
  seconds: number;
  next: () => LoadRequest;
  expected: number;
}): Promise<LoadResult & { statuses: Record<number, number> }> {
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
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    statuses,
  };
}
