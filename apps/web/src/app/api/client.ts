import { getActiveLocale } from '../i18n/active-locale';
import { translate } from '../i18n/messages';
import { ApiError, isErrorBody } from './api-error';
import { clientMessages } from './client-messages';

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/*
 * A 401 from these means "not signed in (any more)" or "wrong password", which the caller handles
 * itself; from anything else it means the session ended, and the whole app must go to sign-in.
 */
const SESSION_PROBES = new Set(['/api/v1/auth/me', '/api/v1/auth/login', '/api/v1/auth/logout']);

let onSessionEnded: (() => void) | null = null;

export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A request body that is not JSON: an uploaded file with its media type. */
export interface RawBody {
  data: Blob;
  contentType: string;
}

/** Marks a body to be sent as it is rather than as JSON. */
class RawBodyHolder {
  constructor(readonly raw: RawBody) {}
}

/**
 * Sends one request with the user's language and session. Resolves to the raw response when it
 * succeeded; a failure becomes an ApiError carrying the server's code, message and field details.
 */
export async function send(
  method: string,
  path: string,
  body?: unknown,
  accept = 'application/json',
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const locale = getActiveLocale();
  const headers: Record<string, string> = { ...extraHeaders, accept, 'accept-language': locale };
  const raw = body instanceof RawBodyHolder ? body.raw : null;
  if (raw) headers['content-type'] = raw.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ? raw.data : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'client.network', translate(clientMessages, locale, 'network'));
  }
  if (response.ok) return response;

  const payload: unknown = await response.json().catch(() => null);
  const pathname = path.split('?')[0] ?? path;
  if (response.status === 401 && !SESSION_PROBES.has(pathname)) onSessionEnded?.();
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    throw new ApiError(response.status, code, message, details ?? [], payload.requestId);
  }
  throw new ApiError(
    response.status,
    'client.unexpected_response',
    translate(clientMessages, locale, 'unexpected', { status: response.status }),
  );
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const response = await send(method, path, body, 'application/json', headers);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => null)) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', withQuery(path, query)),
  // A bodiless POST still sends `{}`: the server rejects a JSON content type with an empty body.
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /**
   * A money-moving POST: `key` names the submission, so a retry of it (same key, same body) is
   * answered by the server without moving money twice.
   */
  postOnce: <T>(path: string, body: unknown, key: string) =>
    request<T>('POST', path, body, { 'idempotency-key': key }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Uploads a file as the raw request body (spreadsheet imports). */
  upload: <T>(path: string, raw: RawBody) => request<T>('POST', path, new RawBodyHolder(raw)),
};
