import { type Executor, enrolments } from '@qiancheng/db';
import type { ClassStatus } from '@qiancheng/domain/classes/class-lifecycle';
import { isClassEditable } from '@qiancheng/domain/classes/class-lifecycle';
import {
  enrolmentProblems,
  intervalsOverlap,
  type RosterLine,
  type RosterLineFacts,
  rosterLineProblems,
} from '@qiancheng/domain/classes/roster';
import { MAX_ROSTER_ROWS, parseRosterCells, ROSTER_COLUMNS } from '@qiancheng/domain/classes/roster-sheet';
import { matchHeader } from '@qiancheng/domain/exchange/sheet-header';
import { parseIdNumber } from '@qiancheng/domain/identity/id-number';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import {
  type ImportMode,
  type ImportReport,
  importReport,
  MAX_REPORTED_PROBLEMS,
  type RowProblemAt,
} from '../../platform/xlsx/import-report';
import { readDataSheet } from '../../platform/xlsx/read-sheet';
import { cellsByColumn, sheetColumns } from '../../platform/xlsx/sheet-columns';
import type { DocumentsService } from '../documents/service';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import type { RealNameVerifier } from './identity-verifier';
import * as repo from './repository';
import { buildRosterTemplate } from './roster-workbook';
import type { TraineeInput } from './schemas';
import type { ClassesService } from './service';
import type { TraineeView } from './views';

export interface RosterDeps {
  classes: ClassesService;
  people: PeopleService;
  documents: DocumentsService;
  reference: ReferenceService;
  verifier: RealNameVerifier;
}

/** A line that passed its checks, ready to enrol. */
interface CheckedLine extends RosterLine {
  row: number;
  mobile: string | null;
  evidenceNote: string | null;
  evidenceDocumentId: string | null;
}

function rosterProblem(
  p: ReturnType<typeof rosterLineProblems>[number],
  row?: number,
): FieldProblem & { row?: number } {
  return { ...fieldProblem(p.field, p.reason, p.params), ...(row === undefined ? {} : { row }) };
}

/**
 * 学员名册: trainees entered one by one or imported from the .xlsx template while the class is
 * prepared, and workers enrolling themselves in a class open for online enrolment. Every line is
 * held to the same rules (rosterLineProblems): a valid ID number, 16 on the first day, the
 * registry's name, no repeated line, no overlapping class, not already trained at this level.
 */
export class RosterService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: RosterDeps,
  ) {}

  template(): Promise<Buffer> {
    return buildRosterTemplate();
  }

  async list(actor: Actor, classId: string): Promise<TraineeView[]> {
    if (actor.role === 'worker') throw notFound();
    await this.deps.classes.assertReadable(actor, classId);
    return this.deps.classes.roster(classId);
  }

  /** The facts about each line's person that the rules need, for a whole batch at once. */
  private async facts(
    db: Executor,
    row: repo.ClassRow,
    lines: readonly { row: number; idNumber: string }[],
  ): Promise<Map<number, RosterLineFacts>> {
    const valid = lines.filter((l) => parseIdNumber(l.idNumber).ok);
    const registered = await this.deps.people.findByIdNumbers(
      db,
      valid.map((l) => l.idNumber),
    );
    const personIds = [...registered.values()].map((p) => p.id);
    // One after another: `db` is often a transaction, whose client runs one query at a time.
    const roster = await repo.enrolmentsOf(db, row.id);
    const others = await repo.enrolledSessions(db, personIds, row.id);
    const completed = await repo.completedSame(db, personIds, row.occupationCode, row.skillLevel);
    const sessions = await repo.sessionsOf(db, [row.id]);
    const onRoster = new Set(roster.filter((e) => e.status !== 'dropped').map((e) => e.personId));
    const own = sessions
      .filter((s) => s.cancelledAt === null)
      .map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() }));
    const firstRow = new Map<string, number>();
    const facts = new Map<number, RosterLineFacts>();
    for (const line of valid) {
      const person = registered.get(line.idNumber);
      const theirs = person ? others.filter((o) => o.personId === person.id) : [];
      const overlapping = theirs.find((o) =>
        intervalsOverlap([{ start: o.startsAt.getTime(), end: o.endsAt.getTime() }], own),
      );
      facts.set(line.row, {
        registeredName: person?.name ?? null,
        duplicateOfRow: firstRow.get(line.idNumber) ?? null,
        alreadyEnrolled: person ? onRoster.has(person.id) : false,
        overlappingClassCode: overlapping?.code ?? null,
        completedClassCode: person ? (completed.find((c) => c.personId === person.id)?.code ?? null) : null,
      });
      if (!firstRow.has(line.idNumber)) firstRow.set(line.idNumber, line.row);
    }
    return facts;
  }

  private async regionCheck(): Promise<(code: string) => boolean> {
    const codes = await this.deps.reference.regionCodes();
    return (code) => codes.has(code) || codes.has(`${code.slice(0, 2)}0000`);
  }

  /** Enrols checked lines: the person found or registered, the real-name check recorded. */
  private async enrol(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    lines: readonly CheckedLine[],
    source: 'institution' | 'import' | 'self' | 'change',
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const line of lines) {
      const verdict = await this.deps.verifier.verify(line);
      if (!verdict.ok)
        throw invalidFields({ ...fieldProblem('name', 'person_name_mismatch'), row: line.row });
      const person = await this.deps.people.findOrRegister(tx, context, {
        name: line.name,
        idNumber: line.idNumber,
        mobile: line.mobile,
      });
      ids.push(
        await this.enrolKnownPerson(
          tx,
          context,
          row,
          { personId: person.id, targetGroup: line.targetGroup, evidenceNote: line.evidenceNote },
          source,
          line.evidenceDocumentId,
        ),
      );
    }
    return ids;
  }

  private assertRoom(row: repo.ClassRow, current: number, adding: number): void {
    if (current + adding > row.plannedTrainees) {
      throw new AppError('classes.class_full', { params: { planned: row.plannedTrainees } });
    }
  }

  /** Adds one trainee to a class being prepared (or, through a change request, to a running one). */
  async addLine(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    input: Omit<CheckedLine, 'row'>,
    source: 'institution' | 'self' | 'change',
  ): Promise<string> {
    const facts = (await this.facts(tx, row, [{ row: 1, idNumber: input.idNumber }])).get(1) ?? null;
    const problems = rosterLineProblems(input, row.startDate, facts, {
      isKnownRegion: await this.regionCheck(),
    });
    if (problems.length) throw invalidFields(...problems.map((p) => rosterProblem(p)));
    this.assertRoom(row, (await repo.rosterSizes(tx, [row.id])).get(row.id) ?? 0, 1);
    const [id] = await this.enrol(tx, context, row, [{ ...input, row: 1 }], source);
    return id!;
  }

  async add(context: RequestContext, classId: string, input: TraineeInput): Promise<TraineeView[]> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.deps.classes.assertEditable(row);
      await this.deps.documents.assertAttachable(tx, actor, [
        { field: 'evidenceDocumentId', id: input.evidenceDocumentId },
      ]);
      const id = await this.addLine(
        tx,
        context,
        row,
        {
          name: input.name,
          idNumber: input.idNumber,
          mobile: input.mobile ?? null,
          targetGroup: input.targetGroup,
          evidenceNote: input.evidenceNote ?? null,
          evidenceDocumentId: input.evidenceDocumentId ?? null,
        },
        'institution',
      );
      await appendAudit(tx, context, [
        {
          action: 'class.roster.add',
          entityType: 'enrolment',
          entityId: id,
          after: { classId, targetGroup: input.targetGroup },
        },
      ]);
    });
    return this.deps.classes.roster(classId);
  }

  async remove(context: RequestContext, classId: string, enrolmentId: string): Promise<TraineeView[]> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.deps.classes.assertEditable(row);
      const enrolment = await repo.findEnrolment(tx, enrolmentId);
      if (!enrolment || enrolment.classId !== classId) throw notFound();
      await tx.delete(enrolments).where(and(eq(enrolments.id, enrolmentId), eq(enrolments.classId, classId)));
      await appendAudit(tx, context, [
        {
          action: 'class.roster.remove',
          entityType: 'enrolment',
          entityId: enrolmentId,
          before: { classId, personId: enrolment.personId, targetGroup: enrolment.targetGroup },
        },
      ]);
    });
    return this.deps.classes.roster(classId);
  }

  /**
   * Imports a roster workbook. The file is checked as a whole (a workbook, the template's
   * columns, at most 500 rows), then every row; mode `all` imports nothing when any row has a
   * problem, mode `valid` enrols the rows without problems and reports the rest.
   */
  async importXlsx(
    context: RequestContext,
    classId: string,
    file: Buffer,
    mode: ImportMode,
  ): Promise<ImportReport> {
    const actor = context.actor!;
    const owned = await this.deps.classes.assertReadable(actor, classId);
    if (actor.role !== 'institution') throw notFound();
    this.deps.classes.assertEditable(owned);
    const sheet = await readDataSheet(file, MAX_ROSTER_ROWS);
    if (sheet.merges.length > 0) {
      throw new AppError('import.merged_cells', { params: { ranges: sheet.merges.slice(0, 10).join(', ') } });
    }
    const header = sheetColumns(sheet, (headers) => matchHeader(headers, ROSTER_COLUMNS));

    const problems: RowProblemAt[] = [];
    const parsed: { row: number; value: CheckedLine }[] = [];
    for (const { row, cells } of sheet.rows) {
      const result = parseRosterCells(cellsByColumn(header, cells));
      if (result.ok) parsed.push({ row, value: { ...result.value, row, evidenceDocumentId: null } });
      else problems.push(...result.problems.map((p) => ({ ...fieldProblem(p.field, p.reason), row })));
    }

    const report = await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.deps.classes.assertEditable(row);
      const facts = await this.facts(
        tx,
        row,
        parsed.map((p) => ({ row: p.row, idNumber: p.value.idNumber })),
      );
      const isKnownRegion = await this.regionCheck();
      for (const { row: at, value } of parsed) {
        for (const p of rosterLineProblems(value, row.startDate, facts.get(at) ?? null, { isKnownRegion })) {
          problems.push({ ...rosterProblem(p), row: at });
        }
      }
      problems.sort((a, b) => a.row - b.row);
      if (mode === 'all' && problems.length > 0) {
        throw new AppError('classes.roster_invalid', {
          params: { count: new Set(problems.map((p) => p.row)).size },
          details: problems.slice(0, MAX_REPORTED_PROBLEMS),
        });
      }
      const withProblems = new Set(problems.map((p) => p.row));
      const valid = parsed.filter((p) => !withProblems.has(p.row)).map((p) => p.value);
      this.assertRoom(row, (await repo.rosterSizes(tx, [row.id])).get(row.id) ?? 0, valid.length);
      await this.enrol(tx, context, row, valid, 'import');
      await appendAudit(tx, context, [
        {
          action: 'class.roster.import',
          entityType: 'class',
          entityId: classId,
          after: { mode, dataRows: sheet.rows.length, imported: valid.length, rejected: withProblems.size },
        },
      ]);
      return importReport(valid.length, problems, context.locale);
    });
    return report;
  }

  /** The rules for a person already in the registry joining the class (a change request). */
  async checkKnownPerson(
    tx: Executor,
    row: repo.ClassRow,
    person: { id: string; name: string; birthDate: string },
    targetGroup: string,
    code: 'common.validation_failed' | 'classes.not_enrollable' = 'common.validation_failed',
  ): Promise<void> {
    const problems = enrolmentProblems(
      { name: person.name, birthDate: person.birthDate, targetGroup },
      row.startDate,
      await this.selfFacts(tx, row, person.id),
    );
    if (problems.length) throw new AppError(code, { details: problems.map((p) => rosterProblem(p)) });
    this.assertRoom(row, (await repo.rosterSizes(tx, [row.id])).get(row.id) ?? 0, 1);
  }

  /** Enrols a person already in the registry, after `checkKnownPerson`. */
  async enrolKnownPerson(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    entry: { personId: string; targetGroup: string; evidenceNote: string | null },
    source: 'institution' | 'import' | 'self' | 'change',
    evidenceDocumentId: string | null = null,
  ): Promise<string> {
    const [created] = await tx
      .insert(enrolments)
      .values({
        classId: row.id,
        personId: entry.personId,
        targetGroup: entry.targetGroup,
        evidenceNote: entry.evidenceNote,
        evidenceDocumentId,
        status: 'enrolled',
        source,
        governmentFen: row.governmentFen,
        enterpriseFen: row.enterpriseFen,
        individualFen: row.individualFen,
        identityCheckedBy: this.deps.verifier.source,
        identityCheckedAt: now(),
        createdBy: context.actor?.userId ?? null,
      })
      .returning({ id: enrolments.id });
    return created!.id;
  }

  // ── Workers ────────────────────────────────────────────────────────────────────────────────

  /** Whether workers may enrol online: open for it, still being prepared, not started, not full. */
  private assertOpen(row: repo.ClassRow): void {
    if (!row.enrolmentOpen || !isClassEditable(row.status as ClassStatus) || row.startDate <= today()) {
      const names = { draft: '筹备中', returned: '筹备中' } as Record<string, string>;
      throw new AppError('classes.enrolment_closed', {
        params: {
          statusZh: row.enrolmentOpen ? (names[row.status] ?? '不在报名期') : '未开放网上报名',
          statusEn: row.enrolmentOpen ? 'not taking enrolments' : 'not open for online enrolment',
        },
      });
    }
  }

  /** A worker enrols themselves in a class open for online enrolment, under a target group. */
  async selfEnrol(
    context: RequestContext,
    classId: string,
    body: { targetGroup: string; evidenceNote?: string },
  ): Promise<{ enrolmentId: string }> {
    const actor = context.actor!;
    if (!actor.personId) throw new AppError('common.forbidden');
    const enrolmentId = await this.platform.db.transaction(async (tx) => {
      const row = await repo.lockClass(tx, classId);
      if (!row) throw notFound();
      this.assertOpen(row);
      const person = (await this.deps.people.identities(tx, [actor.personId!])).get(actor.personId!);
      if (!person) throw notFound();
      // The worker's ID number was checked when they registered; the other rules apply as to any line.
      await this.checkKnownPerson(tx, row, person, body.targetGroup, 'classes.not_enrollable');
      const created = await this.enrolKnownPerson(
        tx,
        context,
        row,
        { personId: person.id, targetGroup: body.targetGroup, evidenceNote: body.evidenceNote ?? null },
        'self',
      );
      await appendAudit(tx, context, [
        {
          action: 'class.roster.self_enrol',
          entityType: 'enrolment',
          entityId: created,
          after: { classId },
        },
      ]);
      return created;
    });
    return { enrolmentId };
  }

  /** The worker's own classes, newest first, with their enrolment. */
  async mine(actor: Actor) {
    if (!actor.personId) return [];
    const rows = await repo.enrolmentsOfPerson(this.platform.db, actor.personId);
    const classes = await this.deps.classes.items(
      await this.deps.classes.findClasses(rows.map((r) => r.classId)),
    );
    const byId = new Map(classes.map((c) => [c.id, c]));
    return rows
      .filter((r) => byId.has(r.classId))
      .map((r) => ({
        enrolmentId: r.id,
        enrolmentStatus: r.status,
        targetGroup: r.targetGroup,
        individualFen: r.individualFen,
        class: byId.get(r.classId)!,
      }))
      .sort((a, b) => b.class.startDate.localeCompare(a.class.startDate));
  }

  /**
   * Classes of a public project that the public may see: those open for online enrolment, and
   * those filed or running that have not ended.
   */
  async publicClasses(projectId: string) {
    const rows = (await repo.classesOfProject(this.platform.db, projectId)).filter(
      (r) =>
        r.endDate >= today() &&
        (['filed', 'approved', 'in_progress'].includes(r.status) ||
          (r.enrolmentOpen && isClassEditable(r.status as ClassStatus))),
    );
    const items = await this.deps.classes.items(rows);
    return items.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      institutionId: c.institutionId,
      institutionName: c.institutionName,
      regionName: c.regionName,
      startDate: c.startDate,
      endDate: c.endDate,
      plannedTrainees: c.plannedTrainees,
      seatsLeft: Math.max(0, c.plannedTrainees - c.rosterSize),
      status: c.status,
      enrollable:
        c.enrolmentOpen &&
        isClassEditable(c.status) &&
        c.startDate > today() &&
        c.rosterSize < c.plannedTrainees,
      feeFen: c.feeFen,
      individualFen: rows.find((r) => r.id === c.id)!.individualFen,
    }));
  }

  private async selfFacts(tx: Executor, row: repo.ClassRow, personId: string): Promise<RosterLineFacts> {
    const enrolled = await repo.activeEnrolment(tx, row.id, personId);
    const others = await repo.enrolledSessions(tx, [personId], row.id);
    const completed = await repo.completedSame(tx, [personId], row.occupationCode, row.skillLevel);
    const sessions = await repo.sessionsOf(tx, [row.id]);
    const own = sessions
      .filter((s) => s.cancelledAt === null)
      .map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() }));
    return {
      registeredName: null,
      duplicateOfRow: null,
      alreadyEnrolled: enrolled !== null,
      overlappingClassCode:
        others.find((o) => intervalsOverlap([{ start: o.startsAt.getTime(), end: o.endsAt.getTime() }], own))
          ?.code ?? null,
      completedClassCode: completed[0]?.code ?? null,
    };
  }
}
