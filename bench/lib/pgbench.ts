import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs pgbench from the cluster's own binaries with a custom script, as the postgres user when we
 * are root (the way scripts/postgres-cluster.mjs runs the server), and returns its transactions
 * per second without connection time.
 */
export function runPgbench(options: {
  bin: string;
  url: string;
  script: string;
  clients: number;
  seconds: number;
}): { tps: number; transactions: number } {
  const dir = mkdtempSync(join(tmpdir(), 'qiancheng-pgbench-'));
  try {
    chmodSync(dir, 0o755);
    const file = join(dir, 'script.sql');
    writeFileSync(file, options.script, { mode: 0o644 });
    const args = [
      '--no-vacuum',
      '--file',
      file,
      '--client',
      String(options.clients),
      '--jobs',
      String(Math.min(options.clients, 2)),
      '--time',
      String(options.seconds),
      options.url,
    ];
    const asRoot = process.getuid?.() === 0;
    const pgbench = join(options.bin, 'pgbench');
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', pgbench, ...args], { encoding: 'utf8' })
      : spawnSync(pgbench, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pgbench failed: ${result.stderr || result.stdout}`);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout);
    const done = /number of transactions actually processed: (\d+)/.exec(result.stdout);
    if (!tps || !done) throw new Error(`unexpected pgbench output:\n${result.stdout}`);
    return { tps: Number(tps[1]), transactions: Number(done[1]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
