import { type Executor, subsidyClaimLines, subsidyClaims } from '@qiancheng/db';
import {
  CLAIM_STATUSES,
  type ClaimStatus,
  effectiveClaimStatus,
} from '@qiancheng/domain/claims/claim-lifecycle';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { today } from '../../platform/clock';
import type { SubsidyGrantsService } from '../subsidies/grants';

export const mySubsidiesSchema = z
  .object({
    /** 已享受补贴: subsidies paid to or for the person, as the limits across schemes count them. */
    grants: z.array(
      z.object({
        scheme: z.string(),
        occupationCode: z.string(),
        skillLevel: z.string().nullable(),
        certificateDate: z.string(),
        regionCode: z.string(),
        amountFen: z.number(),
        /** False while approved and not yet paid; the limits count it either way. */
        paid: z.boolean(),
      }),
    ),
    /** The person's lines on claims, whoever claimed them, newest first. */
    lines: z.array(
      z.object({
        claimId: z.string(),
        claimNumber: z.string(),
        /** class_training (the institution claimed) or skill_upgrade (the worker applied). */
        kind: z.string(),
        scheme: z.string(),
        certificateId: z.string().nullable(),
        /** Why a reviewer returned it, or what the review found. */
        decisionNote: z.string().nullable(),
        status: z.enum(CLAIM_STATUSES),
        stage: z.string().nullable(),
        amountFen: z.number(),
        included: z.boolean(),
        reasons: z.array(z.string()),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'MySubsidies' });
export type MySubsidies = z.infer<typeof mySubsidiesSchema>;

/** 我的补贴: what a worker has been granted and what claims hold for them, with the state of each. */
export async function mySubsidies(
  db: Executor,
  grants: SubsidyGrantsService,
  personId: string,
): Promise<MySubsidies> {
  const day = today();
  const [granted, lines] = await Promise.all([
    grants.ofPerson(db, personId),
    db
      .select({ line: subsidyClaimLines, claim: subsidyClaims })
      .from(subsidyClaimLines)
      .innerJoin(subsidyClaims, eq(subsidyClaims.id, subsidyClaimLines.claimId))
      .where(and(eq(subsidyClaimLines.personId, personId), eq(subsidyClaimLines.live, true)))
      .orderBy(desc(subsidyClaimLines.createdAt))
      .limit(200),
  ]);
  return {
    grants: granted.map((g) => ({
      scheme: g.scheme,
      occupationCode: g.occupationCode,
      skillLevel: g.skillLevel,
      certificateDate: g.certificateDate,
      regionCode: g.regionCode,
      amountFen: g.amountFen,
      paid: g.paidAt !== null,
    })),
    lines: lines.map(({ line, claim }) => ({
      claimId: claim.id,
      claimNumber: claim.number,
      kind: claim.kind,
      scheme: claim.scheme,
      certificateId: line.certificateId,
      decisionNote: claim.decisionNote,
      status: effectiveClaimStatus(claim.status as ClaimStatus, claim.noticeUntil, day),
      stage: line.stage,
      amountFen: line.amountFen,
      included: line.included,
      reasons: line.reasons as string[],
      createdAt: line.createdAt.toISOString(),
    })),
  };
}
