import { type CellValue, cellText, isEmptyCell } from '../demand/demand-row';
import type { FieldReason } from '../errors/catalog';
import { parseMobile } from '../identity/mobile';
import { TARGET_GROUPS } from '../reference/target-groups';

/** A roster file holds at most this many trainees (a class is at most 500). */
export const MAX_ROSTER_ROWS = 500;

export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', optional: false, note: '与身份证件一致的姓名' },
  {
    key: 'idNumber',
    header: '公民身份号码',
    optional: false,
    note: '18 位，最后一位可以是 X；请将本列设为文本格式',
  },
  { key: 'mobile', header: '手机号码', optional: true, note: '11 位手机号码，选填' },
  {
    key: 'targetGroup',
    header: '重点群体',
    optional: false,
    note: `填写以下之一：${TARGET_GROUPS.map((g) => g.name['zh-CN']).join('、')}`,
  },
  { key: 'evidenceNote', header: '证明材料', optional: true, note: '群体身份证明材料的名称或编号，选填' },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

export interface RosterSheetLine {
  name: string;
  idNumber: string;
  mobile: string | null;
  targetGroup: string;
  evidenceNote: string | null;
}

export type RosterCellProblem = { field: RosterColumnKey; reason: FieldReason };

const GROUP_BY_TEXT = new Map<string, string>(
  TARGET_GROUPS.flatMap((g) => [
    [g.name['zh-CN'], g.code],
    [g.code, g.code],
  ]),
);

/**
 * One roster row as typed into the sheet: required cells present, the target group named as in
 * the list (or by its code), the mobile valid when given. The ID number is taken as text and
 * judged later with the rest of the line (rosterLineProblems).
 */
export function parseRosterCells(
  cells: Partial<Record<RosterColumnKey, CellValue>>,
): { ok: true; value: RosterSheetLine } | { ok: false; problems: RosterCellProblem[] } {
  const problems: RosterCellProblem[] = [];
  const required = (key: RosterColumnKey) => {
    if (isEmptyCell(cells[key])) problems.push({ field: key, reason: 'required' });
    return cellText(cells[key]);
  };
  const name = required('name');
  if (name.length > 50) problems.push({ field: 'name', reason: 'too_long' });
  const idNumber = required('idNumber').toUpperCase();
  // A spreadsheet keeps 15 significant digits of a number: an 18-digit ID number stored as one has
  // already lost its last digits, which no reading can bring back.
  if (typeof cells.idNumber === 'number') problems.push({ field: 'idNumber', reason: 'id_number_not_text' });
  const groupText = required('targetGroup');
  const targetGroup = GROUP_BY_TEXT.get(groupText.replace(/\s+/g, '')) ?? '';
  if (groupText && !targetGroup) problems.push({ field: 'targetGroup', reason: 'unknown_target_group' });
  let mobile: string | null = null;
  if (!isEmptyCell(cells.mobile)) {
    const parsed = parseMobile(cellText(cells.mobile));
    if (parsed.ok) mobile = parsed.value;
    else problems.push({ field: 'mobile', reason: 'invalid_mobile' });
  }
  const evidence = cellText(cells.evidenceNote);
  if (evidence.length > 500) problems.push({ field: 'evidenceNote', reason: 'too_long' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { name, idNumber, mobile, targetGroup, evidenceNote: evidence || null } };
}
