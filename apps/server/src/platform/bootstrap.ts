import {
  type DatabaseHandle,
  ensureAttendancePartitions,
  openDatabase,
  syncReferenceData,
} from '@qiancheng/db';
import { SessionStore } from './auth/session-store';
import { today } from './clock';
import type { AppConfig } from './config';
import type { PlatformContext } from './context';
import { loadPiiKeys } from './crypto/keys';
import { PiiVault } from './crypto/pii-vault';
import { createCardChannel } from './social-security-card/create-channel';
import { LocalDiskStorage } from './storage/local-disk-storage';

export interface Platform extends PlatformContext {
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data
 * directory), brings its schema and reference data up to date, and loads the PII keys.
 */
export async function openPlatform(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  options: { migrate?: boolean; pgliteInMemory?: boolean } = {},
): Promise<Platform> {
  const vault = new PiiVault(
    loadPiiKeys(env, { dataDir: config.dataDir, allowKeyFile: config.databaseUrl === null }),
  );
  const handle = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgresql', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: options.pgliteInMemory ? null : `${config.dataDir}/pglite` },
  );
  if (options.migrate !== false) {
    await handle.migrate();
    await syncReferenceData(handle.db);
    await ensureAttendancePartitions(handle.db, today());
  }
  return {
    config,
    db: handle.db,
    dbKind: handle.kind,
    vault,
    sessions: new SessionStore(handle.db, config.session),
    storage: new LocalDiskStorage(config.storageDir),
    socialSecurityCard: createCardChannel(config.socialSecurityCard),
    handle,
    close: () => handle.close(),
  };
}
