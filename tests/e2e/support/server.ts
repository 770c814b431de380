import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/**
 * Starts the real server the way `npm start` does (embedded PGlite with demo data on first start,
 * the built web app) on a free port over `dataDir`. `clockOffsetDays` runs it that many days ahead,
 * the way a rehearsal deployment walks through deadlines and notice periods.
 */
export async function startServer(dataDir: string, clockOffsetDays = 0): Promise<RunningServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      QIANCHENG_DATA_DIR: dataDir,
      QIANCHENG_DEMO: 'true',
      QIANCHENG_CLOCK_OFFSET_DAYS: String(clockOffsetDays),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A server of the test's own over a fresh data directory, restarted with its clock run ahead as
 * the test walks through the days of a notice period or a class. `close` stops it and removes the
 * directory.
 */
export function rehearsalServer(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `qiancheng-e2e-${name}-`));
  let running: RunningServer | null = null;
  return {
    /** (Re)starts the server `offsetDays` days ahead and returns its address. */
    async runAt(offsetDays: number): Promise<string> {
      await running?.stop();
      running = await startServer(dataDir, offsetDays);
      return running.baseUrl;
    },
    /** The address of the server started last. */
    get baseUrl(): string {
      if (!running) throw new Error('the rehearsal server has not been started');
      return running.baseUrl;
    },
    async close(): Promise<void> {
      await running?.stop();
      running = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
