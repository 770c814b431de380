import { CALENDAR_DAY_KINDS, MAX_FILING_LEAD_WORKING_DAYS } from '@qiancheng/domain/classes/working-days';
import { z } from 'zod';
import { civilDateSchema, errorResponses, regionCodeSchema, type ZodApp } from '../../platform/http/schemas';
import type { CalendarService } from './service';

const entrySchema = z.object({
  day: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  inherited: z.boolean(),
});

const calendarSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number(),
    entries: z.array(entrySchema),
    filingLeadWorkingDays: z.number().nullable(),
    effectiveFilingLeadWorkingDays: z.number(),
  })
  .meta({ id: 'WorkingCalendar' });

const dayBody = z.strictObject({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1).max(40),
});
const yearSchema = z.coerce.number().int().min(2000).max(2100);
const calendarResponse = { 200: z.object({ calendar: calendarSchema }), ...errorResponses };

export function calendarRoutes(app: ZodApp, calendar: CalendarService) {
  app.get(
    '/api/v1/calendar/:region',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: '工作日历 The working calendar of a region for a year',
        description:
          'Holidays on weekdays and make-up working days on weekends, the region’s own and those it inherits from the regions above it, with the filing lead in force.',
        params: z.strictObject({ region: regionCodeSchema }),
        querystring: z.strictObject({ year: yearSchema }),
        response: calendarResponse,
      },
    },
    async (request) => ({ calendar: await calendar.view(request.params.region, request.query.year) }),
  );

  app.get(
    '/api/v1/calendar/:region/filing-deadline',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: '开班备案截止日 The last day to file a class starting on a date',
        params: z.strictObject({ region: regionCodeSchema }),
        querystring: z.strictObject({ start: civilDateSchema }),
        response: { 200: z.object({ lead: z.number(), deadline: z.string() }), ...errorResponses },
      },
    },
    async (request) => calendar.filingDeadline(request.params.region, request.query.start),
  );

  app.put(
    '/api/v1/calendar/:region/days/:day',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags: ['calendar'],
        summary: '设置放假或调休日 Set a holiday or make-up working day',
        params: z.strictObject({ region: regionCodeSchema, day: civilDateSchema }),
        body: dayBody,
        response: calendarResponse,
      },
    },
    async (request) => ({
      calendar: await calendar.setDay(request.ctx, request.params.region, {
        day: request.params.day,
        ...request.body,
      }),
    }),
  );

  app.delete(
    '/api/v1/calendar/:region/days/:day',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags: ['calendar'],
        summary: '删除放假或调休日 Remove a region’s own entry for a day',
        params: z.strictObject({ region: regionCodeSchema, day: civilDateSchema }),
        response: calendarResponse,
      },
    },
    async (request) => ({
      calendar: await calendar.removeDay(request.ctx, request.params.region, request.params.day),
    }),
  );

  app.put(
    '/api/v1/calendar/:region/years/:year',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags: ['calendar'],
        summary: '整年导入放假安排 Replace a region’s own entries of a year',
        params: z.strictObject({ region: regionCodeSchema, year: yearSchema }),
        body: z.strictObject({
          days: z.array(z.strictObject({ day: civilDateSchema, ...dayBody.shape })).max(366),
        }),
        response: calendarResponse,
      },
    },
    async (request) => ({
      calendar: await calendar.replaceYear(
        request.ctx,
        request.params.region,
        request.params.year,
        request.body.days,
      ),
    }),
  );

  app.put(
    '/api/v1/calendar/:region/settings',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags: ['calendar'],
        summary: '开班备案提前工作日数 The filing lead of a region (null: inherit)',
        params: z.strictObject({ region: regionCodeSchema }),
        body: z.strictObject({
          filingLeadWorkingDays: z.number().int().min(0).max(MAX_FILING_LEAD_WORKING_DAYS).nullable(),
        }),
        response: calendarResponse,
      },
    },
    async (request) => ({
      calendar: await calendar.setSettings(
        request.ctx,
        request.params.region,
        request.body.filingLeadWorkingDays,
      ),
    }),
  );
}
