import { z } from 'zod';
import { today } from '../../platform/clock';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { attachmentHeader, XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import type { CheckInService } from './check-in-service';
import type { RecordingService } from './recording-service';
import {
  attendanceEventSchema,
  checkInBody,
  checkInResultSchema,
  classAttendanceSchema,
  eventsQuery,
  manualEntryBody,
  myAttendanceSchema,
  qrDisplaySchema,
} from './schemas';
import type { AttendanceService } from './service';
import { summaryWorkbook } from './summary-workbook';

const classParams = z.strictObject({ id: uuidSchema });

export function attendanceRoutes(
  app: ZodApp,
  deps: { attendance: AttendanceService; checkIn: CheckInService; recording: RecordingService },
) {
  const { attendance, checkIn, recording } = deps;

  app.post(
    '/api/v1/attendance/check-in',
    {
      config: { access: 'attendance.checkIn' },
      schema: {
        tags: ['attendance'],
        summary: '扫码签到签退 Check in or out with a session’s QR code',
        description:
          'The first record of a person in a session checks in, later ones check out. Answered once the record is stored.',
        body: checkInBody,
        response: { 201: checkInResultSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await checkIn.checkIn(request.ctx, request.body, request.headers['user-agent'] ?? null)),
  );

  app.get(
    '/api/v1/attendance/sessions/:sessionId/qr',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '课次签到二维码 The QR code a session’s screen shows now',
        description: 'The code changes every 30 seconds; ask again at refreshAt.',
        params: z.strictObject({ sessionId: uuidSchema }),
        response: { 200: qrDisplaySchema, ...errorResponses },
      },
    },
    async (request) => attendance.qrDisplay(request.ctx.actor!, request.params.sessionId),
  );

  app.get(
    '/api/v1/attendance/mine',
    {
      config: { access: 'attendance.checkIn' },
      schema: {
        tags: ['attendance'],
        summary: '我的考勤 The signed-in worker’s attendance in one of their classes',
        querystring: z.strictObject({ classId: uuidSchema }),
        response: { 200: myAttendanceSchema, ...errorResponses },
      },
    },
    async (request) => attendance.mine(request.ctx.actor!, request.query.classId),
  );

  app.get(
    '/api/v1/classes/:id/attendance',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['attendance'],
        summary: '班级考勤汇总 Attendance of a class per trainee and per session',
        description:
          'For the class’s institution and for staff, finance, auditors and administrators of its region.',
        params: classParams,
        response: { 200: classAttendanceSchema, ...errorResponses },
      },
    },
    async (request) => attendance.classSummary(request.ctx.actor!, request.params.id),
  );

  app.get(
    '/api/v1/classes/:id/attendance/events',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['attendance'],
        summary: '考勤记录 The attendance records of a class, newest first',
        params: classParams,
        querystring: eventsQuery,
        response: {
          200: pageSchema(attendanceEventSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => attendance.events(request.ctx.actor!, request.params.id, request.query),
  );

  app.get(
    '/api/v1/classes/:id/attendance/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['attendance'],
        summary: '导出考勤汇总（.xlsx） The per-trainee summary as a workbook',
        description: `Answers ${XLSX_MEDIA_TYPE}.`,
        params: classParams,
      },
    },
    async (request, reply) => {
      const summary = await attendance.classSummary(request.ctx.actor!, request.params.id);
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(`考勤汇总-${summary.class.code}.xlsx`, `attendance-${summary.class.code}.xlsx`),
        )
        .send(await summaryWorkbook(summary, today()));
    },
  );

  app.post(
    '/api/v1/classes/:id/attendance/manual',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '人工补录考勤 Record a trainee’s attendance by hand, with the reason (audited)',
        params: classParams,
        body: manualEntryBody,
        response: { 201: z.object({ recorded: z.number() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recording.recordManual(request.ctx, request.params.id, request.body)),
  );
}
