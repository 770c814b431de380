import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { enrolments, trainingClasses } from './classes';
import { certificates } from './credentials';
import { fundBudgets } from './funds';
import { people, users } from './identity';
import { institutions } from './institutions';
import { regions } from './reference';

/**
 * 补贴申领: a claim built only from what the platform recorded — an institution's completed class
 * (a line per trainee) or a person's skill-upgrade application (one line for one certificate). draft → submitted → reviewed → notice → payable; approval commits
 * its total against the budget it names, in the same transaction.
 */
export const subsidyClaims = pgTable(
  'subsidy_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** BT + region + year + sequence, see `claimNumber`. */
    number: varchar('number', { length: 24 }).notNull(),
    /** class_training | skill_upgrade */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** training | skill_upgrade */
    scheme: varchar('scheme', { length: 14 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    classId: uuid('class_id').references(() => trainingClasses.id),
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** The applicant of an individual claim (skill_upgrade), who is also its payee. */
    personId: uuid('person_id').references(() => people.id),
    /** A FUND_SOURCES code. */
    fundSource: varchar('fund_source', { length: 24 }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    /** draft | submitted | reviewed | notice | payable | withdrawn */
    status: varchar('status', { length: 10 }).notNull(),
    budgetId: uuid('budget_id').references(() => fundBudgets.id),
    noticeUntil: date('notice_until'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The last reviewer's note: why it was returned, or what the review found. */
    decisionNote: text('decision_note'),
  },
  (t) => [
    uniqueIndex('subsidy_claims_number_uq').on(t.number),
    uniqueIndex('subsidy_claims_sequence_uq').on(t.regionCode, t.year, t.sequence),
    index('subsidy_claims_status_idx').on(t.regionCode, t.status),
    index('subsidy_claims_class_idx').on(t.classId),
    index('subsidy_claims_person_idx').on(t.personId),
  ],
);

/**
 * A claim's lines: one payment stage of one trainee when included, or the trainee with the reasons
 * nothing is claimed for them. A stage is held by at most one live claim: the partial unique index
 * refuses a second, whatever the timing; withdrawing a claim releases its lines.
 */
export const subsidyClaimLines = pgTable(
  'subsidy_claim_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => subsidyClaims.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    /** certification | employment | skill_upgrade; null on an excluded line. */
    stage: varchar('stage', { length: 14 }),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    included: boolean('included').notNull(),
    /** False once the claim is withdrawn. */
    live: boolean('live').notNull().default(true),
    /** Codes of the unmet rules, or why the line claims nothing. */
    reasons: jsonb('reasons').notNull(),
    policyVersion: varchar('policy_version', { length: 24 }).notNull(),
    ruleIds: jsonb('rule_ids').notNull(),
    /** The quote the line was built from, with its breakdown and stages. */
    quote: jsonb('quote').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('subsidy_claim_lines_claim_idx').on(t.claimId),
    uniqueIndex('subsidy_claim_lines_stage_uq')
      .on(t.enrolmentId, t.stage)
      .where(sql`${t.included} and ${t.live}`),
    // A certificate's skill-upgrade subsidy is held by at most one live application (B2, B4).
    uniqueIndex('subsidy_claim_lines_upgrade_uq')
      .on(t.certificateId)
      .where(sql`${t.included} and ${t.live} and ${t.stage} = 'skill_upgrade'`),
  ],
);

/**
 * 公示异议: an objection to a claim under notice, recorded by staff (from a phone call, a letter or
 * the portal's contact), about one trainee's line. Upheld, the line is struck and its amount
 * released; while any objection is open the claim does not become payable.
 */
export const claimObjections = pgTable(
  'claim_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => subsidyClaims.id),
    lineId: uuid('line_id')
      .notNull()
      .references(() => subsidyClaimLines.id),
    content: text('content').notNull(),
    /** Who raised it, as the objector gave it: a name and a way to answer them. */
    raisedBy: text('raised_by'),
    /** open | upheld | dismissed */
    status: varchar('status', { length: 10 }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('claim_objections_claim_idx').on(t.claimId, t.status)],
);
