import { Agent, request } from 'node:http';
import type { LoadResult } from './load';
import { summarise } from './mixed-load';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Closed-loop load of requests that differ one from the next (each its own signed-in user, its own
 * body): `concurrency` connections, each sending the next request when its last one answered, for
 * `seconds`. Requests answered with `expected` count; everything else is an error. Only ever aimed
 * at 127.0.0.1.
 */
export type RequestLoadResult = LoadResult & { statuses: Record<number, number>; latencies: number[] };

function summariseStatuses(
  latencies: number[],
  errors: number,
  seconds: number,
  statuses: Record<number, number>,
): LoadResult & { statuses: Record<number, number> } {
  return { ...summarise(latencies, errors, seconds), statuses };
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
  return summariseStatuses(
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
  /** Stop after sending this many requests, even before `seconds` have passed. */
  requests?: number;
}): Promise<RequestLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let sent = 0;
  const more = () => performance.now() < deadline && sent < (options.requests ?? Number.POSITIVE_INFINITY);
  const once = () =>
    new Promise<void>((done) => {
      sent += 1;
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
      while (more()) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...summariseStatuses(latencies, errors, seconds, statuses), latencies };
}
