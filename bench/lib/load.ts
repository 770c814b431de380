import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed-loop HTTP load on loopback: `concurrency` connections, each sending its next request when
 * the last one answered, for `seconds`. Bounded in time and only ever aimed at 127.0.0.1.
 */
export async function runLoad(options: {
  port: number;
  path: string;
  concurrency: number;
  seconds: number;
  headers?: Record<string, string>;
  check?: (status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  const once = () =>
    new Promise<void>((resolveOnce) => {
      const t0 = performance.now();
      const req = request(
        { host: '127.0.0.1', port: options.port, path: options.path, agent, headers: options.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => {
            if (options.check ? options.check(res.statusCode ?? 0, body) : res.statusCode === 200) {
              latencies.push(performance.now() - t0);
            } else errors += 1;
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
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}
