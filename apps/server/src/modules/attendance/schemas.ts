import { z } from 'zod';
import { paginationQuery, uuidSchema } from '../../platform/http/schemas';

// ── Input ────────────────────────────────────────────────────────────────────────────────────

export const checkInBody = z.strictObject({
  /** The token of the scanned QR code. */
  token: z.string().trim().min(1).max(200),
  /** The session the client means, when it knows; a code of another session is then refused. */
  sessionId: uuidSchema.optional(),
  /** The phone's description of itself (its user agent); the request's own is used when absent. */
  device: z.string().trim().max(500).optional(),
  position: z
    .strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      /** Metres, as the browser reports it. */
      accuracy: z.number().min(0).max(1_000_000).optional(),
    })
    .optional(),
});
export type CheckInBody = z.infer<typeof checkInBody>;

export const manualEntryBody = z.strictObject({
  sessionId: uuidSchema,
  personId: uuidSchema,
  checkIn: z.iso.datetime({ offset: true }).optional(),
  checkOut: z.iso.datetime({ offset: true }).optional(),
  reason: z.string().trim().min(2).max(200),
});
export type ManualEntryBody = z.infer<typeof manualEntryBody>;

export const terminalBody = z.strictObject({
  code: z.string().trim().min(1).max(64),
  siteId: uuidSchema,
  name: z.string().trim().min(1).max(100),
});
export type TerminalBody = z.infer<typeof terminalBody>;

export const eventsQuery = z.strictObject({
  ...paginationQuery,
  sessionId: uuidSchema.optional(),
  personId: uuidSchema.optional(),
  source: z.enum(['qr', 'terminal', 'manual']).optional(),
});
export type EventsQuery = z.infer<typeof eventsQuery>;

// ── Output ───────────────────────────────────────────────────────────────────────────────────

const direction = z.enum(['in', 'out']);
const attendee = z.enum(['trainee', 'teacher']);
const source = z.enum(['qr', 'terminal', 'manual']);

const sessionRef = z.object({
  id: z.string(),
  day: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  room: z.string(),
});

const classRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const checkInResultSchema = z
  .object({
    direction,
    attendee,
    occurredAt: z.string(),
    session: sessionRef,
    class: classRef,
  })
  .meta({ id: 'CheckInResult' });
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const qrDisplaySchema = z
  .object({
    token: z.string(),
    /** The address the code encodes, on the worker web app. */
    path: z.string(),
    serverTime: z.string(),
    /** When the code on screen gives way to the next. */
    refreshAt: z.string(),
    session: sessionRef.extend({ hours: z.number() }),
    class: classRef,
    checkWindow: z.object({ opens: z.string(), closes: z.string() }),
    checkedIn: z.object({ trainees: z.number(), teachers: z.number(), rosterSize: z.number() }),
  })
  .meta({ id: 'QrDisplay' });
export type QrDisplay = z.infer<typeof qrDisplaySchema>;

const hoursFields = {
  scheduledHours: z.number(),
  /** Hours of the sessions whose check window has closed. */
  dueHours: z.number(),
  attendedHours: z.number(),
  electronicHours: z.number(),
  manualHours: z.number(),
  /** Percent with one decimal, rounded down; null when nothing is scheduled. */
  rate: z.number().nullable(),
  /** Below the bar on the sessions due so far. */
  flagged: z.boolean(),
  manualEntries: z.number(),
};

export const classAttendanceSchema = z
  .object({
    class: classRef.extend({ status: z.string() }),
    threshold: z.number(),
    scheduledHours: z.number(),
    dueHours: z.number(),
    trainees: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        idNumberMasked: z.string(),
        enrolmentStatus: z.string(),
        ...hoursFields,
      }),
    ),
    sessions: z.array(
      sessionRef.extend({
        hours: z.number(),
        kind: z.string(),
        cancelled: z.boolean(),
        /** upcoming | open | over: where the check window stands now. */
        state: z.enum(['upcoming', 'open', 'over']),
        traineesPresent: z.number(),
        teacherPresent: z.boolean(),
        manualEntries: z.number(),
      }),
    ),
    totals: z.object({ records: z.number(), manualEntries: z.number(), flagged: z.number() }),
  })
  .meta({ id: 'ClassAttendance' });
export type ClassAttendance = z.infer<typeof classAttendanceSchema>;

export const myAttendanceSchema = z
  .object({
    class: classRef.extend({ status: z.string() }),
    threshold: z.number(),
    ...hoursFields,
    sessions: z.array(
      sessionRef.extend({
        hours: z.number(),
        cancelled: z.boolean(),
        state: z.enum(['upcoming', 'open', 'over']),
        attendedHours: z.number(),
        electronicHours: z.number(),
        manualHours: z.number(),
        records: z.array(z.object({ direction, source, occurredAt: z.string() })),
      }),
    ),
  })
  .meta({ id: 'MyAttendance' });
export type MyAttendance = z.infer<typeof myAttendanceSchema>;

export const attendanceEventSchema = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    sessionId: z.string(),
    sessionDay: z.string(),
    sessionTime: z.string(),
    personId: z.string(),
    personName: z.string(),
    idNumberMasked: z.string(),
    attendee,
    direction,
    source,
    device: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    /** Metres, as the phone reported it. */
    positionAccuracy: z.number().nullable(),
    terminalCode: z.string().nullable(),
    matchScore: z.number().nullable(),
    manualReason: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'AttendanceEvent' });
export type AttendanceEventView = z.infer<typeof attendanceEventSchema>;

export const terminalSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    siteId: z.string(),
    siteName: z.string(),
    retiredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AttendanceTerminal' });
export type TerminalView = z.infer<typeof terminalSchema>;
