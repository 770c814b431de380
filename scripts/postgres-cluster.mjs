// A throwaway PostgreSQL cluster for tests and benchmarks, made with the server binaries of the
// machine (PG_BIN, /usr/lib/postgresql/<version>/bin, or pg_config --bindir). initdb refuses to run
// as root, so as root the cluster belongs to the `postgres` system user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const MIN_VERSION = 15;

export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .map(Number)
      .filter((v) => v >= MIN_VERSION && existsSync(join(base, String(v), 'bin', 'initdb')))
      .sort((a, b) => b - a);
    if (versions.length) return join(base, String(versions[0]), 'bin');
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0 && existsSync(join(pgConfig.stdout.trim(), 'initdb')))
    return pgConfig.stdout.trim();
  throw new Error(`no PostgreSQL ${MIN_VERSION}+ server binaries (set PG_BIN)`);
}

/** Runs a server binary, as the postgres user when we are root. */
function runAs(asPostgres, command, args) {
  const [file, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} failed: ${(result.stderr || result.stdout || result.error?.message || '').trim()}`,
    );
  }
  return result.stdout;
}

/**
 * Starts a cluster tuned for tests (no fsync: a crash loses only test data) and returns its URL.
 * `settings` adds server settings, e.g. for benchmarks that want durability back.
 */
export async function startPostgres({ settings = {} } = {}) {
  const bin = findPostgresBin();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'qiancheng-pg-'));
  chmodSync(dir, 0o777);
  if (asPostgres) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  runAs(asPostgres, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  const options = {
    port,
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '200',
    ...settings,
  };
  const flags = Object.entries(options)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  runAs(asPostgres, join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    flags,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const version = runAs(asPostgres, join(bin, 'postgres'), ['--version']).trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    bin,
    version,
    async stop() {
      try {
        runAs(asPostgres, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
