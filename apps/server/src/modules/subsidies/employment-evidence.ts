import { employmentEvidence } from '@qiancheng/db';
import { EVIDENCE_KINDS, evidenceProblems } from '@qiancheng/domain/subsidy/employment-evidence';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import { civilDateSchema, uuidSchema } from '../../platform/http/schemas';
import type { ClassesService } from '../classes/service';

export const evidenceBody = z.strictObject({
  enrolmentId: uuidSchema,
  kind: z.enum(EVIDENCE_KINDS),
  employerName: z.string().trim().min(1).max(100),
  startDate: civilDateSchema.optional(),
  throughDate: civilDateSchema.optional(),
  months: z.number().int().optional(),
});
export type EvidenceInput = z.infer<typeof evidenceBody>;

export const evidenceQuery = z.strictObject({ enrolmentId: uuidSchema });

export const evidenceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    employerName: z.string(),
    startDate: z.string().nullable(),
    throughDate: z.string().nullable(),
    months: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EmploymentEvidence' });
export type EvidenceView = z.infer<typeof evidenceSchema>;

function present(row: typeof employmentEvidence.$inferSelect): EvidenceView {
  return {
    id: row.id,
    kind: row.kind as EvidenceView['kind'],
    employerName: row.employerName,
    // Contributions and wages store their last month as the date the rule counts back from.
    startDate: row.kind === 'contract' || row.kind === 'domestic_service' ? row.startDate : null,
    throughDate: row.throughDate,
    months: row.months,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * 稳定就业证明: the institution that trained a person (or staff of the class's region) records the
 * evidence of their employment after training, which releases the second stage of the training
 * subsidy under A6. Evidence belongs to the person; it is recorded against an enrolment so that
 * whoever records it is shown to have trained them.
 */
export class EmploymentEvidenceService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { classes: ClassesService },
  ) {}

  async record(context: RequestContext, input: EvidenceInput): Promise<EvidenceView> {
    const actor = context.actor!;
    const { enrolment } = await this.enrolmentOf(actor, input.enrolmentId);
    const problems = evidenceProblems(
      {
        kind: input.kind,
        employerName: input.employerName,
        ...(input.startDate ? { startDate: input.startDate } : {}),
        ...(input.throughDate ? { throughDate: input.throughDate } : {}),
        ...(input.months === undefined ? {} : { months: input.months }),
      },
      today(),
    );
    if (problems.length > 0) throw invalidFields(...problems.map((p) => fieldProblem(p.field, p.reason)));
    const dated = input.kind === 'contract' || input.kind === 'domestic_service';
    return this.platform.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(employmentEvidence)
        .values({
          personId: enrolment.personId,
          kind: input.kind,
          startDate: dated ? input.startDate! : input.throughDate!,
          throughDate: dated ? null : input.throughDate!,
          months: input.kind === 'domestic_service' ? null : input.months!,
          employerName: input.employerName,
          recordedBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'subsidies.employment_evidence',
          entityType: 'enrolment',
          entityId: enrolment.id,
          after: row,
        },
      ]);
      return present(row!);
    });
  }

  async list(actor: Actor, enrolmentId: string): Promise<EvidenceView[]> {
    const { enrolment } = await this.enrolmentOf(actor, enrolmentId);
    const rows = await this.platform.db
      .select()
      .from(employmentEvidence)
      .where(eq(employmentEvidence.personId, enrolment.personId))
      .orderBy(asc(employmentEvidence.startDate));
    return rows.map(present);
  }

  /** The enrolment, if the caller's institution ran its class or the class is in the staff's region. */
  private async enrolmentOf(actor: Actor, enrolmentId: string) {
    const found = await this.deps.classes.enrolmentWithClass(enrolmentId);
    if (!found) throw notFound();
    const visible =
      actor.role === 'institution'
        ? found.class.institutionId === actor.organizationId
        : isRegionInScope(actor, found.class.regionCode);
    if (!visible) throw notFound();
    return found;
  }
}
