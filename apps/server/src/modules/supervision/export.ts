import { CREDIT_STATUS_NAMES } from '@qiancheng/domain/institutions/credit-status';
import {
  CHECK_KIND_NAMES,
  CHECK_STATUS_NAMES,
  CONCLUSION_NAMES,
} from '@qiancheng/domain/supervision/check-lifecycle';
import ExcelJS from 'exceljs';
import { chinaMoment, type SampleDetail } from './views';

const CHECK_COLUMNS = [
  { header: '抽取顺序', width: 10 },
  { header: '班级编号', width: 18 },
  { header: '班级名称', width: 30 },
  { header: '培训机构', width: 30 },
  { header: '所在地区', width: 14 },
  { header: '检查方式', width: 12 },
  { header: '状态', width: 14 },
  { header: '计划日期', width: 12 },
  { header: '照片截止时间', width: 18 },
  { header: '照片上传时间', width: 18 },
  { header: '检查时间', width: 18 },
  { header: '结论', width: 12 },
] as const;

const POPULATION_COLUMNS = [
  { header: '序号', width: 8 },
  { header: '班级编号', width: 18 },
  { header: '班级名称', width: 30 },
  { header: '培训机构', width: 30 },
  { header: '机构信用状态', width: 14 },
  { header: '近一年问题记录', width: 16 },
  { header: '权重', width: 8 },
  { header: '抽中顺序', width: 10 },
] as const;

const moment = (iso: string | null) => (iso ? chinaMoment(new Date(iso)) : '');

/**
 * A sample as a workbook for the inspectors: its checks in drawing order, and on a second sheet
 * what the draw was made from (seed, method, every class of the population with its weight), so
 * the draw can be re-run from the printout.
 */
export async function sampleWorkbook(detail: SampleDetail): Promise<Buffer> {
  const { sample } = detail;
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(sample.createdAt);
  const kind = CHECK_KIND_NAMES[sample.kind]['zh-CN'];
  const title = `${sample.regionName ?? sample.regionCode}${kind}抽查（${sample.drawnOn}）`;

  const checks = workbook.addWorksheet('检查清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  checks.columns = CHECK_COLUMNS.map((column) => ({ width: column.width }));
  checks.addRow([title]).font = { bold: true, size: 14 };
  checks.mergeCells(1, 1, 1, CHECK_COLUMNS.length);
  checks.addRow(CHECK_COLUMNS.map((column) => column.header)).font = { bold: true };
  const order = new Map(detail.population.map((p) => [p.classId, p.drawnOrder]));
  for (const check of detail.checks) {
    checks.addRow([
      order.get(check.classId) ?? '',
      check.classCode,
      check.className,
      check.institutionName,
      check.regionName ?? check.regionCode,
      CHECK_KIND_NAMES[check.kind]['zh-CN'],
      CHECK_STATUS_NAMES[check.status]['zh-CN'],
      check.plannedOn ?? '',
      moment(check.deadlineAt),
      moment(check.submittedAt),
      moment(check.checkedAt),
      check.conclusion ? CONCLUSION_NAMES[check.conclusion]['zh-CN'] : '',
    ]);
  }

  const basis = workbook.addWorksheet('抽样依据');
  basis.columns = POPULATION_COLUMNS.map((column) => ({ width: column.width }));
  basis.addRow(['抽样方法', '按权重不放回逐一抽取；随机数发生器 sfc32，以随机种子为初始状态']);
  basis.addRow(['随机种子', sample.seed]);
  basis.addRow(['在训班级数', sample.population]);
  basis.addRow(['抽取数量', sample.size]);
  basis.addRow([
    '结果复核',
    detail.verified ? '按种子和权重重新抽取，结果一致' : '按种子和权重重新抽取，结果不一致',
  ]);
  basis.addRow([]);
  basis.addRow(POPULATION_COLUMNS.map((column) => column.header)).font = { bold: true };
  detail.population.forEach((item, index) => {
    basis.addRow([
      index + 1,
      item.classCode,
      item.className,
      item.institutionName,
      item.standing ? CREDIT_STATUS_NAMES[item.standing]['zh-CN'] : '',
      item.findings ?? '',
      item.weight,
      item.drawnOrder ?? '',
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
