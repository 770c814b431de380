import { APPLICANT_KIND_NAMES } from '@qiancheng/domain/brands/index';
import ExcelJS from 'exceljs';
import type { PublicBatchDetail } from './views';

/** The columns of a published batch, as the region's list of training brands is printed. */
export const BATCH_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '品牌名称', width: 30 },
  { header: '所在地区', width: 14 },
  { header: '职业（工种）', width: 18 },
  { header: '职业编码', width: 12 },
  { header: '申报类型', width: 14 },
  { header: '申报机构', width: 30 },
  { header: '品牌简介', width: 60 },
] as const;

/** The publication day in Beijing, as the heading of a published list gives it. */
function beijingDate(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}

/** A batch as a spreadsheet: a title row with the publication day, the headers, one row per brand. */
export async function batchWorkbook(detail: PublicBatchDetail): Promise<Buffer> {
  const { batch, brands } = detail;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = batch.regionName;
  workbook.created = new Date(batch.publishedAt);
  const sheet = workbook.addWorksheet('培训品牌', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = BATCH_COLUMNS.map((column) => ({ width: column.width }));
  const title = sheet.addRow([`${batch.title}（${beijingDate(batch.publishedAt)}发布）`]);
  sheet.mergeCells(1, 1, 1, BATCH_COLUMNS.length);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  sheet.addRow(BATCH_COLUMNS.map((column) => column.header)).font = { bold: true };
  brands.forEach((brand, index) => {
    sheet.addRow([
      index + 1,
      brand.name,
      brand.regionName,
      brand.occupationName,
      brand.occupationCode,
      APPLICANT_KIND_NAMES[brand.applicantKind]['zh-CN'],
      brand.institutionName ?? '',
      brand.description,
    ]).alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
