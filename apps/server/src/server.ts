import type { FastifyInstance } from 'fastify';
import { seedDemo } from './modules/demo/seed';
import { createServices } from './modules/register';
import { openPlatform, type Platform } from './platform/bootstrap';
import { setClockOffsetDays } from './platform/clock';
import type { AppConfig } from './platform/config';
import { buildApp } from './platform/http/build-app';

export interface RunningServer {
  app: FastifyInstance;
  platform: Platform;
  stop(): Promise<void>;
}

/** Opens the platform, seeds demo data when asked, and builds the HTTP app (not yet listening). */
export async function createServer(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  options: { logger?: boolean; pgliteInMemory?: boolean } = {},
): Promise<RunningServer> {
  setClockOffsetDays(config.clockOffsetDays);
  const platform = await openPlatform(config, env, { pgliteInMemory: options.pgliteInMemory });
  if (config.demo) await seedDemo(platform, createServices(platform));
  const app = await buildApp(platform, { logger: options.logger });
  return {
    app,
    platform,
    async stop() {
      await app.close();
      await platform.close();
    },
  };
}
