import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { people, users } from './identity';
import { documents, institutionSites, institutions, teachers, teachingResources } from './institutions';
import { projects } from './projects';
import { occupations, regions } from './reference';

/**
 * 工作日历: the days of a region that differ from the plain week — public holidays on weekdays
 * (`holiday`) and make-up working days on weekends (`workday`). A region's calendar is its own
 * entries over those of the regions above it; the nearest entry for a day wins.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    day: date('day').notNull(),
    /** holiday | workday */
    kind: varchar('kind', { length: 8 }).notNull().$type<'holiday' | 'workday'>(),
    name: text('name').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.day] })],
);

/** Settings an administrator keeps per region; null columns inherit from the region above. */
export const regionSettings = pgTable('region_settings', {
  regionCode: varchar('region_code', { length: 6 })
    .primaryKey()
    .references(() => regions.code),
  /** Working days a class must be filed before its start (开班备案提前量). */
  filingLeadWorkingDays: smallint('filing_lead_working_days'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 培训班: one class of a selected institution under a published project, filed (开班备案) before it
 * starts and run through draft → filed → approved | returned → in_progress → completed →
 * assessed → closed, or cancelled.
 */
export const trainingClasses = pgTable(
  'training_classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 班级编号, e.g. 410105-2026-0007: the site's county, the start year, a serial. */
    code: varchar('code', { length: 20 }).notNull(),
    name: text('name').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => institutionSites.id),
    /** Where the class is held (the site's region): staff of this subtree review and supervise it. */
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    plannedTrainees: integer('planned_trainees').notNull(),
    /** Whether workers may enrol themselves online while the class is being prepared. */
    enrolmentOpen: boolean('enrolment_open').notNull().default(false),
    teachingPlan: text('teaching_plan').notNull(),
    assessmentPlan: text('assessment_plan').notNull(),
    /** Fee per trainee and its expected split, in fen; the three parts add up to the fee. */
    feeFen: integer('fee_fen').notNull(),
    governmentFen: integer('government_fen').notNull(),
    enterpriseFen: integer('enterprise_fen').notNull(),
    individualFen: integer('individual_fen').notNull(),
    /** draft | filed | approved | returned | in_progress | completed | assessed | closed | cancelled */
    status: varchar('status', { length: 12 }).notNull(),
    /** The lead in working days that applied when it was filed. */
    filingLeadDays: smallint('filing_lead_days'),
    filedAt: timestamp('filed_at', { withTimezone: true }),
    filedOn: date('filed_on'),
    filedBy: uuid('filed_by').references(() => users.id),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_classes_code_uq').on(t.code),
    index('training_classes_project_idx').on(t.projectId),
    index('training_classes_institution_idx').on(t.institutionId, t.status),
    index('training_classes_region_idx').on(t.regionCode, t.status),
    index('training_classes_start_idx').on(t.startDate),
  ],
);

/** Serial numbers of class codes per county and year. */
export const classCodeSerials = pgTable(
  'class_code_serials',
  {
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    year: smallint('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/** 课表: one session of a class — when, how many 学时, theory or practice, by whom, where. */
export const classSessions = pgTable(
  'class_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    day: date('day').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** 学时, in tenths (a 2.5-hour session is 25), so sums stay exact. */
    hoursTenths: integer('hours_tenths').notNull(),
    /** theory | practice */
    kind: varchar('kind', { length: 8 }).notNull().$type<'theory' | 'practice'>(),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id),
    room: text('room').notNull(),
    /** Set when an approved change removed the session; it then no longer counts. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('class_sessions_class_idx').on(t.classId, t.startsAt),
    index('class_sessions_teacher_idx').on(t.teacherId, t.startsAt),
  ],
);

/** The teachers of a class, from the teacher pool, qualified for its occupation. */
export const classTeachers = pgTable(
  'class_teachers',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id),
    /** lead | assistant */
    role: varchar('role', { length: 10 }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.classId, t.teacherId] })],
);

/** Materials of a class: a resource of the library, or a file uploaded with the filing. */
export const classMaterials = pgTable(
  'class_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    resourceId: uuid('resource_id').references(() => teachingResources.id),
    documentId: uuid('document_id').references(() => documents.id),
    title: text('title').notNull(),
  },
  (t) => [index('class_materials_class_idx').on(t.classId)],
);

/**
 * 学员名册: a person enrolled in a class, with the target group they are trained under and its
 * evidence, and their share of the fee. enrolled → attending → completed | dropped.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** A code of TARGET_GROUPS. */
    targetGroup: varchar('target_group', { length: 32 }).notNull(),
    evidenceDocumentId: uuid('evidence_document_id').references(() => documents.id),
    evidenceNote: text('evidence_note'),
    /** enrolled | attending | completed | dropped */
    status: varchar('status', { length: 10 }).notNull(),
    /** institution | import | self | change */
    source: varchar('source', { length: 12 }).notNull(),
    governmentFen: integer('government_fen').notNull(),
    enterpriseFen: integer('enterprise_fen').notNull(),
    individualFen: integer('individual_fen').notNull(),
    /** The outcome of the real-name check (registry | public_security) and when. */
    identityCheckedBy: varchar('identity_checked_by', { length: 16 }),
    identityCheckedAt: timestamp('identity_checked_at', { withTimezone: true }),
    droppedAt: timestamp('dropped_at', { withTimezone: true }),
    dropReason: text('drop_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enrolments_class_person_uq').on(t.classId, t.personId),
    index('enrolments_person_idx').on(t.personId),
  ],
);

/**
 * 变更申请: after approval a class changes only through requests staff approve — a teacher, a
 * session, a trainee added or removed — all kept with the decision.
 */
export const classChangeRequests = pgTable(
  'class_change_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    /** teacher_replace | session_change | session_add | session_cancel | trainee_add | trainee_remove */
    kind: varchar('kind', { length: 16 }).notNull(),
    payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
    reason: text('reason').notNull(),
    /** pending | approved | rejected | withdrawn */
    status: varchar('status', { length: 10 }).notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('class_change_requests_class_idx').on(t.classId),
    index('class_change_requests_pending_idx').on(t.status).where(sql`${t.status} = 'pending'`),
  ],
);
