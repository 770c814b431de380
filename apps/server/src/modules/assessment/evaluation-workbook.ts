import { EVALUATION_COLUMNS, MAX_EVALUATION_ROWS } from '@qiancheng/domain/assessment/evaluation-sheet';
import { SKILL_LEVEL_CHOICES } from '@qiancheng/domain/demand/demand-row';
import { buildImportTemplate } from '../../platform/xlsx/import-template';

const NOTES: Record<(typeof EVALUATION_COLUMNS)[number]['key'], string> = {
  name: '与身份证件一致的姓名',
  idNumber: '18 位公民身份号码；请将本列设为文本格式',
  occupationCode: '职业分类大典编码，如 4-10-01-05；须是本机构可评价的职业',
  kind: '职业技能等级 或 专项职业能力；不填视为职业技能等级',
  skillLevel: `职业技能等级须填写：${SKILL_LEVEL_CHOICES.slice(1).join('、')}`,
  score: '0–100，可不填',
  result: '合格 或 不合格',
  assessedOn: '评价日期，YYYY-MM-DD，不早于培训班结束日期',
};

/** The template of an evaluation export the platform reads, with a sheet of instructions. */
export function buildEvaluationTemplate(): Promise<Buffer> {
  return buildImportTemplate({
    sheetName: '评价结果',
    columns: EVALUATION_COLUMNS,
    notes: NOTES,
    textColumns: ['idNumber', 'occupationCode'],
    footer: `每个文件最多 ${MAX_EVALUATION_ROWS} 行；每行按公民身份号码和职业匹配该学员在本机构所在地区已结业的培训班。`,
  });
}
