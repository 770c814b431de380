import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerModules } from '../../modules/register';
import { registerGuard } from '../auth/guard';
import type { PlatformContext } from '../context';
import { registerErrorHandling } from './register-errors';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP application: platform plugins, the central guard, every module, and the web app. */
export async function buildApp(
  platform: PlatformContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: platform.config.logLevel,
            // Request bodies are never logged; these paths cover anything that might carry personal data.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: platform.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, platform.config.webDist);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '前程 Qiancheng API',
        description:
          '“技能照亮前程”培训行动信息系统接口。Errors share one shape: { error: { code, message, details[] }, requestId }.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qc_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  // The documentation routes are public; everything else declares its own access.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json') {
      route.config = { ...(route.config as object), access: 'public' };
    }
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerGuard(app, platform.sessions);
  await registerModules(app, platform);

  const webDist = platform.config.webDist;
  if (webDist && existsSync(webDist)) {
    // Files are looked up per request (wildcard), so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: true, index: ['index.html'] });
  }
  return app;
}
