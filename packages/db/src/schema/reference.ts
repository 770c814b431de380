import { index, pgTable, smallint, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions: provinces, cities and counties (no townships). */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 6 }).primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentCode: varchar('parent_code', { length: 6 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

/** 中华人民共和国职业分类大典 occupations, `D-DD-DD-DD`. */
export const occupations = pgTable(
  'occupations',
  {
    code: varchar('code', { length: 10 }).primaryKey(),
    name: text('name').notNull(),
    priorityField: text('priority_field').notNull().default('other'),
    source: text('source').notNull(),
    description: text('description'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('occupations_priority_field_idx').on(t.priorityField)],
);
