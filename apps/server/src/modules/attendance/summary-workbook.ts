import { ENROLMENT_STATUS_NAMES, type EnrolmentStatus } from '@qiancheng/domain/classes/class-lifecycle';
import ExcelJS from 'exceljs';
import type { ClassAttendance } from './schemas';

const COLUMNS = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 12 },
  { header: '公民身份号码', width: 22 },
  { header: '学员状态', width: 10 },
  { header: '计划学时', width: 10 },
  { header: '已到期学时', width: 12 },
  { header: '出勤学时', width: 10 },
  { header: '其中电子考勤', width: 14 },
  { header: '其中人工补录', width: 14 },
  { header: '人工补录次数', width: 14 },
  { header: '出勤率（%）', width: 12 },
  { header: '预警', width: 22 },
] as const;

/**
 * The per-trainee summary as staff file it: a title naming the class and the day, then one row a
 * trainee with hours split by evidence and the 80 % flag spelled out.
 */
export async function summaryWorkbook(summary: ClassAttendance, today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet('考勤汇总', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  const title = sheet.addRow([
    `${summary.class.name}（${summary.class.code}）考勤汇总，统计日 ${today}，出勤率须达 ${summary.threshold}%`,
  ]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  title.font = { bold: true };
  sheet.addRow(COLUMNS.map((column) => column.header)).font = { bold: true };
  summary.trainees.forEach((trainee, index) => {
    sheet.addRow([
      index + 1,
      trainee.name,
      trainee.idNumberMasked,
      ENROLMENT_STATUS_NAMES[trainee.enrolmentStatus as EnrolmentStatus]?.['zh-CN'] ??
        trainee.enrolmentStatus,
      trainee.scheduledHours,
      trainee.dueHours,
      trainee.attendedHours,
      trainee.electronicHours,
      trainee.manualHours,
      trainee.manualEntries,
      trainee.rate ?? '',
      trainee.flagged ? `低于 ${summary.threshold}%` : '',
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
