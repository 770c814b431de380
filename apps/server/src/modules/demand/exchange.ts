import { DEMAND_STATUS_NAMES } from '@qiancheng/domain/demand/demand-line';
import {
  checkEnterpriseNames,
  columnLetter,
  type DemandRow,
  isEmptyCell,
  MAX_IMPORT_ROWS,
  matchDemandHeader,
  parseDemandRow,
  sameEnterpriseName,
} from '@qiancheng/domain/demand/demand-row';
import { maskMobile } from '@qiancheng/domain/identity/mobile';
import { isRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
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
import type { EnterpriseRow } from '../enterprises/repository';
import type { EnterprisesService } from '../enterprises/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';
import { chinaToday, type DemandService, statusOf } from './service';
import { buildExport, buildTemplate, type DemandSheetLine } from './xlsx/demand-workbook';

/** The first row a merged range such as `B3:C7` covers. */
function firstRowOf(range: string): number {
  return Number(/\d+/.exec(range)?.[0] ?? 1);
}

/**
 * The spreadsheet exchange of demand lines: the template, imports (all-or-nothing or valid rows
 * only) and exports that import back unchanged.
 */
export class DemandExchangeService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly enterprises: EnterprisesService,
    private readonly demand: DemandService,
  ) {}

  template(): Promise<Buffer> {
    return buildTemplate(chinaToday());
  }

  /**
   * Imports a workbook. The file is checked as a whole first (a workbook, not too many rows, no
   * merged cells, the template's columns, at least one row), then every row; only then is
   * anything written, in one transaction with one audit record for the file.
   */
  async importXlsx(context: RequestContext, file: Buffer, mode: ImportMode): Promise<ImportReport> {
    const actor = context.actor!;
    const today = chinaToday();
    const sheet = await readDataSheet(file, MAX_IMPORT_ROWS);

    const merges = sheet.merges;
    if (merges.length > 0) {
      throw new AppError('import.merged_cells', {
        params: { ranges: merges.slice(0, 10).join(', ') },
        details: merges.map((range) => ({
          field: 'file',
          row: firstRowOf(range),
          reason: 'merged_cells',
          params: { range },
        })),
      });
    }

    const header = sheetColumns(sheet, matchDemandHeader);

    const [regionCodes, occupationCodes] = await Promise.all([
      this.reference.regionCodes(),
      repo.allOccupationCodes(this.platform.db),
    ]);
    const rowContext = {
      today,
      isKnownRegion: (code: string) => regionCodes.has(code),
      isKnownOccupation: (code: string) => occupationCodes.has(code),
    };

    const problems: RowProblemAt[] = [];
    const parsed: { row: number; value: DemandRow }[] = [];
    const readColumns = new Set([...header.positions.values(), ...header.ignored]);
    for (const { row, cells } of sheet.rows) {
      const values = cellsByColumn(header, cells);
      cells.forEach((cell, index) => {
        const column = index + 1;
        if (!readColumns.has(column) && !isEmptyCell(cell)) {
          const letter = columnLetter(column);
          problems.push({ field: letter, row, reason: 'value_without_header', params: { column: letter } });
        }
      });
      const result = parseDemandRow(values, rowContext);
      if (result.ok) parsed.push({ row, value: result.value });
      else problems.push(...result.problems.map((p) => ({ ...p, row })));
    }

    const existing = new Map(
      (
        await this.enterprises.findByCreditCodes(
          this.platform.db,
          parsed.map(({ value }) => value.creditCode),
        )
      ).map((enterprise) => [enterprise.creditCode, enterprise]),
    );
    // A registered enterprise's rows are held to its registered name (below); the names of a new
    // one must agree among themselves.
    const unregistered = parsed.filter(({ value }) => !existing.has(value.creditCode));
    for (const { row, problem } of checkEnterpriseNames(
      unregistered.map(({ row, value }) => ({
        row,
        creditCode: value.creditCode,
        enterpriseName: value.enterpriseName,
      })),
    )) {
      problems.push({ ...problem, row });
    }
    const namesInFile = new Map<string, string>();
    for (const { value } of unregistered) {
      if (value.enterpriseName && !namesInFile.has(value.creditCode)) {
        namesInFile.set(value.creditCode, value.enterpriseName);
      }
    }
    for (const { row, value } of parsed) {
      if (!isRegionInScope(actor, value.regionCode)) {
        problems.push({ field: 'regionCode', row, reason: 'region_outside_scope' });
      }
      const registered = existing.get(value.creditCode);
      if (registered && value.enterpriseName && !sameEnterpriseName(registered.name, value.enterpriseName)) {
        problems.push({
          field: 'enterpriseName',
          row,
          reason: 'enterprise_name_mismatch',
          params: { registered: registered.name },
        });
      } else if (!registered && !namesInFile.has(value.creditCode)) {
        problems.push({ field: 'enterpriseName', row, reason: 'enterprise_name_required' });
      }
    }

    problems.sort((a, b) => a.row - b.row);
    const rowsWithProblems = new Set(problems.map((p) => p.row));
    if (mode === 'all' && problems.length > 0) {
      throw new AppError('import.has_errors', {
        params: { count: problems.length },
        details: problems.slice(0, MAX_REPORTED_PROBLEMS),
      });
    }

    const valid = parsed.filter(({ row }) => !rowsWithProblems.has(row));
    const report = (imported: number) => importReport(imported, problems, context.locale);
    if (valid.length === 0) return report(0);

    const { vault } = this.platform;
    await this.platform.db.transaction(async (tx) => {
      const newEnterprises = new Map<string, { creditCode: string; name: string; regionCode: string }>();
      for (const { value } of valid) {
        if (existing.has(value.creditCode) || newEnterprises.has(value.creditCode)) continue;
        // A new enterprise is filed under the work location of its first line: inside the importer's region.
        newEnterprises.set(value.creditCode, {
          creditCode: value.creditCode,
          name: namesInFile.get(value.creditCode)!,
          regionCode: value.regionCode,
        });
      }
      const created = await this.enterprises.createForImport(tx, [...newEnterprises.values()]);
      const byCode = new Map<string, EnterpriseRow>([...existing, ...created]);
      const lines: repo.NewDemandLineRow[] = valid.map(({ value }) => ({
        enterpriseId: byCode.get(value.creditCode)!.id,
        regionCode: value.regionCode,
        occupationCode: value.occupationCode,
        skillLevel: value.skillLevel,
        headcount: value.headcount,
        skillRequirements: value.skillRequirements,
        wageMin: value.wageMin,
        wageMax: value.wageMax,
        deadline: value.deadline,
        contactName: value.contactName,
        contactPhoneCipher: vault.encrypt(value.contactPhone),
        contactPhoneMasked: maskMobile(value.contactPhone),
        source: 'import',
        createdBy: actor.userId,
      }));
      await repo.insertDemandLines(tx, lines);
      await appendAudit(tx, context, [
        {
          action: 'demand.import',
          entityType: 'demand_line',
          after: {
            mode,
            sheet: sheet.name,
            dataRows: sheet.rows.length,
            imported: lines.length,
            rejected: rowsWithProblems.size,
            enterprisesCreated: newEnterprises.size,
          },
        },
      ]);
    });
    return report(valid.length);
  }

  /**
   * Every line the actor may read that matches the filters, as a workbook in the template's
   * columns (plus status). It carries full contact phones, so each export is audited.
   */
  async exportXlsx(context: RequestContext, filter: repo.DemandFilter): Promise<Buffer> {
    const today = chinaToday();
    const where = await this.demand.scopedWhere(context.actor!, filter, today);
    const records = await repo.allDemandLines(this.platform.db, where, MAX_IMPORT_ROWS);
    if (records.length > MAX_IMPORT_ROWS) {
      const total = (await repo.listDemandLines(this.platform.db, where, { page: 1, pageSize: 1 })).total;
      throw new AppError('demand.export_too_many_rows', { params: { count: total, limit: MAX_IMPORT_ROWS } });
    }
    const { vault } = this.platform;
    const lines = records.map(
      (record): DemandSheetLine => ({
        creditCode: record.enterpriseCreditCode,
        enterpriseName: record.enterpriseName,
        regionCode: record.line.regionCode,
        occupationCode: record.line.occupationCode,
        skillLevel: record.line.skillLevel,
        headcount: record.line.headcount,
        skillRequirements: record.line.skillRequirements,
        wageMin: record.line.wageMin,
        wageMax: record.line.wageMax,
        deadline: record.line.deadline,
        contactName: record.line.contactName,
        contactPhone: vault.decrypt(record.line.contactPhoneCipher),
        status: DEMAND_STATUS_NAMES[statusOf(record.line, today)]['zh-CN'],
      }),
    );
    const file = await buildExport(lines);
    await this.platform.db.transaction((tx) =>
      appendAudit(tx, context, [
        { action: 'demand.export', entityType: 'demand_line', after: { lines: lines.length, filter } },
      ]),
    );
    return file;
  }
}
