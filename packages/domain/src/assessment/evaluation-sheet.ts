import {
  type CellValue,
  cellText,
  isEmptyCell,
  parseDateCell,
  parseSkillLevelCell,
} from '../demand/demand-row';
import type { FieldReason } from '../errors/catalog';
import type { SkillLevelCode } from '../reference/skill-levels';

/** An evaluation system's export holds at most this many results per file. */
export const MAX_EVALUATION_ROWS = 5_000;

/**
 * The columns of an evaluation export the platform reads (评价结果导入). Systems name them in
 * slightly different ways; these are the names of the template the platform offers, and columns
 * in any order are accepted.
 */
export const EVALUATION_COLUMNS = [
  { key: 'name', header: '姓名', optional: false },
  { key: 'idNumber', header: '公民身份号码', optional: false },
  { key: 'occupationCode', header: '职业编码', optional: false },
  { key: 'kind', header: '评价类别', optional: true },
  { key: 'skillLevel', header: '技能等级', optional: true },
  { key: 'score', header: '成绩', optional: true },
  { key: 'result', header: '评价结果', optional: false },
  { key: 'assessedOn', header: '评价日期', optional: false },
] as const;
export type EvaluationColumnKey = (typeof EVALUATION_COLUMNS)[number]['key'];

export interface EvaluationSheetLine {
  name: string;
  idNumber: string;
  occupationCode: string;
  kind: 'skill_level' | 'special_ability';
  skillLevel: SkillLevelCode | null;
  score: number | null;
  passed: boolean;
  assessedOn: string;
}

export type EvaluationCellProblem = {
  field: EvaluationColumnKey;
  reason: FieldReason;
  params?: Record<string, unknown>;
};

const KIND_TEXT = new Map<string, EvaluationSheetLine['kind']>([
  ['职业技能等级', 'skill_level'],
  ['职业技能等级认定', 'skill_level'],
  ['skill_level', 'skill_level'],
  ['专项职业能力', 'special_ability'],
  ['专项职业能力考核', 'special_ability'],
  ['special_ability', 'special_ability'],
]);
const RESULT_TEXT = new Map<string, boolean>([
  ['合格', true],
  ['通过', true],
  ['不合格', false],
  ['未通过', false],
]);

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** One row of an evaluation export, as written: the kind defaults to 职业技能等级. */
export function parseEvaluationCells(
  cells: Partial<Record<EvaluationColumnKey, CellValue>>,
): { ok: true; value: EvaluationSheetLine } | { ok: false; problems: EvaluationCellProblem[] } {
  const problems: EvaluationCellProblem[] = [];
  const required = (key: EvaluationColumnKey) => {
    if (isEmptyCell(cells[key])) problems.push({ field: key, reason: 'required' });
    return cellText(cells[key]);
  };
  const name = required('name');
  const idNumber = required('idNumber').toUpperCase();
  if (typeof cells.idNumber === 'number') problems.push({ field: 'idNumber', reason: 'id_number_not_text' });
  const occupationCode = required('occupationCode');
  const kind = isEmptyCell(cells.kind)
    ? 'skill_level'
    : KIND_TEXT.get(cellText(cells.kind).replace(/\s+/g, ''));
  if (!kind)
    problems.push({
      field: 'kind',
      reason: 'invalid_value',
      params: { options: '职业技能等级、专项职业能力' },
    });
  let skillLevel: SkillLevelCode | null = null;
  const level = parseSkillLevelCell(cells.skillLevel);
  if (!level.ok) problems.push({ field: 'skillLevel', ...level.problem });
  else skillLevel = level.value;
  if (kind === 'skill_level' && level.ok && skillLevel === null)
    problems.push({ field: 'skillLevel', reason: 'required' });
  let score: number | null = null;
  if (!isEmptyCell(cells.score)) {
    score = typeof cells.score === 'number' ? cells.score : Number(cellText(cells.score));
    if (!Number.isFinite(score) || score < 0 || score > 100)
      problems.push({ field: 'score', reason: 'result_score_range' });
  }
  const resultText = required('result');
  const passed = RESULT_TEXT.get(resultText.replace(/\s+/g, ''));
  if (resultText && passed === undefined) problems.push({ field: 'result', reason: 'invalid_result_text' });
  let assessedOn = '';
  if (!isEmptyCell(cells.assessedOn)) {
    const date = parseDateCell(cells.assessedOn);
    if (date.ok && isCalendarDay(date.value)) assessedOn = date.value;
    else problems.push({ field: 'assessedOn', reason: 'invalid_date' });
  } else problems.push({ field: 'assessedOn', reason: 'required' });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { name, idNumber, occupationCode, kind: kind!, skillLevel, score, passed: passed!, assessedOn },
  };
}
