import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { uuidSchema } from '../../platform/http/schemas';
import { idNumberField, mobileField, personNameField } from '../people/schemas';
import { sessionInput } from './schemas';

const reason = z.string().trim().min(1).max(500);
const targetGroupCodes = TARGET_GROUPS.map((g) => g.code) as [string, ...string[]];

/** What an institution may ask to change in an approved or running class, each with a reason. */
export const changeRequestBody = (isKnownRegion: (code: string) => boolean) =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('teacher_replace'),
      fromTeacherId: uuidSchema,
      toTeacherId: uuidSchema,
      reason,
    }),
    z.strictObject({
      kind: z.literal('session_change'),
      sessionId: uuidSchema,
      session: sessionInput,
      reason,
    }),
    z.strictObject({ kind: z.literal('session_add'), session: sessionInput, reason }),
    z.strictObject({ kind: z.literal('session_cancel'), sessionId: uuidSchema, reason }),
    z.strictObject({
      kind: z.literal('trainee_add'),
      trainee: z.strictObject({
        name: personNameField,
        idNumber: idNumberField(isKnownRegion),
        mobile: mobileField.optional(),
        targetGroup: z.enum(targetGroupCodes),
        evidenceNote: z.string().trim().max(500).optional(),
      }),
      reason,
    }),
    z.strictObject({ kind: z.literal('trainee_remove'), enrolmentId: uuidSchema, reason }),
  ]);
export type ChangeRequestBody = z.infer<ReturnType<typeof changeRequestBody>>;

export const decideBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(1000).optional(),
});

/** A session as stored in a request's payload, in the shape it was entered. */
export type SessionPayload = z.infer<typeof sessionInput>;
