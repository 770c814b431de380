import { readTerminalCsv, readTerminalJson } from '@qiancheng/domain/attendance/terminal-records';
import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { importReportSchema } from '../../platform/xlsx/import-report';
import { attachmentHeader } from '../../platform/xlsx/upload-scope';
import { recordUploadRoutes } from './record-upload-scope';
import type { RecordingService, TerminalUpload } from './recording-service';
import { terminalBody, terminalSchema } from './schemas';
import type { TerminalsService } from './terminals-service';

const recordsBody = z.union([
  z.string(),
  z.strictObject({ records: z.array(z.record(z.string(), z.unknown())) }),
]);

function uploadOf(body: z.infer<typeof recordsBody>): TerminalUpload {
  if (typeof body === 'string') {
    return { format: 'csv', reading: readTerminalCsv(body), bytes: Buffer.from(body) };
  }
  return {
    format: 'json',
    reading: readTerminalJson(body.records),
    bytes: Buffer.from(JSON.stringify(body)),
  };
}

export async function terminalRoutes(
  app: ZodApp,
  deps: { terminals: TerminalsService; recording: RecordingService },
) {
  const { terminals, recording } = deps;
  const terminalResponse = { 200: z.object({ terminal: terminalSchema }), ...errorResponses };

  app.get(
    '/api/v1/attendance/terminals',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '考勤终端 The institution’s face-recognition terminals',
        querystring: z.strictObject(paginationQuery),
        response: { 200: pageSchema(terminalSchema), ...errorResponses },
      },
    },
    async (request) => terminals.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/attendance/terminals',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '登记考勤终端 Register a terminal by its serial at one of the institution’s sites',
        body: terminalBody,
        response: { 201: z.object({ terminal: terminalSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ terminal: await terminals.register(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/attendance/terminals/:id/retire',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '停用考勤终端 Retire a terminal; its later records are refused',
        params: z.strictObject({ id: uuidSchema }),
        response: terminalResponse,
      },
    },
    async (request) => ({ terminal: await terminals.retire(request.ctx, request.params.id) }),
  );

  app.get(
    '/api/v1/attendance/terminal-records/template',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags: ['attendance'],
        summary: '考勤机记录模板（CSV） The CSV template of terminal records',
        description: 'Answers text/csv in UTF-8.',
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachmentHeader('考勤机记录模板.csv', 'terminal-records.csv'))
        .send(terminals.template()),
  );

  await recordUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/classes/:id/attendance/terminal-records',
      {
        config: { access: 'attendance.record' },
        schema: {
          tags: ['attendance'],
          summary: '导入考勤机记录 Import face-recognition terminal records (CSV or JSON)',
          description:
            'Body: text/csv with the header 终端编号,公民身份号码或人员编号,识别时间,比对分值 (or terminal,person,time,score), or JSON { records: [{ terminal, person, time, score }] }. mode=all (default) imports nothing when any record has a problem; mode=valid imports the records without problems and reports the rest.',
          params: z.strictObject({ id: uuidSchema }),
          querystring: z.strictObject({ mode: z.enum(['all', 'valid']).default('all') }),
          body: recordsBody,
          response: { 200: importReportSchema, ...errorResponses },
        },
      },
      async (request) =>
        recording.importTerminalRecords(
          request.ctx,
          request.params.id,
          uploadOf(request.body),
          request.query.mode,
        ),
    );
  });
}
