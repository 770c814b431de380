import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprise';
import { people, users } from './identity';
import { occupations, regions } from './reference';

/**
 * 用工需求: one post an enterprise wants filled. Its status (open, partly filled, filled, expired,
 * closed) follows from headcount, filled count, deadline and closure; see domain/demand.
 */
export const demandLines = pgTable(
  'demand_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    /** L5..L1, or null when any level will do. */
    skillLevel: varchar('skill_level', { length: 2 }),
    headcount: integer('headcount').notNull(),
    filledCount: integer('filled_count').notNull().default(0),
    skillRequirements: text('skill_requirements').notNull(),
    /** Monthly wage in yuan. */
    wageMin: integer('wage_min').notNull(),
    wageMax: integer('wage_max').notNull(),
    deadline: date('deadline').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhoneCipher: text('contact_phone_cipher').notNull(),
    contactPhoneMasked: varchar('contact_phone_masked', { length: 16 }).notNull(),
    /** enterprise | staff | import */
    source: varchar('source', { length: 12 }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('demand_lines_region_idx').on(t.regionCode),
    index('demand_lines_occupation_idx').on(t.occupationCode),
    index('demand_lines_enterprise_idx').on(t.enterpriseId),
    index('demand_lines_deadline_idx').on(t.deadline),
  ],
);

/** 培训意愿: what a worker wants to learn, declared by themselves or recorded by staff. */
export const trainingWishes = pgTable(
  'training_wishes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    /** offline | online | mixed */
    mode: varchar('mode', { length: 8 }).notNull(),
    /** weekday | weekend | evening | full_time | any */
    preferredTime: varchar('preferred_time', { length: 10 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    targetGroup: varchar('target_group', { length: 32 }).notNull(),
    /** self | staff */
    source: varchar('source', { length: 8 }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_wishes_region_idx').on(t.regionCode),
    index('training_wishes_occupation_idx').on(t.occupationCode),
    index('training_wishes_person_idx').on(t.personId),
  ],
);

/**
 * Recruiting demand summed per region × occupation, kept by a trigger on demand_lines so the
 * province aggregate reads thousands of rows instead of every line. A line counts while it is not
 * closed, not filled and its deadline is on or after `demand_rollup_clock.as_of`; moving the clock
 * to a new day subtracts the lines that expired in between (modules/aggregate/rollup-clock.ts).
 */
export const demandRollup = pgTable(
  'demand_rollup',
  {
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    occupationCode: varchar('occupation_code', { length: 10 }).notNull(),
    lines: integer('lines').notNull(),
    postsOpen: integer('posts_open').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.occupationCode] })],
);

/** The civil date (China) the demand rollup counts deadlines from; one row. */
export const demandRollupClock = pgTable('demand_rollup_clock', {
  id: integer('id').primaryKey(),
  asOf: date('as_of').notNull(),
});

/** Active (not withdrawn) wishes per region × occupation × target group, kept by a trigger. */
export const wishRollup = pgTable(
  'wish_rollup',
  {
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    occupationCode: varchar('occupation_code', { length: 10 }).notNull(),
    targetGroup: varchar('target_group', { length: 32 }).notNull(),
    wishes: integer('wishes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.occupationCode, t.targetGroup] })],
);
