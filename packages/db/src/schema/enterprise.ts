import { index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from './reference';

/** Employers that declare labour demand and run enterprise training, keyed by 统一社会信用代码. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprises_credit_code_uq').on(t.creditCode),
    index('enterprises_region_idx').on(t.regionCode),
  ],
);
