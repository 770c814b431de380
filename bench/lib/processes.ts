import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export { freePort } from '../../scripts/free-port.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Starts a TypeScript entry point in its own process and waits until `ready` answers 200. */
export async function startProcess(
  entry: string,
  env: NodeJS.ProcessEnv,
  readyUrl: string,
): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

/** The platform's server on `port` with `env`, once its health check answers. */
export function startServer(port: number, env: NodeJS.ProcessEnv) {
  return startProcess(
    'apps/server/src/main.ts',
    { ...env, PORT: String(port) },
    `http://127.0.0.1:${port}/api/health`,
  );
}

/** The bare Fastify baseline on `port`, answering GET /bare. */
export function startBareFastify(port: number) {
  return startProcess('bench/lib/bare-fastify.ts', { PORT: String(port) }, `http://127.0.0.1:${port}/bare`);
}

export function writeResult(name: string, result: unknown): string {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
