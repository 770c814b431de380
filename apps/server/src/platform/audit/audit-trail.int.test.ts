import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@qiancheng/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../test-support/test-app';
import { createTestDatabase, type TestDatabase, testEngine } from '../../test-support/test-database';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../../../..');

/**
 * The audit trail end to end through the `qiancheng` command, on a database that outlives each
 * command: a PGlite directory or a PostgreSQL database of the engine under test.
 */
let dataDir: string;
let database: TestDatabase;
let env: NodeJS.ProcessEnv;

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['qiancheng', ...args], { cwd: repoRoot, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function withDb<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(
    database.url
      ? { kind: 'postgresql', url: database.url }
      : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
  );
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qiancheng-audit-'));
  database = await createTestDatabase();
  env = {
    ...process.env,
    ...TEST_KEYS,
    QIANCHENG_DATA_DIR: dataDir,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  };
});
afterAll(async () => {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`npx qiancheng audit verify (${testEngine()})`, () => {
  it('passes on a fresh database', async () => {
    expect((await cli('migrate')).code).toBe(0);
    const result = await cli('audit', 'verify');
    expect(result.output).toContain('Audit chain intact: 0 records');
    expect(result.code).toBe(0);
  });

  it('passes after audited changes made by the commands', async () => {
    expect((await cli('seed', '--demo')).code).toBe(0);
    const created = await cli(
      'user',
      'create',
      '--username',
      'cli-staff',
      '--password',
      'abcdef12345',
      '--role',
      'staff',
      '--region',
      '410300',
      '--name',
      '洛阳经办',
    );
    expect(created.output).toContain('cli-staff');
    const bad = await cli(
      'user',
      'create',
      '--username',
      'cli-x',
      '--password',
      'abcdef12345',
      '--role',
      'staff',
      '--region',
      '419999',
      '--name',
      'x',
    );
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('行政区划代码不存在');
    const result = await cli('audit', 'verify');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Audit chain intact: \d+ records/);
  });

  it('refuses UPDATE and DELETE on the audit trail', async () => {
    await withDb(async (db) => {
      await expect(db.execute(sql`update audit_log set action = 'x' where id = 1`)).rejects.toThrow();
      await expect(db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    });
  });

  it('fails at the first altered record, even when the trigger was bypassed', async () => {
    await withDb(async (db) => {
      await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await db.execute(sql`update audit_log set after = '{"username":"someone-else"}' where id = 3`);
      await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const result = await cli('audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.output).toContain('Audit chain BROKEN at record 3: hash_mismatch');
  });
});
