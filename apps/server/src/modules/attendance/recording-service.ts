import { createHash } from 'node:crypto';
import type { Executor } from '@qiancheng/db';
import { checkWindowState, sessionAt } from '@qiancheng/domain/attendance/check-window';
import { assignDirections } from '@qiancheng/domain/attendance/direction';
import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';
import {
  MAX_TERMINAL_RECORDS,
  type RecordProblem,
  TERMINAL_MATCH_THRESHOLD,
  type TerminalFileReading,
  type TerminalRecordLine,
} from '@qiancheng/domain/attendance/terminal-records';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, type FieldProblem, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import {
  type ImportMode,
  type ImportReport,
  importReport,
  MAX_REPORTED_PROBLEMS,
  type RowProblemAt,
} from '../../platform/xlsx/import-report';
import { badColumns } from '../../platform/xlsx/sheet-columns';
import type { ClassRow, SessionRow } from '../classes/repository';
import type { ClassesService } from '../classes/service';
import type { PeopleService } from '../people/service';
import * as repo from './repository';
import { assertRunning } from './running';
import type { ManualEntryBody } from './schemas';
import { classBounds, spanOf, windowText } from './views';

/** Inserts stay well under PostgreSQL's 65,535 parameters a statement. */
const INSERT_CHUNK = 1000;

/** A terminal file as it arrived, for the audit record and the row reader. */
export interface TerminalUpload {
  format: 'csv' | 'json';
  reading: TerminalFileReading;
  bytes: Buffer;
}

function problemAt(p: RecordProblem): RowProblemAt {
  return { ...fieldProblem(p.field, p.reason, p.params), row: p.row };
}

/**
 * The two ways an institution records attendance itself, both fraud-prone and so both audited:
 * entries by hand with a reason, and uploads of face-recognition terminal records checked row by
 * row. Either may be the first attendance of a class (which starts it) or of a trainee (who then
 * attends).
 */
export class RecordingService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { classes: ClassesService; people: PeopleService },
  ) {}

  /** Starts the class and moves trainees to attending, as a first attendance does. */
  private async afterFirstRecords(
    tx: Executor,
    context: RequestContext,
    row: ClassRow,
    enrolmentIds: readonly string[],
  ): Promise<void> {
    if (row.status === 'approved') await this.deps.classes.startIfDue(tx, context, row.id);
    await this.deps.classes.markAttending(tx, enrolmentIds);
  }

  // ── By hand ────────────────────────────────────────────────────────────────────────────────

  /** 人工补录: a check-in, a check-out or both for one trainee and session, with the reason. */
  async recordManual(
    context: RequestContext,
    classId: string,
    body: ManualEntryBody,
  ): Promise<{ recorded: number }> {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      assertRunning(row.status);
      // One query at a time: a transaction is one connection.
      const sessions = await this.deps.classes.sessionsOf([classId], tx);
      const enrolment = await this.deps.classes.activeEnrolment(classId, body.personId, tx);
      const session = sessions.find((s) => s.id === body.sessionId && s.cancelledAt === null);
      const problems: FieldProblem[] = [];
      if (!session) problems.push(fieldProblem('sessionId', 'session_not_found'));
      if (!enrolment) problems.push(fieldProblem('personId', 'enrolment_not_found'));
      const times = (['checkIn', 'checkOut'] as const).flatMap((field) =>
        body[field] ? [{ field, at: Date.parse(body[field]) }] : [],
      );
      if (times.length === 0) problems.push(fieldProblem('checkIn', 'attendance_time_required'));
      const at = now().getTime();
      for (const time of times) {
        if (time.at > at) {
          problems.push(
            fieldProblem(time.field, 'attendance_time_in_future', { time: formatRecordTime(time.at) }),
          );
        } else if (session && checkWindowState(spanOf(session), time.at) !== 'open') {
          problems.push(fieldProblem(time.field, 'attendance_outside_check_window', windowText(session)));
        }
      }
      if (body.checkIn && body.checkOut && Date.parse(body.checkOut) <= Date.parse(body.checkIn)) {
        problems.push(fieldProblem('checkOut', 'attendance_check_out_before_in'));
      }
      if (problems.length > 0 || !session || !enrolment) throw invalidFields(...problems);
      await repo.insertEvents(
        tx,
        times.map((time) => ({
          occurredAt: new Date(time.at),
          classId,
          sessionId: session.id,
          personId: body.personId,
          attendee: 'trainee' as const,
          direction: time.field === 'checkIn' ? ('in' as const) : ('out' as const),
          source: 'manual' as const,
          manualReason: body.reason,
          recordedBy: actor.userId,
        })),
      );
      await this.afterFirstRecords(tx, context, row, enrolment.status === 'enrolled' ? [enrolment.id] : []);
      await appendAudit(tx, context, [
        {
          action: 'attendance.manual',
          entityType: 'class',
          entityId: classId,
          after: {
            sessionId: session.id,
            personId: body.personId,
            checkIn: body.checkIn,
            checkOut: body.checkOut,
          },
          reason: body.reason,
        },
      ]);
      return { recorded: times.length };
    });
  }

  // ── Terminal records ───────────────────────────────────────────────────────────────────────

  /**
   * Imports a terminal file for a class. Every record is checked — its terminal (registered, of
   * this institution, in use at the time), its person (on the roster or a teacher of the class),
   * its time (past, inside a session's check window), its score (at least the threshold), not a
   * repeat of a record in the file or already stored. Mode `all` imports nothing when any record
   * has a problem; mode `valid` imports the others and reports the rest.
   */
  async importTerminalRecords(
    context: RequestContext,
    classId: string,
    upload: TerminalUpload,
    mode: ImportMode,
  ): Promise<ImportReport> {
    const { reading } = upload;
    if (!reading.ok) {
      if (reading.error === 'bad_columns') {
        throw badColumns(reading.problems);
      }
      if (reading.error === 'too_many_rows') {
        throw new AppError('import.too_many_rows', { params: { limit: MAX_TERMINAL_RECORDS } });
      }
      throw new AppError('import.no_rows');
    }
    const actor = context.actor!;
    // The class lock keeps two uploads of the same file from both passing the repeat check.
    return this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      assertRunning(row.status);
      const checked = await this.checkLines(tx, row, reading.lines);
      const problems = [...reading.problems.map(problemAt), ...checked.problems].sort(
        (a, b) => a.row - b.row,
      );
      if (mode === 'all' && problems.length > 0) {
        throw new AppError('attendance.records_invalid', {
          params: { count: new Set(problems.map((p) => p.row)).size },
          details: problems.slice(0, MAX_REPORTED_PROBLEMS),
        });
      }
      const rejected = new Set(problems.map((p) => p.row));
      const valid = checked.accepted.filter((a) => !rejected.has(a.line.row));
      const directions = this.directions(valid, checked.stored);
      for (let i = 0; i < valid.length; i += INSERT_CHUNK) {
        await repo.insertEvents(
          tx,
          valid.slice(i, i + INSERT_CHUNK).map((a, k) => ({
            occurredAt: new Date(a.line.at),
            classId,
            sessionId: a.session.id,
            personId: a.personId,
            attendee: a.attendee,
            direction: directions[i + k]!,
            source: 'terminal' as const,
            terminalId: a.terminalId,
            matchScore: a.line.score,
            recordedBy: actor.userId,
          })),
        );
      }
      if (valid.length > 0) {
        await this.afterFirstRecords(tx, context, row, [
          ...new Set(valid.flatMap((a) => (a.enrolmentToMark ? [a.enrolmentToMark] : []))),
        ]);
      }
      await appendAudit(tx, context, [
        {
          action: 'attendance.terminal_upload',
          entityType: 'class',
          entityId: classId,
          after: {
            format: upload.format,
            mode,
            sha256: createHash('sha256').update(upload.bytes).digest('hex'),
            dataRows: reading.dataRows,
            imported: valid.length,
            rejected: rejected.size,
          },
        },
      ]);
      return importReport(valid.length, problems, context.locale);
    });
  }

  /** The checks that need the database, for every record read from the file. */
  private async checkLines(tx: Executor, row: ClassRow, lines: readonly TerminalRecordLine[]) {
    const idNumbers = [...new Set(lines.flatMap((l) => ('idNumber' in l.person ? [l.person.idNumber] : [])))];
    // One query at a time: a transaction is one connection.
    const terminals = await repo.terminalsByCode(tx, [...new Set(lines.map((l) => l.terminalCode))]);
    const registered = await this.deps.people.findByIdNumbers(tx, idNumbers);
    const roster = await this.deps.classes.roster(row.id, tx);
    const teachers = await this.deps.classes.teacherPeople(row.id, tx);
    const sessions = await this.deps.classes.sessionsOf([row.id], tx);
    const live = sessions.filter((s) => s.cancelledAt === null).map((s) => ({ ...spanOf(s), row: s }));
    const terminalByCode = new Map(terminals.map((t) => [t.code, t]));
    const traineeByPerson = new Map(roster.filter((t) => t.status !== 'dropped').map((t) => [t.personId, t]));
    const teacherPersons = new Set(teachers.values());
    const personOf = (line: TerminalRecordLine) =>
      'personId' in line.person ? line.person.personId : registered.get(line.person.idNumber)?.id;
    const stored = await repo.marksOfClass(tx, row.id, classBounds(sessions), [
      ...new Set(lines.flatMap((l) => personOf(l) ?? [])),
    ]);
    const storedKeys = new Set(
      stored
        .filter((s) => s.source === 'terminal')
        .map((s) => `${s.terminalId}|${s.personId}|${s.occurredAt.getTime()}`),
    );
    const at = now().getTime();
    const problems: RowProblemAt[] = [];
    const accepted: {
      line: TerminalRecordLine;
      personId: string;
      attendee: 'trainee' | 'teacher';
      session: SessionRow;
      terminalId: string;
      enrolmentToMark: string | null;
    }[] = [];
    for (const line of lines) {
      const report = (
        field: string,
        reason: Parameters<typeof fieldProblem>[1],
        params?: Record<string, unknown>,
      ) => problems.push({ ...fieldProblem(field, reason, params), row: line.row });
      const before = problems.length;
      const terminal = terminalByCode.get(line.terminalCode);
      const code = line.terminalCode;
      if (!terminal) report('terminal', 'attendance_terminal_unknown', { code });
      else if (terminal.institutionId !== row.institutionId)
        report('terminal', 'attendance_terminal_other', { code });
      else if (terminal.retiredAt && terminal.retiredAt.getTime() <= line.at) {
        report('terminal', 'attendance_terminal_retired', {
          code,
          retiredOn: formatRecordTime(terminal.retiredAt.getTime()).slice(0, 10),
        });
      }
      const personId = personOf(line);
      const trainee = personId ? traineeByPerson.get(personId) : undefined;
      const attendee = trainee ? 'trainee' : personId && teacherPersons.has(personId) ? 'teacher' : null;
      if (!personId || !attendee) report('person', 'attendance_not_on_roster');
      const time = formatRecordTime(line.at);
      const session = sessionAt(live, line.at)?.row;
      if (line.at > at) report('time', 'attendance_time_in_future', { time });
      else if (!session) report('time', 'attendance_outside_sessions', { time });
      if (line.score < TERMINAL_MATCH_THRESHOLD) {
        report('score', 'attendance_score_low', { score: line.score, threshold: TERMINAL_MATCH_THRESHOLD });
      }
      if (terminal && personId && storedKeys.has(`${terminal.id}|${personId}|${line.at}`)) {
        report('time', 'attendance_already_recorded');
      }
      if (problems.length > before || !terminal || !personId || !attendee || !session) continue;
      accepted.push({
        line,
        personId,
        attendee,
        session,
        terminalId: terminal.id,
        enrolmentToMark: trainee?.status === 'enrolled' ? trainee.enrolmentId : null,
      });
    }
    return { problems, accepted, stored };
  }

  /** Directions of accepted records per person and session, beside what is stored for them. */
  private directions(
    accepted: readonly { line: TerminalRecordLine; personId: string; session: SessionRow }[],
    stored: readonly { sessionId: string; personId: string; occurredAt: Date }[],
  ): ('in' | 'out')[] {
    const keyOf = (sessionId: string, personId: string) => `${sessionId}|${personId}`;
    const groups = new Map<string, number[]>();
    accepted.forEach((a, index) => {
      const key = keyOf(a.session.id, a.personId);
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    });
    const storedTimes = new Map<string, number[]>();
    for (const s of stored) {
      const key = keyOf(s.sessionId, s.personId);
      const times = storedTimes.get(key);
      if (times) times.push(s.occurredAt.getTime());
      else storedTimes.set(key, [s.occurredAt.getTime()]);
    }
    const result: ('in' | 'out')[] = new Array(accepted.length);
    for (const [key, indexes] of groups) {
      const assigned = assignDirections(
        storedTimes.get(key) ?? [],
        indexes.map((i) => accepted[i]!.line.at),
      );
      indexes.forEach((i, k) => {
        result[i] = assigned[k]!;
      });
    }
    return result;
  }
}
