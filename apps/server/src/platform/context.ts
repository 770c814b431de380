import type { Database, DatabaseKind } from '@qiancheng/db';
import type { SessionStore } from './auth/session-store';
import type { AppConfig } from './config';
import type { PiiVault } from './crypto/pii-vault';
import type { SocialSecurityCardChannel } from './social-security-card/channel';
import type { DocumentStorage } from './storage/document-storage';

/** What every module's service is built from. Created once per process. */
export interface PlatformContext {
  config: AppConfig;
  db: Database;
  dbKind: DatabaseKind;
  vault: PiiVault;
  sessions: SessionStore;
  storage: DocumentStorage;
  /** 电子社保卡: where vouchers are delivered to their holders' cards. */
  socialSecurityCard: SocialSecurityCardChannel;
}
