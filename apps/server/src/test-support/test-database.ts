import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The database an integration test file runs on. QIANCHENG_TEST_DB chooses the engine:
 * `pglite` (default) gives every file its own in-memory PGlite; `postgresql` gives every file its own
 * fresh database on the server in QIANCHENG_TEST_PG_URL, dropped afterwards.
 */
export type TestEngine = 'pglite' | 'postgresql';

export function testEngine(): TestEngine {
  const engine = process.env.QIANCHENG_TEST_DB ?? 'pglite';
  if (engine !== 'pglite' && engine !== 'postgresql')
    throw new Error(`QIANCHENG_TEST_DB must be pglite or postgresql`);
  return engine;
}

export interface TestDatabase {
  /** DATABASE_URL for the app, or null for in-memory PGlite. */
  url: string | null;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === 'pglite') return { url: null, drop: async () => {} };
  const serverUrl = process.env.QIANCHENG_TEST_PG_URL;
  if (!serverUrl) throw new Error('QIANCHENG_TEST_DB=postgresql needs QIANCHENG_TEST_PG_URL');
  const name = `qc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
