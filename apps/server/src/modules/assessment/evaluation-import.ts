import {
  EVALUATION_COLUMNS,
  type EvaluationSheetLine,
  MAX_EVALUATION_ROWS,
  parseEvaluationCells,
} from '@qiancheng/domain/assessment/evaluation-sheet';
import { resultProblems } from '@qiancheng/domain/assessment/results';
import { sameName } from '@qiancheng/domain/classes/roster';
import { matchHeader } from '@qiancheng/domain/exchange/sheet-header';
import { parseIdNumber } from '@qiancheng/domain/identity/id-number';
import { isWithinRegion } from '@qiancheng/domain/region/region-code';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import {
  type ImportMode,
  type ImportReport,
  importReport,
  MAX_REPORTED_PROBLEMS,
  type RowProblemAt,
} from '../../platform/xlsx/import-report';
import { readDataSheet } from '../../platform/xlsx/read-sheet';
import { cellsByColumn, sheetColumns } from '../../platform/xlsx/sheet-columns';
import type { ClassesService } from '../classes/service';
import type { PeopleService } from '../people/service';
import type { AssessmentBodiesService } from './bodies-service';
import type { AssessmentService } from './service';

/**
 * 评价结果导入: an assessment body's evaluation system exports its results; each row is matched by
 * ID number and occupation to the trainee's finished class in the body's region, checked like a
 * result entered by hand, and reported row by row.
 */
export class EvaluationImportService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: {
      assessment: AssessmentService;
      bodies: AssessmentBodiesService;
      classes: ClassesService;
      people: PeopleService;
    },
  ) {}

  async importXlsx(context: RequestContext, file: Buffer, mode: ImportMode): Promise<ImportReport> {
    const actor = context.actor!;
    const body = await this.deps.bodies.bodyOf(actor);
    const sheet = await readDataSheet(file, MAX_EVALUATION_ROWS);
    const header = sheetColumns(sheet, (headers) => matchHeader(headers, EVALUATION_COLUMNS));

    const problems: RowProblemAt[] = [];
    const parsed: { row: number; line: EvaluationSheetLine }[] = [];
    for (const { row, cells } of sheet.rows) {
      const result = parseEvaluationCells(cellsByColumn(header, cells));
      if (!result.ok) {
        problems.push(...result.problems.map((p) => ({ ...fieldProblem(p.field, p.reason, p.params), row })));
        continue;
      }
      const id = parseIdNumber(result.value.idNumber);
      if (!id.ok) problems.push({ ...fieldProblem('idNumber', `id_number_${id.reason}`), row });
      else parsed.push({ row, line: { ...result.value, idNumber: id.value.idNumber } });
    }

    return this.platform.db.transaction(async (tx) => {
      const people = await this.deps.people.findByIdNumbers(
        tx,
        parsed.map((p) => p.line.idNumber),
      );
      const seen = new Map<string, number>();
      const ready: {
        row: number;
        line: EvaluationSheetLine;
        enrolmentId: string;
        classId: string;
        personId: string;
      }[] = [];
      for (const { row, line } of parsed) {
        const key = `${line.idNumber}|${line.occupationCode}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          problems.push({ ...fieldProblem('idNumber', 'result_repeated', { row: earlier }), row });
          continue;
        }
        seen.set(key, row);
        const person = people.get(line.idNumber);
        if (person && !sameName(person.name, line.name)) {
          problems.push({ ...fieldProblem('name', 'person_name_mismatch'), row });
          continue;
        }
        if (!body.occupationCodes.includes(line.occupationCode)) {
          problems.push({
            ...fieldProblem('occupationCode', 'invalid_value', { options: body.occupationCodes.join('、') }),
            row,
          });
          continue;
        }
        const [match] = person
          ? (await this.deps.classes.finishedEnrolments([person.id], line.occupationCode, tx)).filter((m) =>
              isWithinRegion(m.class.regionCode, body.regionCode),
            )
          : [];
        if (!match) {
          problems.push({ ...fieldProblem('idNumber', 'no_completed_class'), row });
          continue;
        }
        const lineProblems = resultProblems(this.deps.assessment.lineOf(line), {
          classEnd: match.class.endDate,
          today: today(),
        });
        if (lineProblems.length) {
          problems.push(...lineProblems.map((p) => ({ ...fieldProblem(p.field, p.reason, p.params), row })));
          continue;
        }
        const [recorded] = await this.deps.assessment.evaluationsOf(tx, [match.enrolment.id]);
        if (recorded && recorded.assessmentBodyId !== body.id) {
          problems.push({ ...fieldProblem('idNumber', 'evaluated_by_other_body'), row });
          continue;
        }
        ready.push({
          row,
          line,
          enrolmentId: match.enrolment.id,
          classId: match.class.id,
          personId: person!.id,
        });
      }
      problems.sort((a, b) => a.row - b.row);
      if (mode === 'all' && problems.length > 0) {
        throw new AppError('assessment.import_invalid', {
          params: { count: new Set(problems.map((p) => p.row)).size },
          details: problems.slice(0, MAX_REPORTED_PROBLEMS),
        });
      }
      for (const item of ready) {
        await this.deps.assessment.saveEvaluation(
          tx,
          actor,
          item.classId,
          item.personId,
          body.id,
          { ...item.line, enrolmentId: item.enrolmentId },
          'import',
        );
      }
      await appendAudit(tx, context, [
        {
          action: 'assessment.evaluation.import',
          entityType: 'assessment_body',
          entityId: body.id,
          after: { mode, dataRows: sheet.rows.length, imported: ready.length },
        },
      ]);
      return importReport(ready.length, problems, context.locale);
    });
  }
}
