import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { certificates } from './credentials';
import { people, users } from './identity';
import { documents } from './institutions';
import { occupations, regions } from './reference';

/**
 * 补贴政策: a region's subsidy rules as a versioned document (the rules A1–C2 with their numbers and
 * the 急需紧缺 list). draft → submitted → published, or back to draft when returned; a published
 * version applies from its effective date until the next published one takes over. The author
 * cannot approve their own version.
 */
export const subsidyPolicies = pgTable(
  'subsidy_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** 1, 2, 3 … per region; shown as `<region>-v<version>`. */
    version: integer('version').notNull(),
    title: text('title').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    document: jsonb('document').notNull(),
    /** draft | submitted | published | withdrawn */
    status: varchar('status', { length: 10 }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('subsidy_policies_region_version_uq').on(t.regionCode, t.version),
    index('subsidy_policies_effective_idx').on(t.regionCode, t.status, t.effectiveFrom),
  ],
);

/**
 * 社会保险参保记录: months a person was insured, as the social-insurance system reports them
 * (imported or entered by staff). Unemployment-insurance months decide the skill-upgrade subsidy;
 * the pension scheme keeps people in 机关事业单位 schemes out of training subsidies.
 */
export const insurancePeriods = pgTable(
  'insurance_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** unemployment | pension */
    insurance: varchar('insurance', { length: 12 }).notNull(),
    /** For pension: enterprise | public_institution | resident. */
    scheme: varchar('scheme', { length: 20 }),
    /** First and last month paid, as the first day of the month; an open period has no end. */
    fromMonth: date('from_month').notNull(),
    toMonth: date('to_month'),
    source: varchar('source', { length: 8 }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insurance_periods_person_idx').on(t.personId, t.insurance)],
);

/**
 * 稳定就业证明: a labour contract, social-insurance contributions or wage records, or a 家政服务协议
 * that release the second stage of a training subsidy.
 */
export const employmentEvidence = pgTable(
  'employment_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** contract | contributions | wages | domestic_service */
    kind: varchar('kind', { length: 16 }).notNull(),
    /** Contract start, or the signing date of a domestic-service agreement. */
    startDate: date('start_date').notNull(),
    /** The last month covered by contributions or wage records. */
    throughDate: date('through_date'),
    months: integer('months'),
    employerName: text('employer_name').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employment_evidence_person_idx').on(t.personId)],
);

/**
 * 已享受补贴: one row per subsidy granted to a person, whatever the region or scheme. The limits
 * across schemes (at most three a year, the same occupation and level once) read these rows.
 */
export const subsidyGrants = pgTable(
  'subsidy_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** training | skill_upgrade | evaluation */
    scheme: varchar('scheme', { length: 14 }).notNull(),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    certificateDate: date('certificate_date').notNull(),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    /** The region that granted it. */
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** What granted it, e.g. a claim line. */
    refType: varchar('ref_type', { length: 20 }).notNull(),
    refId: text('ref_id').notNull(),
    /** Null while approved and not yet paid; the limits count it either way. */
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('subsidy_grants_person_idx').on(t.personId, t.certificateDate),
    uniqueIndex('subsidy_grants_ref_uq').on(t.refType, t.refId),
  ],
);
