import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './identity';

/**
 * 幂等键: money-moving requests carry a key chosen by the client. The row is inserted first in the
 * request's own transaction, so a concurrent repeat waits on it; once the request commits, its
 * response is here and a repeat with the same key and body is answered from it.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: varchar('key', { length: 128 }).notNull(),
    /** The method and path the key was first used on. */
    route: text('route').notNull(),
    /** SHA-256 of the request body in canonical JSON. */
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
