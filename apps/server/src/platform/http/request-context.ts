import type { Locale, Permission, Role } from '@qiancheng/domain';
import type { SessionUser } from '../auth/session-store';

/** The signed-in user a request acts for. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** The region whose subtree a region-scoped role sees; the location of an organisation account. */
  regionCode: string | null;
  organizationName: string | null;
  /** The enterprise or institution an organisation account acts for. */
  organizationId: string | null;
  personId: string | null;
}

export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string;
  locale: Locale;
  /** Set once an audit record was written for this request. */
  audited: boolean;
}

/** Who may call a route: anyone, any signed-in user, or holders of a permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission;

/** The actor a user row acts as (sessions, sign-in, seeding). */
export function actorOf(user: {
  id: string;
  username: string;
  displayName: string;
  role: string;
  regionCode: string | null;
  organizationName: string | null;
  organizationId: string | null;
  personId: string | null;
}): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    regionCode: user.regionCode,
    organizationName: user.organizationName,
    organizationId: user.organizationId,
    personId: user.personId,
  };
}

/** The context of work started outside an HTTP request (CLI, seeding, jobs). */
export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, ip: null, requestId, locale: 'zh-CN', audited: false };
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    /** Hash of the session token when the request came with a valid session. */
    sessionTokenHash: string | null;
    /** The signed-in user's row, read with the session. */
    sessionUser: SessionUser | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
