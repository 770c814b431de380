import { insurancePeriods } from '@qiancheng/db';
import { sameName } from '@qiancheng/domain/classes/roster';
import { cellText } from '@qiancheng/domain/demand/demand-row';
import { matchHeader } from '@qiancheng/domain/exchange/sheet-header';
import { parseIdNumber } from '@qiancheng/domain/identity/id-number';
import {
  INSURANCE_COLUMNS,
  type InsuranceSheetLine,
  MAX_INSURANCE_ROWS,
  parseInsuranceCells,
} from '@qiancheng/domain/subsidy/insurance-sheet';
import { and, eq, inArray } from 'drizzle-orm';
import { isRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
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
import type { PeopleService } from '../people/service';
import * as facts from './facts-repository';

/**
 * 参保缴费记录导入: the social-insurance agency's export of unemployment and pension periods, which
 * the skill-upgrade subsidy (12 insured months) and the pension-scheme exclusion of the training
 * subsidy read. The file is the agency's whole record of each person in it: their imported periods
 * are replaced by the file's, so importing the same file twice changes nothing.
 */
export class InsuranceImportService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { people: PeopleService },
  ) {}

  async importXlsx(context: RequestContext, file: Buffer, mode: ImportMode): Promise<ImportReport> {
    const actor = context.actor!;
    const sheet = await readDataSheet(file, MAX_INSURANCE_ROWS);
    const header = sheetColumns(sheet, (headers) => matchHeader(headers, INSURANCE_COLUMNS));

    const problems: RowProblemAt[] = [];
    const parsed: { row: number; line: InsuranceSheetLine }[] = [];
    /** The ID number each row names, as written: a person with any bad row is left out whole. */
    const idOfRow = new Map<number, string>();
    for (const { row, cells } of sheet.rows) {
      const byColumn = cellsByColumn(header, cells);
      const result = parseInsuranceCells(byColumn);
      const written = cellText(byColumn.idNumber).toUpperCase();
      idOfRow.set(row, written);
      const id = written ? parseIdNumber(written) : null;
      if (id && !id.ok) problems.push({ ...fieldProblem('idNumber', `id_number_${id.reason}`), row });
      if (!result.ok) {
        problems.push(...result.problems.map((p) => ({ ...fieldProblem(p.field, p.reason, p.params), row })));
      } else if (id?.ok) parsed.push({ row, line: { ...result.value, idNumber: id.value.idNumber } });
    }

    return this.platform.db.transaction(async (tx) => {
      const found = await this.deps.people.findByIdNumbers(
        tx,
        parsed.map((p) => p.line.idNumber),
      );
      const identities = await this.deps.people.identities(
        tx,
        [...found.values()].map((person) => person.id),
      );
      const ready: { row: number; line: InsuranceSheetLine; personId: string }[] = [];
      for (const { row, line } of parsed) {
        const person = found.get(line.idNumber);
        const region = person ? identities.get(person.id)?.regionCode : undefined;
        if (!person || !region) problems.push({ ...fieldProblem('idNumber', 'insured_person_unknown'), row });
        else if (!isRegionInScope(actor, region)) {
          problems.push({ ...fieldProblem('idNumber', 'insured_person_outside_region'), row });
        } else if (!sameName(person.name, line.name)) {
          problems.push({ ...fieldProblem('name', 'person_name_mismatch'), row });
        } else ready.push({ row, line, personId: person.id });
      }
      problems.sort((a, b) => a.row - b.row);
      if (mode === 'all' && problems.length > 0) {
        throw new AppError('subsidies.insurance_import_invalid', {
          params: { count: new Set(problems.map((p) => p.row)).size },
          details: problems.slice(0, MAX_REPORTED_PROBLEMS),
        });
      }
      // A person with any refused row keeps their earlier record whole: half of a record would
      // count fewer months than were paid.
      const refused = new Set(problems.map((problem) => idOfRow.get(problem.row)));
      const accepted = ready.filter((item) => !refused.has(item.line.idNumber));
      const personIds = [...new Set(accepted.map((item) => item.personId))];
      if (personIds.length > 0) {
        await tx
          .delete(insurancePeriods)
          .where(and(inArray(insurancePeriods.personId, personIds), eq(insurancePeriods.source, 'import')));
        await facts.insertInsurancePeriods(
          tx,
          accepted.map(({ line, personId }) => ({
            personId,
            insurance: line.insurance,
            scheme: line.scheme,
            fromMonth: line.fromMonth,
            toMonth: line.toMonth,
            source: 'import',
            recordedBy: actor.userId,
          })),
        );
      }
      await appendAudit(tx, context, [
        {
          action: 'subsidies.insurance.import',
          entityType: 'insurance_periods',
          entityId: actor.regionCode ?? 'all',
          after: { mode, dataRows: sheet.rows.length, imported: accepted.length, people: personIds.length },
        },
      ]);
      return importReport(accepted.length, problems, context.locale);
    });
  }
}
