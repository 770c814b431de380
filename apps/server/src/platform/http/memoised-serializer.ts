import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';

/**
 * For routes that answer the same objects again and again (public verification answers a recently
 * found certificate from memory): a body is encoded through the route's response schema once per
 * object rather than once per request. The schema still checks every body and still drops any
 * field it does not declare; the objects handed to such a route must never change afterwards
 * (freeze them).
 */
export const memoisedSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  // Fastify hands the compiler one status code's schema: a zod schema on the routes that use this.
  const serialize = serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
  const bodies = new WeakMap<object, string>();
  return (data: unknown) => {
    if (typeof data !== 'object' || data === null) return serialize(data);
    let body = bodies.get(data);
    if (body === undefined) {
      body = serialize(data);
      bodies.set(data, body);
    }
    return body;
  };
};
