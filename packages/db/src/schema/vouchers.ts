import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
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
import { subsidyClaims } from './claims';
import { enrolments } from './classes';
import { fundBudgets } from './funds';
import { people, users } from './identity';
import { institutions } from './institutions';
import { projects } from './projects';
import { regions } from './reference';

/**
 * 领券活动: staff of a region offer `quantity` vouchers on the same terms for eligible workers of the
 * region to claim themselves between two days. `claimed_count` counts the vouchers claimed; a claim
 * locks the row, so the count never passes the quantity (the check constraint is the last line).
 */
export const voucherOfferings = pgTable(
  'voucher_offerings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 100 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** face_value | percentage, and the rest of the terms every voucher of the offering carries. */
    kind: varchar('kind', { length: 12 }).notNull(),
    faceValueFen: bigint('face_value_fen', { mode: 'number' }),
    percentBasisPoints: integer('percent_basis_points'),
    capFen: bigint('cap_fen', { mode: 'number' }),
    projectId: uuid('project_id').references(() => projects.id),
    occupationCode: varchar('occupation_code', { length: 10 }),
    institutionId: uuid('institution_id').references(() => institutions.id),
    quantity: integer('quantity').notNull(),
    claimedCount: integer('claimed_count').notNull().default(0),
    claimFrom: date('claim_from').notNull(),
    claimTo: date('claim_to').notNull(),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    /** TARGET_GROUPS codes; empty: anyone of the region. */
    targetGroups: text('target_groups').array().notNull().default([]),
    /** draft | open | closed */
    status: varchar('status', { length: 10 }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('voucher_offerings_claimed_within_quantity', sql`${t.claimedCount} between 0 and ${t.quantity}`),
    index('voucher_offerings_region_idx').on(t.regionCode, t.createdAt),
  ],
);

/**
 * 职业培训券: a voucher of one person, committed against the budget at its most when issued. Redeemed
 * at an enrolment, the commitment drops to what it covers of the fee; settled when the class claim
 * holding the trainee's subsidy is approved (whose commitment then holds the money), or expired or
 * cancelled, it is released whole. The partial unique index holds a person to one voucher not yet used.
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
    /** The class claim whose approval settled it: its value is paid to the institution with it. */
    settledClaimId: uuid('settled_claim_id').references(() => subsidyClaims.id),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    /** The offering it was claimed from, with the target group the claimant declared. */
    offeringId: uuid('offering_id').references(() => voucherOfferings.id),
    targetGroup: varchar('target_group', { length: 40 }),
    /**
     * Its copy on the holder's electronic social security card: pending (to deliver), delivered,
     * withdrawing (cancelled or expired, to take back), withdrawn. Delivery follows the commit and
     * is retried until the channel answers; `card_ref` is the channel's reference.
     */
    cardState: varchar('card_state', { length: 12 }).notNull().default('pending'),
    cardRef: text('card_ref'),
    cardSyncedAt: timestamp('card_synced_at', { withTimezone: true }),
    cardAttempts: integer('card_attempts').notNull().default(0),
    cardError: text('card_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('training_vouchers_code_uq').on(t.code),
    uniqueIndex('training_vouchers_unused_uq').on(t.personId).where(sql`${t.status} = 'issued'`),
    uniqueIndex('training_vouchers_enrolment_uq').on(t.enrolmentId).where(sql`${t.enrolmentId} is not null`),
    index('training_vouchers_region_idx').on(t.regionCode, t.createdAt),
    index('training_vouchers_offering_idx').on(t.offeringId).where(sql`${t.offeringId} is not null`),
    index('training_vouchers_card_due_idx')
      .on(t.regionCode)
      .where(sql`${t.cardState} in ('pending', 'withdrawing')`),
  ],
);
