import {
  bigserial,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './identity';
import { institutionSites, institutions } from './institutions';

/** 人脸识别考勤终端: a face-recognition terminal an institution registered at one of its sites. */
export const attendanceTerminals = pgTable(
  'attendance_terminals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The terminal's own serial, as it appears in its export files. */
    code: varchar('code', { length: 64 }).notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => institutionSites.id),
    name: text('name').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('attendance_terminals_code_uq').on(t.code)],
);

/**
 * 考勤记录: one check-in or check-out of a trainee or teacher for a session, from a QR scan, a
 * terminal, or entered by hand with a reason. Append-only; the largest table of a province, so it
 * is partitioned by month of `occurred_at` (migration 0007) and its key includes that column.
 * Class, session and person are checked by the attendance service before the insert rather than
 * by foreign keys: a key check locks the session row, and a whole class checking in at once would
 * queue on it.
 */
export const attendanceEvents = pgTable(
  'attendance_events',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    classId: uuid('class_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** trainee | teacher */
    attendee: varchar('attendee', { length: 8 }).notNull().$type<'trainee' | 'teacher'>(),
    /** in | out */
    direction: varchar('direction', { length: 3 }).notNull().$type<'in' | 'out'>(),
    /** qr | terminal | manual */
    source: varchar('source', { length: 8 }).notNull().$type<'qr' | 'terminal' | 'manual'>(),
    device: text('device'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** How far off the phone said its position may be, in metres. */
    positionAccuracy: real('position_accuracy'),
    terminalId: uuid('terminal_id'),
    matchScore: real('match_score'),
    manualReason: text('manual_reason'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    index('attendance_events_session_person_idx').on(t.sessionId, t.personId, t.occurredAt),
    index('attendance_events_class_idx').on(t.classId, t.occurredAt),
  ],
);
