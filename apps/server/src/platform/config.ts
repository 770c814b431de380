import { join, resolve } from 'node:path';
import { CARD_CHANNELS, type CardChannelName } from './social-security-card/channel';

export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means the embedded PGlite database. */
  databaseUrl: string | null;
  /** Where the embedded database and its key file live. */
  dataDir: string;
  /** Where uploaded files live on local disk (QIANCHENG_STORAGE_DIR, default <dataDir>/files). */
  storageDir: string;
  /** Days the platform clock runs ahead, for training and rehearsal deployments only. */
  clockOffsetDays: number;
  /** Demo mode seeds a demo province and one account per role on an empty database. */
  demo: boolean;
  /** The region the deployment serves (GB/T 2260), e.g. a province. */
  deploymentRegion: string;
  /**
   * The origin the public reaches this deployment at (QIANCHENG_PUBLIC_URL), e.g.
   * https://px.hrss.example.gov.cn: certificates and their QR codes link to its verification page.
   */
  publicUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** Built web app to serve; absent when the API runs alone. */
  webDist: string | null;
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxFailuresPerUser: number; maxFailuresPerIp: number; windowMinutes: number };
  /**
   * The electronic social security card channel vouchers are delivered through
   * (QIANCHENG_SOCIAL_SECURITY_CARD); `platform`, the built-in one, needs no outside system.
   */
  socialSecurityCard: CardChannelName;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** An http(s) origin, without path, query or fragment; a trailing slash is dropped. */
function publicOrigin(env: NodeJS.ProcessEnv): string {
  const raw = env.QIANCHENG_PUBLIC_URL?.trim() || 'http://localhost:3000';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `QIANCHENG_PUBLIC_URL must be an http(s) URL such as https://px.example.gov.cn, got "${raw}"`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw new ConfigError(`QIANCHENG_PUBLIC_URL must be an http(s) URL without credentials, got "${raw}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(
      `QIANCHENG_PUBLIC_URL must be an origin without path, query or fragment (the web app is served at its root), got "${raw}"`,
    );
  }
  return url.origin;
}

function cardChannel(env: NodeJS.ProcessEnv): CardChannelName {
  const raw = env.QIANCHENG_SOCIAL_SECURITY_CARD?.trim() || 'platform';
  if (!(CARD_CHANNELS as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `QIANCHENG_SOCIAL_SECURITY_CARD must be one of ${CARD_CHANNELS.join(', ')}, got "${raw}"`,
    );
  }
  return raw as CardChannelName;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const deploymentRegion = env.QIANCHENG_REGION?.trim() || '410000';
  if (!/^\d{2}0000$/.test(deploymentRegion)) {
    throw new ConfigError(
      `QIANCHENG_REGION must be a province code such as 410000, got "${deploymentRegion}"`,
    );
  }
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(cwd, env.QIANCHENG_DATA_DIR?.trim() || 'data'),
    storageDir: resolve(
      cwd,
      env.QIANCHENG_STORAGE_DIR?.trim() || join(env.QIANCHENG_DATA_DIR?.trim() || 'data', 'files'),
    ),
    // The embedded database is for trying the system, so it comes with demo data unless told otherwise.
    demo: flag(env, 'QIANCHENG_DEMO', databaseUrl === null),
    deploymentRegion,
    publicUrl: publicOrigin(env),
    clockOffsetDays: integer(env, 'QIANCHENG_CLOCK_OFFSET_DAYS', 0),
    cookieSecure: flag(env, 'QIANCHENG_COOKIE_SECURE', false),
    trustProxy: flag(env, 'QIANCHENG_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    webDist:
      env.QIANCHENG_WEB_DIST === '' ? null : resolve(cwd, env.QIANCHENG_WEB_DIST?.trim() || 'apps/web/dist'),
    session: {
      idleMinutes: integer(env, 'QIANCHENG_SESSION_IDLE_MINUTES', 120),
      absoluteHours: integer(env, 'QIANCHENG_SESSION_ABSOLUTE_HOURS', 12),
    },
    login: {
      maxFailuresPerUser: integer(env, 'QIANCHENG_LOGIN_MAX_FAILURES', 5),
      maxFailuresPerIp: integer(env, 'QIANCHENG_LOGIN_MAX_FAILURES_PER_IP', 50),
      windowMinutes: integer(env, 'QIANCHENG_LOGIN_WINDOW_MINUTES', 15),
    },
    socialSecurityCard: cardChannel(env),
  };
}
