import {
  CATALOGUE_CHANGE_NAMES,
  EVALUATION_TYPE_NAMES,
  type EvaluationType,
  TRAINING_MODE_NAMES,
  type TrainingMode,
} from '@qiancheng/domain/projects/index';
import { SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import ExcelJS from 'exceljs';
import type { PublicCatalogueDetail } from './service';

const levelName = new Map<string, string>(SKILL_LEVELS.map((level) => [level.code, level.name['zh-CN']]));
const groupName = new Map<string, string>(TARGET_GROUPS.map((group) => [group.code, group.name['zh-CN']]));

function modeName(mode: string | null): string {
  return mode && mode in TRAINING_MODE_NAMES ? TRAINING_MODE_NAMES[mode as TrainingMode]['zh-CN'] : '';
}

function evaluationName(type: string | null): string {
  return type && type in EVALUATION_TYPE_NAMES ? EVALUATION_TYPE_NAMES[type as EvaluationType]['zh-CN'] : '';
}

/** The columns of the catalogue sheet: the notice's public fields and what identifies a project. */
export const CATALOGUE_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '项目名称', width: 30 },
  { header: '职业（工种）', width: 16 },
  { header: '职业编码', width: 12 },
  { header: '技能等级', width: 14 },
  { header: '所在地区', width: 12 },
  { header: '岗位用工数量', width: 12 },
  { header: '技能要求', width: 40 },
  { header: '培训内容', width: 40 },
  { header: '理论课时', width: 10 },
  { header: '实操课时', width: 10 },
  { header: '培训时长（课时）', width: 14 },
  { header: '培训方式', width: 14 },
  { header: '评价方式', width: 18 },
  { header: '面向群体', width: 30 },
  { header: '版本', width: 6 },
] as const;

export const CHANGE_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '调整时间', width: 20 },
  { header: '调整类型', width: 10 },
  { header: '项目名称', width: 30 },
  { header: '职业编码', width: 12 },
  { header: '调整原因', width: 50 },
] as const;

/** A time as Beijing wall-clock time, the way a published notice would print it. */
function beijingTime(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(new Date(iso))
    .replace(/\//g, '-');
}

function addTitledSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: readonly { header: string; width: number }[],
  rows: (string | number | null)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const titleRow = sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, columns.length);
  titleRow.font = { bold: true, size: 14 };
  titleRow.alignment = { horizontal: 'center' };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row, index) => {
    if (index > 2) row.alignment = { vertical: 'top', wrapText: true };
  });
}

/**
 * The catalogue as a spreadsheet for printing and publishing: one sheet with a title row, the
 * headers and one row per project, and a second sheet 调整记录 with the change log.
 */
export async function catalogueWorkbook(detail: PublicCatalogueDetail): Promise<Buffer> {
  const { catalogue, entries, changes } = detail;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = catalogue.regionName ?? '';
  workbook.created = new Date(catalogue.publishedAt ?? catalogue.createdAt);
  addTitledSheet(
    workbook,
    '培训项目',
    `${catalogue.title}（${catalogue.periodStart} 至 ${catalogue.periodEnd}）`,
    CATALOGUE_COLUMNS,
    entries.map((entry, index) => [
      index + 1,
      entry.title,
      entry.occupationName,
      entry.occupationCode,
      entry.skillLevel ? (levelName.get(entry.skillLevel) ?? entry.skillLevel) : '',
      entry.regionName ?? entry.regionCode,
      entry.postsAvailable,
      entry.skillRequirements ?? '',
      entry.contentOutline ?? '',
      entry.hoursTheory ?? 0,
      entry.hoursPractice ?? 0,
      entry.totalHours,
      modeName(entry.mode),
      evaluationName(entry.evaluationType),
      entry.targetGroups.map((code) => groupName.get(code) ?? code).join('、'),
      entry.version,
    ]),
  );
  addTitledSheet(
    workbook,
    '调整记录',
    `${catalogue.title} 调整记录`,
    CHANGE_COLUMNS,
    changes.map((change, index) => [
      index + 1,
      beijingTime(change.changedAt),
      CATALOGUE_CHANGE_NAMES[change.action]['zh-CN'],
      change.projectTitle ?? '',
      change.occupationCode ?? '',
      change.reason,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
