import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '../modules/demo/accounts';
import { loadConfig } from '../platform/config';
import { createServer, type RunningServer } from '../server';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Fixed keys for tests only; real deployments take theirs from the environment. */
export const TEST_KEYS = {
  QIANCHENG_PII_KEY: Buffer.alloc(32, 7).toString('base64'),
  QIANCHENG_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
};

export interface TestApp extends RunningServer {
  database: TestDatabase;
  env: NodeJS.ProcessEnv;
  /** Signs a demo account in and returns its session cookie. */
  login(username: string, password?: string): Promise<string>;
  /** Signs demo accounts in one after another: their session cookies by username. */
  loginAll(usernames: readonly string[]): Promise<Record<string, string>>;
  request(options: {
    method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A whole server (demo data included) on a fresh database of the engine under test. */
export async function startTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const storageDir = await mkdtemp(join(tmpdir(), 'qiancheng-files-'));
  const env: NodeJS.ProcessEnv = {
    QIANCHENG_STORAGE_DIR: storageDir,
    ...TEST_KEYS,
    QIANCHENG_DEMO: 'true',
    QIANCHENG_WEB_DIST: '',
    LOG_LEVEL: 'silent',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...overrides,
  };
  const server = await createServer(loadConfig(env), env, { logger: false, pgliteInMemory: true });
  const request: TestApp['request'] = ({ method = 'GET', url, cookie, body, headers = {} }) =>
    server.app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const app: TestApp = {
    ...server,
    database,
    env,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const response = await request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'qc_session');
      if (!cookie) throw new Error('no session cookie');
      return `qc_session=${cookie.value}`;
    },
    async loginAll(usernames) {
      const cookies: Record<string, string> = {};
      for (const username of usernames) cookies[username] = await app.login(username);
      return cookies;
    },
    async close() {
      await server.stop();
      await database.drop();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
  return app;
}
