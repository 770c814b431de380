import { type Executor, teachers } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import {
  certificateNumberKey,
  checkCertificates,
  type HeldCertificate,
  teachesOccupation,
  unqualifiedOccupations,
} from '@qiancheng/domain/teachers/certificates';
import {
  checkEmployment,
  type EmploymentDates,
  employmentState,
  endEmploymentProblem,
} from '@qiancheng/domain/teachers/employment';
import { and, type SQL, sql } from 'drizzle-orm';
import { assertRecordInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import { chinaToday } from '../demand/service';
import type { DocumentsService } from '../documents/service';
import type { InstitutionsService } from '../institutions/service';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';
import type {
  CertificateBody,
  CreateTeacherBody,
  TeacherListQuery,
  UpdateEmploymentBody,
  UpdateTeacherBody,
} from './schemas';
import { presentTeachers, type TeacherView, teacherAuditView } from './views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Field problems of the person block carry its path, so the form can mark the right input. */
function underPerson(error: unknown): unknown {
  if (!(error instanceof AppError) || error.details.length === 0) return error;
  return new AppError(error.code, {
    params: error.params,
    details: error.details.map((d) => ({ ...d, field: `person.${d.field}` })),
  });
}

const certificateKey = (c: { kind: string; number: string }) => `${c.kind}:${certificateNumberKey(c.number)}`;

function certificateRows(certificates: readonly CertificateBody[]): repo.NewCertificateRow[] {
  return certificates.map((c) => ({
    kind: c.kind,
    occupationCode: c.occupationCode,
    skillLevel: c.skillLevel,
    number: c.number,
    issuedOn: c.issuedOn,
    documentId: c.documentId,
  }));
}

function employmentAudit(institutionId: string, employment: EmploymentDates & { relation: string }) {
  return { institutionId, relation: employment.relation, since: employment.since, until: employment.until };
}

/**
 * 师资库. Teachers are real-name people kept once for the whole platform and employed by one or
 * more institutions. An institution keeps the teachers it employs; staff keep the teachers of
 * their region (the region of the institution that first registered them).
 */
export class TeachersService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly people: PeopleService,
    private readonly documents: DocumentsService,
    private readonly institutions: InstitutionsService,
  ) {}

  // ── For other modules ────────────────────────────────────────────────────────────────────────

  /**
   * Refuses teachers an institution may not name (in a class filing or a selection offer): each
   * one not employed by it today, or, when an occupation is given, not qualified to teach it.
   * Problems name `teacherIds.<index>` and the teacher by name.
   */
  async assertTeachersOf(
    tx: Executor,
    institutionId: string,
    teacherIds: readonly string[],
    occupationCode?: string,
  ): Promise<void> {
    const today = chinaToday();
    const ids = [...new Set(teacherIds.filter((id) => UUID.test(id)))];
    const employments = await repo.employmentsWith(tx, institutionId, ids);
    const employed = new Set(
      employments.filter((e) => employmentState(e, today) === 'current').map((e) => e.teacherId),
    );
    const certificates = occupationCode ? await repo.certificatesOf(tx, ids) : [];
    const occupations = occupationCode ? await repo.occupationsOf(tx, ids) : [];
    type Refusal = {
      index: number;
      teacherId: string;
      reason: 'teacher_not_employed' | 'teacher_not_qualified';
    };
    const refused = teacherIds.flatMap((teacherId, index): Refusal[] => {
      if (!employed.has(teacherId)) return [{ index, teacherId, reason: 'teacher_not_employed' }];
      if (
        occupationCode &&
        !teachesOccupation(
          {
            occupationCodes: occupations.filter((o) => o.teacherId === teacherId).map((o) => o.code),
            certificates: certificates.filter((c) => c.teacherId === teacherId),
          },
          occupationCode,
        )
      ) {
        return [{ index, teacherId, reason: 'teacher_not_qualified' }];
      }
      return [];
    });
    if (refused.length === 0) return;
    // The message names the teacher the way the form shows them: by name, not by record id.
    const names = await this.summaries(
      tx,
      refused.map((r) => r.teacherId).filter((id) => UUID.test(id)),
    );
    const problems: FieldProblem[] = refused.map((r) =>
      fieldProblem(`teacherIds.${r.index}`, r.reason, {
        teacher: names.get(r.teacherId)?.name || r.teacherId,
      }),
    );
    throw invalidFields(...problems);
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────────

  /** Names and people of teachers, for records that show who teaches (class timetables). */
  async summaries(
    executor: Executor,
    ids: readonly string[],
  ): Promise<Map<string, { id: string; personId: string; name: string }>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await repo.findTeachers(executor, unique);
    const people = await this.people.summaries(
      executor,
      rows.map((r) => r.personId),
    );
    return new Map(
      rows.map((r) => [r.id, { id: r.id, personId: r.personId, name: people.get(r.personId)?.name ?? '' }]),
    );
  }

  async list(actor: Actor, query: TeacherListQuery): Promise<{ items: TeacherView[]; total: number }> {
    const db = this.platform.db;
    const today = chinaToday();
    const conditions: (SQL | undefined)[] = [];
    let employer = query.institutionId;
    if (actor.role === 'institution') {
      const own = await this.institutions.ownInstitutionId(actor);
      if (employer && employer !== own)
        throw invalidFields(fieldProblem('institutionId', 'employer_not_found'));
      employer = own;
      conditions.push(repo.employedBy(db, own));
    } else {
      conditions.push(regionScopeFilter(actor, teachers.regionCode) ?? sql`false`);
      if (employer) await this.visibleInstitution(actor, employer, 'institutionId');
      if (employer) conditions.push(repo.employedBy(db, employer));
    }
    if (query.q) conditions.push(this.people.nameContains(teachers.personId, query.q));
    if (query.occupation) conditions.push(repo.teachesFilter(db, query.occupation));
    if (query.employment) {
      conditions.push(repo.employedBy(db, employer, { state: query.employment, today }));
    }
    const page = await repo.listTeachers(db, and(...conditions), query);
    return { items: await this.present(db, actor, page.items, today), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<TeacherView> {
    const db = this.platform.db;
    const teacher = await repo.findTeacher(db, id);
    if (!teacher) throw notFound();
    await this.assertMayRead(db, actor, teacher);
    const [view] = await this.present(db, actor, [teacher], chinaToday());
    return view!;
  }

  // ── Registering ──────────────────────────────────────────────────────────────────────────────

  /**
   * Registers a teacher for an institution. A person already in the pool is not added twice:
   * the institution is linked to the existing teacher, whose certificates and occupations gain
   * what the new registration adds (title and introduction are filled only where empty).
   */
  async register(
    context: RequestContext,
    input: CreateTeacherBody,
  ): Promise<{ teacher: TeacherView; linked: boolean }> {
    const actor = context.actor!;
    const today = chinaToday();
    const employer = await this.employerFor(actor, input.institutionId);
    const problems = [
      ...(await this.contentProblems(actor, input, new Set(), today)),
      ...checkEmployment(input.employment).map((p) =>
        fieldProblem(`employment.${p.field}`, p.reason, p.params),
      ),
    ];
    if (problems.length > 0) throw invalidFields(...problems);

    return this.platform.db.transaction(async (tx) => {
      let person: Awaited<ReturnType<PeopleService['findOrRegister']>>;
      try {
        person = await this.people.findOrRegister(tx, context, {
          name: input.person.name,
          idNumber: input.person.idNumber,
          mobile: input.person.mobile ?? null,
        });
      } catch (error) {
        throw underPerson(error);
      }
      await this.documents.assertAttachable(tx, actor, certificateDocuments(input.certificates));
      const existing = await repo.lockTeacherOfPerson(tx, person.id);
      const teacherId = existing
        ? await this.link(tx, context, existing, employer.id, input, person.name, today)
        : await this.create(tx, context, person.id, employer, input);
      const teacher = await repo.findTeacher(tx, teacherId);
      const [view] = await this.present(tx, actor, [teacher!], today);
      return { teacher: view!, linked: existing !== null };
    });
  }

  private async create(
    tx: Executor,
    context: RequestContext,
    personId: string,
    employer: { id: string; regionCode: string },
    input: CreateTeacherBody,
  ): Promise<string> {
    assertQualified(input.occupationCodes, input.certificates);
    const teacher = await repo.insertTeacher(tx, {
      personId,
      regionCode: employer.regionCode,
      title: input.title ?? null,
      introduction: input.introduction ?? null,
      createdBy: context.actor?.userId ?? null,
    });
    const certificates = certificateRows(input.certificates);
    await repo.addCertificates(tx, teacher.id, certificates);
    await repo.addOccupations(tx, teacher.id, input.occupationCodes);
    await repo.saveEmployment(tx, { teacherId: teacher.id, institutionId: employer.id, ...input.employment });
    await appendAudit(tx, context, [
      {
        action: 'teacher.create',
        entityType: 'teacher',
        entityId: teacher.id,
        after: {
          ...teacherAuditView(teacher, certificates, input.occupationCodes),
          employment: employmentAudit(employer.id, input.employment),
        },
      },
    ]);
    return teacher.id;
  }

  private async link(
    tx: Executor,
    context: RequestContext,
    teacher: repo.TeacherRow,
    institutionId: string,
    input: CreateTeacherBody,
    name: string,
    today: string,
  ): Promise<string> {
    const earlier = await repo.lockEmployment(tx, teacher.id, institutionId);
    if (earlier && employmentState(earlier, today) !== 'ended') {
      throw new AppError('teachers.already_employed', { params: { name } });
    }
    const held = await repo.certificatesOf(tx, [teacher.id]);
    const heldKeys = new Set(held.map(certificateKey));
    const added = certificateRows(input.certificates.filter((c) => !heldKeys.has(certificateKey(c))));
    assertQualified(input.occupationCodes, [...held, ...added]);
    const occupations = (await repo.occupationsOf(tx, [teacher.id])).map((o) => o.code);
    const addedOccupations = input.occupationCodes.filter((code) => !occupations.includes(code));
    await repo.addCertificates(tx, teacher.id, added);
    await repo.addOccupations(tx, teacher.id, addedOccupations);
    await repo.saveEmployment(tx, { teacherId: teacher.id, institutionId, ...input.employment });
    await repo.updateTeacher(tx, teacher.id, {
      title: teacher.title ?? input.title ?? null,
      introduction: teacher.introduction ?? input.introduction ?? null,
    });
    await appendAudit(tx, context, [
      {
        action: 'teacher.link',
        entityType: 'teacher',
        entityId: teacher.id,
        before: earlier ? { employment: employmentAudit(institutionId, earlier) } : null,
        after: {
          employment: employmentAudit(institutionId, input.employment),
          addedCertificates: added,
          addedOccupations,
        },
      },
    ]);
    return teacher.id;
  }

  // ── Changing ─────────────────────────────────────────────────────────────────────────────────

  /** Changes title, introduction, and (as whole lists) certificates and teaching occupations. */
  async update(context: RequestContext, id: string, patch: UpdateTeacherBody): Promise<TeacherView> {
    const actor = context.actor!;
    const db = this.platform.db;
    const today = chinaToday();
    const found = await repo.findTeacher(db, id);
    if (!found) throw notFound();
    await this.assertMayChange(db, actor, found, today);
    const attached = new Set(
      (await repo.certificatesOf(db, [id])).flatMap((c) => (c.documentId ? [c.documentId] : [])),
    );
    const problems = await this.contentProblems(actor, patch, attached, today);
    if (problems.length > 0) throw invalidFields(...problems);

    return db.transaction(async (tx) => {
      const teacher = await repo.lockTeacher(tx, id);
      if (!teacher) throw notFound();
      const certificates = await repo.certificatesOf(tx, [id]);
      const occupationCodes = (await repo.occupationsOf(tx, [id])).map((o) => o.code);
      const nextCertificates = patch.certificates ? certificateRows(patch.certificates) : certificates;
      const nextOccupations = patch.occupationCodes ?? occupationCodes;
      assertQualified(nextOccupations, nextCertificates);
      if (patch.certificates) {
        await this.documents.assertAttachable(
          tx,
          actor,
          certificateDocuments(patch.certificates).filter((ref) => !attached.has(ref.id ?? '')),
        );
        await repo.replaceCertificates(tx, id, nextCertificates);
      }
      if (patch.occupationCodes) await repo.replaceOccupations(tx, id, nextOccupations);
      const changes = {
        ...(patch.title === undefined ? {} : { title: patch.title }),
        ...(patch.introduction === undefined ? {} : { introduction: patch.introduction }),
      };
      await repo.updateTeacher(tx, id, changes);
      await appendAudit(tx, context, [
        {
          action: 'teacher.update',
          entityType: 'teacher',
          entityId: id,
          before: teacherAuditView(teacher, certificates, occupationCodes),
          after: teacherAuditView({ ...teacher, ...changes }, nextCertificates, nextOccupations),
        },
      ]);
      const [view] = await this.present(tx, actor, [(await repo.findTeacher(tx, id))!], today);
      return view!;
    });
  }

  async updateEmployment(
    context: RequestContext,
    teacherId: string,
    institutionId: string,
    patch: UpdateEmploymentBody,
  ): Promise<TeacherView> {
    return this.changeEmployment(context, teacherId, institutionId, async (tx, employment) => {
      const next = {
        relation: patch.relation ?? employment.relation,
        since: patch.since ?? employment.since,
        until: patch.until === undefined ? employment.until : patch.until,
      };
      const problems = checkEmployment(next);
      if (problems.length > 0) {
        throw invalidFields(...problems.map((p) => fieldProblem(p.field, p.reason, p.params)));
      }
      await repo.saveEmployment(tx, { ...employment, ...next });
      return { action: 'teacher.employment_update', next, reason: null };
    });
  }

  /** Ends an employment on a day (today unless given); the teacher stays in the pool. */
  async endEmployment(
    context: RequestContext,
    teacherId: string,
    institutionId: string,
    input: { until?: string; reason?: string },
  ): Promise<TeacherView> {
    const today = chinaToday();
    const until = input.until ?? today;
    return this.changeEmployment(context, teacherId, institutionId, async (tx, employment) => {
      const problem = endEmploymentProblem(employment, until, today);
      if (problem && 'code' in problem)
        throw new AppError(problem.code, { params: { until: problem.until } });
      if (problem) throw invalidFields(fieldProblem(problem.field, problem.reason, problem.params));
      const next = { relation: employment.relation, since: employment.since, until };
      await repo.saveEmployment(tx, { ...employment, until });
      return { action: 'teacher.employment_end', next, reason: input.reason || null };
    });
  }

  private async changeEmployment(
    context: RequestContext,
    teacherId: string,
    institutionId: string,
    change: (
      tx: Executor,
      employment: repo.EmploymentRow,
    ) => Promise<{ action: string; next: EmploymentDates & { relation: string }; reason: string | null }>,
  ): Promise<TeacherView> {
    const actor = context.actor!;
    const today = chinaToday();
    if (actor.role === 'institution') {
      if ((await this.institutions.ownInstitutionId(actor)) !== institutionId) throw notFound();
    } else {
      await this.institutions.assertVisible(actor, institutionId);
    }
    return this.platform.db.transaction(async (tx) => {
      const teacher = await repo.lockTeacher(tx, teacherId);
      if (!teacher) throw notFound();
      await this.assertMayChange(tx, actor, teacher, today);
      const employment = await repo.lockEmployment(tx, teacherId, institutionId);
      if (!employment) throw notFound();
      const { action, next, reason } = await change(tx, employment);
      await repo.updateTeacher(tx, teacherId, {});
      await appendAudit(tx, context, [
        {
          action,
          entityType: 'teacher',
          entityId: teacherId,
          before: { employment: employmentAudit(institutionId, employment) },
          after: { employment: employmentAudit(institutionId, next) },
          reason,
        },
      ]);
      const [view] = await this.present(tx, actor, [(await repo.findTeacher(tx, teacherId))!], today);
      return view!;
    });
  }

  // ── Rules and access ─────────────────────────────────────────────────────────────────────────

  /** The institution a new teacher is registered for: the account's own, or one staff may see. */
  private async employerFor(actor: Actor, requested: string | undefined) {
    if (actor.role === 'institution') {
      const own = await this.institutions.ownInstitutionId(actor);
      if (requested && requested !== own) {
        throw invalidFields(fieldProblem('institutionId', 'employer_not_allowed'));
      }
      return this.institutions.assertVisible(actor, own);
    }
    if (!requested) throw invalidFields(fieldProblem('institutionId', 'employer_required'));
    return this.visibleInstitution(actor, requested, 'institutionId');
  }

  private async visibleInstitution(actor: Actor, id: string, field: string) {
    try {
      return await this.institutions.assertVisible(actor, id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'common.not_found') {
        throw invalidFields(fieldProblem(field, 'employer_not_found'));
      }
      throw error;
    }
  }

  private async assertMayRead(executor: Executor, actor: Actor, teacher: repo.TeacherRow): Promise<void> {
    if (actor.role === 'institution') {
      const own = await this.institutions.ownInstitutionId(actor);
      const employments = await repo.employmentsWith(executor, own, [teacher.id]);
      if (employments.length === 0) throw notFound();
      return;
    }
    assertRecordInScope(actor, teacher.regionCode);
  }

  /** Staff change teachers of their region; an institution only teachers it still employs. */
  private async assertMayChange(
    executor: Executor,
    actor: Actor,
    teacher: repo.TeacherRow,
    today: string,
  ): Promise<void> {
    await this.assertMayRead(executor, actor, teacher);
    if (actor.role !== 'institution') return;
    const own = await this.institutions.ownInstitutionId(actor);
    const [employment] = await repo.employmentsWith(executor, own, [teacher.id]);
    if (!employment || employmentState(employment, today) === 'ended') {
      throw new AppError('teachers.not_current_employer');
    }
  }

  /**
   * Problems with certificates and occupations before anything is written: known occupations,
   * the certificate rules, and files that are certificates the caller may use. Files already on
   * the teacher's certificates (`attached`) are kept as they are.
   */
  private async contentProblems(
    actor: Actor,
    input: { certificates?: readonly CertificateBody[]; occupationCodes?: readonly string[] },
    attached: ReadonlySet<string>,
    today: string,
  ): Promise<FieldProblem[]> {
    const certificates = input.certificates ?? [];
    const occupationCodes = input.occupationCodes ?? [];
    const known = await this.reference.occupationsByCode([
      ...occupationCodes,
      ...certificates.flatMap((c) => (c.occupationCode ? [c.occupationCode] : [])),
    ]);
    const problems: FieldProblem[] = [];
    occupationCodes.forEach((code, index) => {
      if (!known.has(code)) problems.push(fieldProblem(`occupationCodes.${index}`, 'unknown_occupation'));
    });
    certificates.forEach((c, index) => {
      if (c.occupationCode && !known.has(c.occupationCode)) {
        problems.push(fieldProblem(`certificates.${index}.occupationCode`, 'unknown_occupation'));
      }
    });
    for (const p of checkCertificates(certificates, today)) {
      problems.push(fieldProblem(`certificates.${p.index}.${p.field}`, p.reason, p.params));
    }
    for (const [index, c] of certificates.entries()) {
      if (!c.documentId || attached.has(c.documentId)) continue;
      const field = `certificates.${index}.documentId`;
      const document = await this.documents.get(actor, c.documentId).catch(() => null);
      if (!document) problems.push(fieldProblem(field, 'document_not_found'));
      else if (document.purpose !== 'teacher_certificate') {
        problems.push(
          fieldProblem(field, 'document_wrong_purpose', {
            purposeZh: '教师证书',
            purposeEn: 'teacher certificate',
          }),
        );
      }
    }
    return problems;
  }

  private async present(
    executor: Executor,
    actor: Actor,
    rows: repo.TeacherRow[],
    today: string,
  ): Promise<TeacherView[]> {
    const ids = rows.map((r) => r.id);
    const people = await this.people.summaries(
      executor,
      rows.map((r) => r.personId),
    );
    const certificates = await repo.certificatesOf(executor, ids);
    const occupations = await repo.occupationsOf(executor, ids);
    const employments = await repo.employmentsOf(executor, ids);
    const institutions = await this.institutions.summaries(
      employments.map((e) => e.institutionId),
      executor,
    );
    const regionNames = new Map<string, string | null>();
    for (const code of new Set(rows.map((r) => r.regionCode))) {
      regionNames.set(code, await this.reference.regionName(code));
    }
    return presentTeachers(
      {
        teachers: rows,
        people,
        regionNames,
        certificates,
        occupations,
        employments,
        institutionNames: new Map([...institutions].map(([id, i]) => [id, i.name])),
      },
      {
        ownInstitutionId: actor.role === 'institution' ? actor.organizationId : null,
        mayManage: can(actor.role, 'teachers.manage'),
      },
      today,
    );
  }
}

function certificateDocuments(certificates: readonly CertificateBody[]) {
  return certificates.map((c, index) => ({ field: `certificates.${index}.documentId`, id: c.documentId }));
}

/** Every teaching occupation needs a certificate of it; the problem names each one that has none. */
function assertQualified(occupationCodes: readonly string[], certificates: readonly HeldCertificate[]): void {
  const missing = new Set(unqualifiedOccupations(occupationCodes, certificates));
  if (missing.size === 0) return;
  throw invalidFields(
    ...occupationCodes.flatMap((code, index) =>
      missing.has(code) ? [fieldProblem(`occupationCodes.${index}`, 'occupation_not_certified')] : [],
    ),
  );
}
