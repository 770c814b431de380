import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { canonicalJson } from '../audit/chain';
import { AppError } from '../http/app-error';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A UUID fits, and so does any client's own scheme of letters, digits and a few separators. */
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/** What identifies one submission: who sent it, their key, where to, and what it said. */
export interface IdempotentRequest {
  userId: string;
  key: string;
  /** Method and path (path parameters included, query left out). */
  route: string;
  /** SHA-256 of the validated body in canonical JSON, so key order and spacing do not matter. */
  requestHash: string;
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * The idempotency facts of a signed-in request to a money-moving route. A missing or malformed
 * key is refused before anything runs.
 */
export function idempotentRequest(request: FastifyRequest): IdempotentRequest {
  const header = request.headers[IDEMPOTENCY_HEADER];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || key.trim() === '') throw new AppError('idempotency.key_required');
  if (!KEY_PATTERN.test(key)) throw new AppError('idempotency.key_invalid');
  const actor = request.ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  return {
    userId: actor.userId,
    key,
    route: `${request.method} ${request.url.split('?')[0]}`,
    requestHash: requestHash(request.body ?? null),
  };
}
