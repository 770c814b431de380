import { can } from '@qiancheng/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { negotiateLocale } from '../http/locale';
import { SESSION_COOKIE, type SessionStore } from './session-store';

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Authentication and authorisation for every route, in one hook: it resolves the session cookie,
 * then checks the route's declared access. A route without a declaration is refused, so a new
 * route cannot be public by accident.
 */
export function registerGuard(app: FastifyInstance, store: SessionStore): void {
  app.decorateRequest('ctx');
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.ctx = {
      actor: null,
      ip: request.ip ?? null,
      requestId: request.id,
      locale: negotiateLocale(request.headers['accept-language']),
      audited: false,
    };
    const access = request.routeOptions.config?.access;
    // Only API routes are guarded; the web app's files and unknown URLs (answered by the
    // not-found handler) carry no data.
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    let expired = false;
    if (token) {
      const session = await store.lookup(token);
      if (session.status === 'valid') {
        request.ctx.actor = session.actor;
        request.sessionTokenHash = session.tokenHash;
        request.sessionUser = session.user;
      } else {
        expired = true;
        clearSessionCookie(reply);
      }
    }
    if (access === 'public') return;
    const actor = request.ctx.actor;
    if (!actor) throw new AppError(expired ? 'auth.session_expired' : 'auth.unauthenticated');
    if (access === 'authenticated') return;
    if (!access || !can(actor.role, access)) throw new AppError('common.forbidden');
  });
}
