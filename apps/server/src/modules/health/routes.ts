import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PlatformContext } from '../../platform/context';
import type { ZodApp } from '../../platform/http/schemas';

export const VERSION = '0.1.0';

export function healthRoutes(app: ZodApp, platform: PlatformContext) {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: '健康检查 Health',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await platform.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: platform.dbKind, version: VERSION };
    },
  );
}
