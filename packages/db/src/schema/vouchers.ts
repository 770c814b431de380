import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { enrolments } from './classes';
import { fundBudgets } from './funds';
import { people, users } from './identity';
import { institutions } from './institutions';
import { projects } from './projects';
import { regions } from './reference';

/**
 * 职业培训券: a voucher of one person, committed against the budget at its most when issued. Redeemed
 * at an enrolment, the commitment drops to what it covers of the fee; expired or cancelled, it is
 * released whole. The partial unique index holds a person to one voucher not yet used.
 */
export const trainingVouchers = pgTable(
  'training_vouchers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: varchar('code', { length: 13 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** face_value | percentage */
    kind: varchar('kind', { length: 12 }).notNull(),
    faceValueFen: bigint('face_value_fen', { mode: 'number' }),
    percentBasisPoints: integer('percent_basis_points'),
    capFen: bigint('cap_fen', { mode: 'number' }),
    projectId: uuid('project_id').references(() => projects.id),
    occupationCode: varchar('occupation_code', { length: 10 }),
    institutionId: uuid('institution_id').references(() => institutions.id),
    issuedOn: date('issued_on').notNull(),
    validUntil: date('valid_until').notNull(),
    /** issued | redeemed | expired | cancelled */
    status: varchar('status', { length: 10 }).notNull(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => fundBudgets.id),
    /** What the budget holds for it now: its most when issued, what it covers once redeemed. */
    committedFen: bigint('committed_fen', { mode: 'number' }).notNull(),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    valueFen: bigint('value_fen', { mode: 'number' }),
    note: text('note'),
    issuedBy: uuid('issued_by').references(() => users.id),
    redeemedBy: uuid('redeemed_by').references(() => users.id),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedReason: text('closed_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('training_vouchers_code_uq').on(t.code),
    uniqueIndex('training_vouchers_unused_uq').on(t.personId).where(sql`${t.status} = 'issued'`),
    uniqueIndex('training_vouchers_enrolment_uq').on(t.enrolmentId).where(sql`${t.enrolmentId} is not null`),
    index('training_vouchers_region_idx').on(t.regionCode, t.createdAt),
  ],
);
