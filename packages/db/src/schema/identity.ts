import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { regions } from './reference';

/**
 * Natural persons with a real-name identity. ID numbers and phones are stored encrypted; the keyed
 * hash columns let the system find a person by ID number without decrypting anything.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: varchar('id_number_masked', { length: 18 }).notNull(),
    birthDate: date('birth_date').notNull(),
    gender: varchar('gender', { length: 6 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    mobileCipher: text('mobile_cipher'),
    mobileHash: text('mobile_hash'),
    mobileMasked: varchar('mobile_masked', { length: 11 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_id_number_hash_uq').on(t.idNumberHash),
    index('people_region_idx').on(t.regionCode),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: varchar('role', { length: 16 }).notNull(),
    regionCode: varchar('region_code', { length: 6 }).references(() => regions.code),
    organizationName: text('organization_name'),
    /** The enterprise (or, later, institution or assessment body) an organisation account acts for. */
    organizationId: uuid('organization_id'),
    personId: uuid('person_id').references(() => people.id),
    mobileCipher: text('mobile_cipher'),
    mobileHash: text('mobile_hash'),
    mobileMasked: varchar('mobile_masked', { length: 11 }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    // A person has one worker account, whoever opened it first.
    uniqueIndex('users_person_worker_uq')
      .on(t.personId)
      .where(sql`${t.role} = 'worker' and ${t.personId} is not null`),
    index('users_region_idx').on(t.regionCode),
    index('users_role_idx').on(t.role),
  ],
);

/** Server-side sessions: the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Failed sign-ins, kept in the database so the limit holds across several app processes. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    usernameKey: text('username_key').notNull(),
    ip: text('ip').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_username_idx').on(t.usernameKey, t.occurredAt),
    index('login_failures_ip_idx').on(t.ip, t.occurredAt),
  ],
);
