import {
  DEFAULT_NOTICE_DAYS,
  MAX_NOTICE_DAYS,
  MIN_NOTICE_DAYS,
  ROUND_STATUSES,
  SELECTION_METHODS,
} from '@qiancheng/domain/institutions/selection';
import { z } from 'zod';
import { civilDateSchema } from '../../platform/http/schemas';

const text = (max: number) => z.string().trim().min(1).max(max);

export const roundBody = z.strictObject({
  projectId: z.uuid(),
  method: z.enum(SELECTION_METHODS),
  conditions: text(4000),
  criteria: z
    .array(
      z.strictObject({
        key: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{0,31}$/),
        name: text(50),
        weight: z.number(),
        description: z.string().trim().max(500).default(''),
      }),
    )
    .max(10)
    .default([]),
  places: z.number().int().min(1).max(50),
  applicationDeadline: civilDateSchema,
  noticeDays: z.number().int().min(MIN_NOTICE_DAYS).max(MAX_NOTICE_DAYS).default(DEFAULT_NOTICE_DAYS),
  procurementReference: z.string().trim().max(100).optional(),
});
export type RoundInput = z.infer<typeof roundBody>;

export const applicationBody = z.strictObject({
  siteId: z.uuid(),
  teacherIds: z.array(z.uuid()).max(50).default([]),
  /** Price per trainee in fen. */
  priceFen: z.number().int().min(0).max(100_000_00),
  planSummary: text(4000),
});
export type ApplicationInput = z.infer<typeof applicationBody>;

export const scoreBody = z.strictObject({
  scores: z.record(z.string(), z.number()),
  reasons: text(2000),
});

export const publicizeBody = z.strictObject({
  selectedApplicationIds: z.array(z.uuid()).max(50).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const objectionBody = z.strictObject({
  applicationId: z.uuid().nullable().optional(),
  objector: text(100),
  content: text(4000),
  receivedOn: civilDateSchema,
});
export type ObjectionInput = z.infer<typeof objectionBody>;

export const handleObjectionBody = z.strictObject({
  outcome: z.enum(['upheld', 'dismissed']),
  handling: text(2000),
});

export const roundListQuery = {
  status: z.enum(ROUND_STATUSES).optional(),
  projectId: z.uuid().optional(),
};
