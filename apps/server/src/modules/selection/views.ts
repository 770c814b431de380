import { z } from 'zod';
import type * as repo from './repository';

export const roundItemSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    projectTitle: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    regionCode: z.string(),
    method: z.enum(['scoring', 'procurement']),
    status: z.enum(['open', 'scoring', 'publicized', 'effective', 'cancelled']),
    conditions: z.string(),
    criteria: z.array(
      z.object({ key: z.string(), name: z.string(), weight: z.number(), description: z.string() }),
    ),
    places: z.number(),
    applicationDeadline: z.string(),
    noticeDays: z.number(),
    noticeStart: z.string().nullable(),
    noticeEnd: z.string().nullable(),
    procurementReference: z.string().nullable(),
    resultNote: z.string().nullable(),
    applications: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'SelectionRound' });
export type RoundItem = z.infer<typeof roundItemSchema>;

export const applicationSchema = z
  .object({
    id: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    siteId: z.string(),
    teacherIds: z.array(z.string()),
    priceFen: z.number(),
    planSummary: z.string(),
    status: z.enum(['submitted', 'withdrawn', 'scored', 'selected', 'not_selected']),
    scores: z.record(z.string(), z.number()).nullable(),
    totalScore: z.number().nullable(),
    scoreReasons: z.string().nullable(),
    submittedAt: z.string(),
  })
  .meta({ id: 'SelectionApplication' });
export type ApplicationView = z.infer<typeof applicationSchema>;

export const roundDetailSchema = z.object({
  round: roundItemSchema,
  applications: z.array(applicationSchema),
  objections: z.array(
    z.object({
      id: z.string(),
      applicationId: z.string().nullable(),
      objector: z.string(),
      content: z.string(),
      receivedOn: z.string(),
      outcome: z.enum(['upheld', 'dismissed']).nullable(),
      handling: z.string().nullable(),
    }),
  ),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export function presentRound(
  row: repo.RoundRow,
  project: { title: string; occupationCode: string; occupationName: string } | undefined,
  applications: number,
): RoundItem {
  return {
    id: row.id,
    projectId: row.projectId,
    projectTitle: project?.title ?? '',
    occupationCode: project?.occupationCode ?? '',
    occupationName: project?.occupationName ?? '',
    regionCode: row.regionCode,
    method: row.method as RoundItem['method'],
    status: row.status as RoundItem['status'],
    conditions: row.conditions,
    criteria: row.criteria,
    places: row.places,
    applicationDeadline: row.applicationDeadline,
    noticeDays: row.noticeDays,
    noticeStart: row.noticeStart,
    noticeEnd: row.noticeEnd,
    procurementReference: row.procurementReference,
    resultNote: row.resultNote,
    applications,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentApplication(row: repo.ApplicationRow, institutionName: string): ApplicationView {
  return {
    id: row.id,
    institutionId: row.institutionId,
    institutionName,
    siteId: row.siteId,
    teacherIds: row.teacherIds,
    priceFen: row.priceFen,
    planSummary: row.planSummary,
    status: row.status as ApplicationView['status'],
    scores: row.scores,
    totalScore: row.totalScore === null ? null : Number(row.totalScore),
    scoreReasons: row.scoreReasons,
    submittedAt: row.createdAt.toISOString(),
  };
}
