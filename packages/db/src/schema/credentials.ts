import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { enrolments, trainingClasses } from './classes';
import { people, users } from './identity';
import { occupations, regions } from './reference';

/**
 * 评价机构: a body recognised to evaluate skill levels (职业技能等级认定), with the four-digit code
 * that opens its certificate numbers and the occupations it may evaluate.
 */
export const assessmentBodies = pgTable(
  'assessment_bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Four digits, the 机构代码 of 职业技能等级证书 numbers. */
    code: varchar('code', { length: 4 }).notNull(),
    name: text('name').notNull(),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** Six digits, the 评价站点 part of the certificate number. */
    siteCode: varchar('site_code', { length: 6 }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_bodies_code_uq').on(t.code),
    uniqueIndex('assessment_bodies_credit_code_uq').on(t.creditCode),
  ],
);

export const assessmentBodyOccupations = pgTable(
  'assessment_body_occupations',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => assessmentBodies.id),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.occupationCode] })],
);

/**
 * 考核结果: the completion exam a class's institution records (结业考核), or the skill-level or
 * special-ability evaluation an assessment body records or imports (技能评价).
 */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** completion | skill_level | special_ability */
    kind: varchar('kind', { length: 16 }).notNull(),
    score: numeric('score', { precision: 5, scale: 2 }),
    passed: boolean('passed').notNull(),
    /** For skill_level: the level evaluated (5 … 1). */
    skillLevel: varchar('skill_level', { length: 2 }),
    assessedOn: date('assessed_on').notNull(),
    assessmentBodyId: uuid('assessment_body_id').references(() => assessmentBodies.id),
    /** institution | assessor | import */
    source: varchar('source', { length: 12 }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_results_enrolment_kind_uq').on(t.enrolmentId, t.kind),
    index('assessment_results_class_idx').on(t.classId),
  ],
);

/**
 * 证书: a training certificate (培训合格证), a 职业技能等级证书 or a 专项职业能力证书, issued to a
 * person and signed as a verifiable credential. Revocation keeps the row with its reason.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: varchar('number', { length: 32 }).notNull(),
    /** training | skill_level | special_ability */
    kind: varchar('kind', { length: 16 }).notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    holderName: text('holder_name').notNull(),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    classId: uuid('class_id').references(() => trainingClasses.id),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    /** institution | assessment_body */
    issuerKind: varchar('issuer_kind', { length: 16 }).notNull(),
    issuerId: uuid('issuer_id').notNull(),
    issuerName: text('issuer_name').notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    issuedOn: date('issued_on').notNull(),
    /** The signed credential (compact JWS) and the key it was signed with. */
    credentialJws: text('credential_jws').notNull(),
    keyId: varchar('key_id', { length: 64 }).notNull(),
    /** issued | revoked */
    status: varchar('status', { length: 8 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('certificates_number_uq').on(t.number),
    index('certificates_person_idx').on(t.personId),
    index('certificates_class_idx').on(t.classId),
    // The list pages: staff read a region's subtree (a range), issuers their own, newest first.
    index('certificates_region_idx').on(t.regionCode),
    index('certificates_issuer_idx').on(t.issuerId, t.createdAt),
    uniqueIndex('certificates_enrolment_kind_uq')
      .on(t.enrolmentId, t.kind)
      .where(sql`${t.enrolmentId} is not null and ${t.status} = 'issued'`),
  ],
);

/** The last serial used per certificate-number prefix, locked while a number is taken. */
export const certificateSerials = pgTable('certificate_serials', {
  prefix: varchar('prefix', { length: 24 }).primaryKey(),
  last: integer('last').notNull(),
});

/**
 * Ed25519 keys that sign credentials. The private key is stored encrypted with the platform's
 * personal-data key, so every app process signs with the same key; retired keys stay published so
 * old credentials still verify.
 */
export const credentialKeys = pgTable('credential_keys', {
  keyId: varchar('key_id', { length: 64 }).primaryKey(),
  publicJwk: text('public_jwk').notNull(),
  privateKeyCipher: text('private_key_cipher').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

/** Verification lookups that found nothing, per address: enumeration is limited on these. */
export const verificationMisses = pgTable(
  'verification_misses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ip: text('ip').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verification_misses_ip_idx').on(t.ip, t.occurredAt)],
);
