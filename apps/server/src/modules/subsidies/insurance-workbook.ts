import { INSURANCE_COLUMNS, MAX_INSURANCE_ROWS } from '@qiancheng/domain/subsidy/insurance-sheet';
import { buildImportTemplate } from '../../platform/xlsx/import-template';

const NOTES: Record<(typeof INSURANCE_COLUMNS)[number]['key'], string> = {
  name: '与身份证件一致的姓名',
  idNumber: '18 位公民身份号码；请将本列设为文本格式',
  insurance: '失业保险 或 养老保险',
  scheme: '养老保险须填写：企业职工、机关事业单位 或 城乡居民',
  fromMonth: '连续缴费的第一个月，如 2025-10 或 202510',
  toMonth: '连续缴费的最后一个月；仍在缴费的不填',
};

/** The template of the social-insurance agency's export the platform reads. */
export function buildInsuranceTemplate(): Promise<Buffer> {
  return buildImportTemplate({
    sheetName: '参保缴费记录',
    columns: INSURANCE_COLUMNS,
    notes: NOTES,
    textColumns: ['idNumber', 'fromMonth', 'toMonth'],
    footer: `每个文件最多 ${MAX_INSURANCE_ROWS} 行，每行是一人一个险种的一段连续缴费。文件中出现的人员，其此前导入的缴费记录将整体替换为本文件的记录。`,
  });
}
