import type { Executor } from '@qiancheng/db';
import type { CompletionEntry, EvaluationEntry } from '@qiancheng/domain/assessment/assessment-views';
import { completionPassed, type ResultKind, resultProblems } from '@qiancheng/domain/assessment/results';
import { CLASS_STATUS_NAMES, type ClassStatus } from '@qiancheng/domain/classes/class-lifecycle';
import { SKILL_LEVEL_CHOICES } from '@qiancheng/domain/demand/demand-row';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { isWithinRegion } from '@qiancheng/domain/region/region-code';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClassRow } from '../classes/repository';
import type { ClassesService } from '../classes/service';
import type { CredentialsService } from '../credentials/service';
import type { CertificateView } from '../credentials/views';
import type { InstitutionsService } from '../institutions/service';
import type { AssessmentBodiesService } from './bodies-service';
import * as repo from './repository';

export interface ResultView {
  kind: ResultKind;
  score: number | null;
  passed: boolean;
  skillLevel: string | null;
  assessedOn: string;
  source: string;
  note: string | null;
}

export interface TraineeResults {
  enrolmentId: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  enrolmentStatus: string;
  completion: ResultView | null;
  evaluation: ResultView | null;
  certificates: { id: string; number: string; kind: string; status: string }[];
}

export interface ClassResults {
  classId: string;
  class: { code: string; name: string; endDate: string; occupationCode: string };
  classStatus: ClassStatus;
  /** Completion results were submitted: the class is assessed (or closed). */
  submitted: boolean;
  items: TraineeResults[];
}

export interface AssessmentDeps {
  classes: ClassesService;
  bodies: AssessmentBodiesService;
  credentials: CredentialsService;
  institutions: InstitutionsService;
}

function present(row: repo.ResultRow): ResultView {
  return {
    kind: row.kind as ResultKind,
    score: row.score === null ? null : Number(row.score),
    passed: row.passed,
    skillLevel: row.skillLevel,
    assessedOn: row.assessedOn,
    source: row.source,
    note: row.note,
  };
}

function resultFieldProblems(problems: ReturnType<typeof resultProblems>, prefix: string): FieldProblem[] {
  return problems.map((p) =>
    fieldProblem(
      `${prefix}.${p.field}`,
      p.reason,
      p.reason === 'invalid_skill_level' ? { options: SKILL_LEVEL_CHOICES.join('、') } : p.params,
    ),
  );
}

/**
 * 结业考核 and 技能评价: the institution records each trainee's completion exam once the class has
 * completed and submits them (the class is then assessed); an assessment body records skill-level
 * or special-ability evaluations for classes of occupations it may evaluate in its region, by hand
 * or from its evaluation system's export. Certificates are issued from these results only.
 */
export class AssessmentService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: AssessmentDeps,
  ) {}

  /** The class as an assessor may see it: an occupation it evaluates, in its region. */
  private async assertEvaluable(actor: Actor, row: ClassRow, db: Executor) {
    const body = await this.deps.bodies.bodyOf(actor, db);
    if (
      !body.occupationCodes.includes(row.occupationCode) ||
      !isWithinRegion(row.regionCode, body.regionCode)
    ) {
      throw new AppError('assessment.not_evaluable', { params: { occupation: row.occupationCode } });
    }
    return body;
  }

  private async readable(actor: Actor, classId: string): Promise<ClassRow> {
    if (actor.role === 'assessor') {
      const row = await this.deps.classes.findClass(classId);
      if (!row) throw notFound();
      await this.assertEvaluable(actor, row, this.platform.db);
      return row;
    }
    if (actor.role === 'worker') throw notFound();
    return this.deps.classes.assertReadable(actor, classId);
  }

  async results(actor: Actor, classId: string): Promise<ClassResults> {
    const row = await this.readable(actor, classId);
    return this.resultsOf(row);
  }

  private async resultsOf(row: ClassRow, db: Executor = this.platform.db): Promise<ClassResults> {
    // One after another: `db` may be a transaction, whose one connection runs one query at a time.
    const roster = await this.deps.classes.roster(row.id, db);
    const results = await repo.resultsOfClass(db, row.id);
    const certificates = await this.deps.credentials.ofClass(row.id, db);
    const of = (enrolmentId: string, kinds: ResultKind[]) =>
      results.find((r) => r.enrolmentId === enrolmentId && kinds.includes(r.kind as ResultKind));
    return {
      classId: row.id,
      class: { code: row.code, name: row.name, endDate: row.endDate, occupationCode: row.occupationCode },
      classStatus: row.status as ClassStatus,
      submitted: row.status === 'assessed' || row.status === 'closed',
      items: roster.map((t) => {
        const completion = of(t.enrolmentId, ['completion']);
        const evaluation = of(t.enrolmentId, ['skill_level', 'special_ability']);
        return {
          enrolmentId: t.enrolmentId,
          personId: t.personId,
          name: t.name,
          idNumberMasked: t.idNumberMasked,
          enrolmentStatus: t.status,
          completion: completion ? present(completion) : null,
          evaluation: evaluation ? present(evaluation) : null,
          certificates: certificates
            .filter((c: CertificateView) => c.enrolmentId === t.enrolmentId)
            .map((c) => ({ id: c.id, number: c.number, kind: c.kind, status: c.status })),
        };
      }),
    };
  }

  private assertCompleted(row: ClassRow): void {
    if (row.status === 'assessed' || row.status === 'closed') throw new AppError('assessment.results_locked');
    if (row.status !== 'completed') {
      const names = CLASS_STATUS_NAMES[row.status as ClassStatus];
      throw new AppError('assessment.class_not_completed', {
        params: { statusZh: names['zh-CN'], statusEn: names['en-US'].toLowerCase() },
      });
    }
  }

  /** The institution records (or corrects) completion results until it submits them. */
  async recordCompletion(
    context: RequestContext,
    classId: string,
    entries: CompletionEntry[],
  ): Promise<ClassResults> {
    const actor = context.actor!;
    const result = await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.assertCompleted(row);
      const roster = new Map((await this.deps.classes.roster(classId, tx)).map((t) => [t.enrolmentId, t]));
      const problems: FieldProblem[] = [];
      entries.forEach((entry, index) => {
        const trainee = roster.get(entry.enrolmentId);
        if (!trainee || trainee.status === 'dropped') {
          problems.push(fieldProblem(`results.${index}.enrolmentId`, 'trainee_not_in_class'));
          return;
        }
        const line = {
          kind: 'completion' as const,
          score: entry.score,
          passed: completionPassed(entry.score),
          skillLevel: null,
          assessedOn: entry.assessedOn,
        };
        problems.push(
          ...resultFieldProblems(
            resultProblems(line, { classEnd: row.endDate, today: today() }),
            `results.${index}`,
          ),
        );
      });
      if (problems.length) throw invalidFields(...problems);
      for (const entry of entries) {
        const trainee = roster.get(entry.enrolmentId)!;
        await repo.upsertResult(tx, {
          enrolmentId: entry.enrolmentId,
          classId,
          personId: trainee.personId,
          kind: 'completion',
          score: String(entry.score),
          passed: completionPassed(entry.score),
          skillLevel: null,
          assessedOn: entry.assessedOn,
          source: 'institution',
          note: entry.note ?? null,
          recordedBy: actor.userId,
        });
      }
      await appendAudit(tx, context, [
        {
          action: 'assessment.completion.record',
          entityType: 'class',
          entityId: classId,
          after: { results: entries },
        },
      ]);
      return this.resultsOf(row, tx);
    });
    return result;
  }

  /** Submitting completion results: every trainee on the roster has one; the class is assessed. */
  async submitCompletion(context: RequestContext, classId: string): Promise<ClassResults> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.assertCompleted(row);
      const active = (await this.deps.classes.roster(classId, tx)).filter((t) => t.status !== 'dropped');
      const recorded = new Set(
        (
          await repo.resultsOfEnrolments(
            tx,
            active.map((t) => t.enrolmentId),
            'completion',
          )
        ).map((r) => r.enrolmentId),
      );
      const missing = active.filter((t) => !recorded.has(t.enrolmentId)).length;
      if (missing > 0) throw new AppError('classes.results_missing', { params: { missing } });
      await this.deps.classes.markAssessed(tx, context, classId);
    });
    return this.results(actor, classId);
  }

  /** An assessment body records evaluations of trainees of a finished class. */
  async recordEvaluations(
    context: RequestContext,
    classId: string,
    entries: EvaluationEntry[],
  ): Promise<ClassResults> {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.findClass(classId, tx);
      if (!row) throw notFound();
      const body = await this.assertEvaluable(actor, row, tx);
      if (!['completed', 'assessed', 'closed'].includes(row.status)) {
        const names = CLASS_STATUS_NAMES[row.status as ClassStatus];
        throw new AppError('assessment.class_not_completed', {
          params: { statusZh: names['zh-CN'], statusEn: names['en-US'].toLowerCase() },
        });
      }
      const roster = new Map((await this.deps.classes.roster(classId, tx)).map((t) => [t.enrolmentId, t]));
      const problems: FieldProblem[] = [];
      entries.forEach((entry, index) => {
        const trainee = roster.get(entry.enrolmentId);
        if (!trainee || trainee.status === 'dropped') {
          problems.push(fieldProblem(`results.${index}.enrolmentId`, 'trainee_not_in_class'));
          return;
        }
        problems.push(
          ...resultFieldProblems(
            resultProblems(this.lineOf(entry), { classEnd: row.endDate, today: today() }),
            `results.${index}`,
          ),
        );
      });
      const existing = await this.evaluationsOf(
        tx,
        entries.map((e) => e.enrolmentId),
      );
      entries.forEach((entry, index) => {
        if (existing.some((r) => r.enrolmentId === entry.enrolmentId && r.assessmentBodyId !== body.id)) {
          problems.push(fieldProblem(`results.${index}.enrolmentId`, 'evaluated_by_other_body'));
        }
      });
      if (problems.length) throw invalidFields(...problems);
      for (const entry of entries) {
        await this.saveEvaluation(
          tx,
          actor,
          row.id,
          roster.get(entry.enrolmentId)!.personId,
          body.id,
          entry,
          'assessor',
        );
      }
      await appendAudit(tx, context, [
        {
          action: 'assessment.evaluation.record',
          entityType: 'class',
          entityId: classId,
          after: { bodyId: body.id, results: entries },
        },
      ]);
      return this.resultsOf(row, tx);
    });
  }

  /** Whether each enrolment passed its completion exam; enrolments without a result are absent. */
  async completionsOf(enrolmentIds: readonly string[], db: Executor = this.platform.db) {
    const rows = await repo.resultsOfEnrolments(db, enrolmentIds, 'completion');
    return new Map(rows.map((row) => [row.enrolmentId, row.passed]));
  }

  /** Skill-level and special-ability results of enrolments, whoever recorded them. */
  async evaluationsOf(tx: Executor, enrolmentIds: readonly string[]) {
    return (await repo.resultsOfEnrolments(tx, enrolmentIds)).filter((r) => r.kind !== 'completion');
  }

  lineOf(entry: Omit<EvaluationEntry, 'enrolmentId'>) {
    return {
      kind: entry.kind,
      score: entry.score ?? null,
      passed: entry.passed,
      skillLevel: entry.kind === 'skill_level' ? (entry.skillLevel ?? null) : null,
      assessedOn: entry.assessedOn,
    };
  }

  async saveEvaluation(
    tx: Executor,
    actor: Actor,
    classId: string,
    personId: string,
    bodyId: string,
    entry: EvaluationEntry,
    source: 'assessor' | 'import',
  ): Promise<void> {
    // One evaluation per enrolment: a special-ability result replaces a skill-level one and back.
    const other = entry.kind === 'skill_level' ? 'special_ability' : 'skill_level';
    const existing = await repo.resultsOfEnrolments(tx, [entry.enrolmentId], other);
    if (existing.length) await repo.deleteResult(tx, entry.enrolmentId, other);
    const line = this.lineOf(entry);
    await repo.upsertResult(tx, {
      enrolmentId: entry.enrolmentId,
      classId,
      personId,
      kind: entry.kind,
      score: line.score === null ? null : String(line.score),
      passed: entry.passed,
      skillLevel: line.skillLevel,
      assessedOn: entry.assessedOn,
      assessmentBodyId: bodyId,
      source,
      note: entry.note ?? null,
      recordedBy: actor.userId,
    });
  }

  // ── Certificates ───────────────────────────────────────────────────────────────────────────

  /**
   * Issues certificates from recorded results: an institution its 培训合格证 to trainees who passed
   * the completion exam of a submitted class, an assessment body its certificates to those it
   * passed. Trainees who already hold one of the kind are skipped; none left is an error.
   */
  async issue(
    context: RequestContext,
    classId: string,
    enrolmentIds: readonly string[] | undefined,
  ): Promise<CertificateView[]> {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const row =
        actor.role === 'institution'
          ? await this.deps.classes.lockOwn(tx, actor, classId)
          : await this.deps.classes.findClass(classId, tx);
      if (!row) throw notFound();
      const results = await this.resultsOf(row, tx);
      const wanted = (t: TraineeResults) => !enrolmentIds || enrolmentIds.includes(t.enrolmentId);
      const issuedOn = today();
      const issued: CertificateView[] = [];
      if (actor.role === 'institution') {
        if (!results.submitted) {
          const names = CLASS_STATUS_NAMES[row.status as ClassStatus];
          throw new AppError('assessment.class_not_completed', {
            params: { statusZh: names['zh-CN'], statusEn: names['en-US'].toLowerCase() },
          });
        }
        const institution = await this.deps.institutions.summary(row.institutionId, tx);
        for (const t of results.items.filter(wanted)) {
          if (
            !t.completion?.passed ||
            t.certificates.some((c) => c.kind === 'training' && c.status === 'issued')
          )
            continue;
          issued.push(
            await this.deps.credentials.issue(tx, context, {
              kind: 'training',
              personId: t.personId,
              holderName: t.name,
              enrolmentId: t.enrolmentId,
              classId,
              occupationCode: row.occupationCode,
              skillLevel: null,
              issuer: {
                kind: 'institution',
                id: row.institutionId,
                name: institution!.name,
                regionCode: row.regionCode,
              },
              issuedOn,
            }),
          );
        }
      } else {
        const body = await this.assertEvaluable(actor, row, tx);
        for (const t of results.items.filter(wanted)) {
          const evaluation = t.evaluation;
          if (
            !evaluation?.passed ||
            t.certificates.some((c) => c.kind === evaluation.kind && c.status === 'issued')
          )
            continue;
          issued.push(
            await this.deps.credentials.issue(tx, context, {
              kind: evaluation.kind as 'skill_level' | 'special_ability',
              personId: t.personId,
              holderName: t.name,
              enrolmentId: t.enrolmentId,
              classId,
              occupationCode: row.occupationCode,
              skillLevel: (evaluation.skillLevel as SkillLevelCode | null) ?? null,
              issuer: {
                kind: 'assessment_body',
                id: body.id,
                name: body.name,
                regionCode: body.regionCode,
                bodyCode: body.code,
                siteCode: body.siteCode,
                evaluationKind: 'S',
              },
              issuedOn,
            }),
          );
        }
      }
      if (issued.length === 0) throw new AppError('assessment.nothing_to_issue');
      return issued;
    });
  }
}
