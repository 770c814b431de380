import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { classSessions, trainingClasses } from './classes';
import { users } from './identity';
import { documents, institutionFindings, institutions } from './institutions';
import { regions } from './reference';

/**
 * 抽查批次: a random sample of running classes drawn by staff, weighted by the institution's
 * standing and open alerts. The seed and the weights are kept so the draw can be re-run and shown
 * to be random.
 */
export const supervisionSamples = pgTable(
  'supervision_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** onsite | remote */
    kind: varchar('kind', { length: 8 }).notNull(),
    size: integer('size').notNull(),
    /** How many running classes the sample was drawn from. */
    population: integer('population').notNull(),
    seed: varchar('seed', { length: 64 }).notNull(),
    /**
     * [{ classId, weight }] of the population, in the order drawn from, with what each weight was
     * made of (the institution's standing and its findings of the last twelve months) on the day.
     */
    weights: jsonb('weights')
      .notNull()
      .$type<{ classId: string; weight: number; standing?: string; findings?: number }[]>(),
    drawnOn: date('drawn_on').notNull(),
    drawnBy: uuid('drawn_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_samples_region_idx').on(t.regionCode)],
);

/**
 * 过程监督检查: an on-site visit (people present against people checked in, photos, findings) or a
 * remote check (the institution uploads a time-stamped photo before a deadline).
 * planned → completed (on site); requested → submitted → completed, or overdue (remote).
 */
export const supervisionChecks = pgTable(
  'supervision_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sampleId: uuid('sample_id').references(() => supervisionSamples.id),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    sessionId: uuid('session_id').references(() => classSessions.id),
    /** onsite | remote */
    kind: varchar('kind', { length: 8 }).notNull(),
    /** planned | requested | submitted | completed | overdue | cancelled */
    status: varchar('status', { length: 10 }).notNull(),
    plannedOn: date('planned_on'),
    /** Remote checks: the photo must arrive before this moment. */
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    instructions: text('instructions'),
    /** The institution's photo for a remote check, and when it arrived. */
    submittedDocumentId: uuid('submitted_document_id').references(() => documents.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedNote: text('submitted_note'),
    /** What the inspector found. */
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    peoplePresent: integer('people_present'),
    peopleCheckedIn: integer('people_checked_in'),
    photoDocumentIds: jsonb('photo_document_ids').$type<string[]>(),
    /** ok | minor | serious */
    conclusion: varchar('conclusion', { length: 8 }),
    notes: text('notes'),
    findingId: uuid('finding_id').references(() => institutionFindings.id),
    createdBy: uuid('created_by').references(() => users.id),
    completedBy: uuid('completed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_checks_class_idx').on(t.classId),
    index('supervision_checks_region_idx').on(t.regionCode, t.status),
    index('supervision_checks_institution_idx').on(t.institutionId, t.status),
  ],
);
