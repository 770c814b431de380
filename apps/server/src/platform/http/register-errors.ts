import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { renderError, statusOf, toAppError } from './error-response';
import { negotiateLocale } from './locale';

function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = request.ctx?.locale ?? negotiateLocale(request.headers['accept-language']);
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .status(statusOf(error.code))
    .type('application/json')
    .send(renderError(error, locale, request.id));
}

/**
 * Every failure leaves through here with the one error shape. Unexpected errors are logged with
 * their stack and answered without it.
 */
export function registerErrorHandling(app: FastifyInstance, webDist: string | null): void {
  app.setErrorHandler((error, request, reply) => {
    const { appError, unexpected } = toAppError(error, request);
    if (unexpected) request.log.error({ err: error }, 'unexpected error');
    return send(request, reply, appError);
  });

  const indexHtml = webDist && existsSync(join(webDist, 'index.html'));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // API paths, built assets and anything that looks like a file are real misses, never the page.
    const isPageRoute =
      !path.startsWith('/api/') &&
      path !== '/api' &&
      !path.startsWith('/.well-known/') &&
      !path.startsWith('/assets/') &&
      !/\.[A-Za-z0-9]+$/.test(path);
    if (isPageRoute && indexHtml && (request.method === 'GET' || request.method === 'HEAD')) {
      // Client-side routes of the web app all load the same page.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return send(
      request,
      reply,
      new AppError('common.route_not_found', { params: { method: request.method, url: path } }),
    );
  });
}
