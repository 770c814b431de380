import type { LocalizedText } from './localized-text';

/**
 * Occupation codes of 中华人民共和国职业分类大典 (2015 and 2022 editions): `D-DD-DD-DD`, the
 * major group (大类, 1–8), middle group (中类), minor group (小类) and occupation (细类), e.g.
 * 4-10-01-05 养老护理员. Work types (工种) below an occupation are not coded here.
 */
export const OCCUPATION_MAJOR_GROUPS = [
  {
    group: 1,
    name: {
      'zh-CN': '党的机关、国家机关、群众团体和社会组织、企事业单位负责人',
      'en-US': 'Heads of Party and state organs, mass and social organisations, enterprises and institutions',
    },
  },
  { group: 2, name: { 'zh-CN': '专业技术人员', 'en-US': 'Professional and technical personnel' } },
  { group: 3, name: { 'zh-CN': '办事人员和有关人员', 'en-US': 'Clerks and related personnel' } },
  {
    group: 4,
    name: { 'zh-CN': '社会生产服务和生活服务人员', 'en-US': 'Production and life service personnel' },
  },
  {
    group: 5,
    name: {
      'zh-CN': '农、林、牧、渔业生产及辅助人员',
      'en-US': 'Agriculture, forestry, animal husbandry and fishery workers',
    },
  },
  { group: 6, name: { 'zh-CN': '生产制造及有关人员', 'en-US': 'Production and manufacturing workers' } },
  { group: 7, name: { 'zh-CN': '军人', 'en-US': 'Military personnel' } },
  {
    group: 8,
    name: { 'zh-CN': '不便分类的其他从业人员', 'en-US': 'Other workers not elsewhere classified' },
  },
] as const satisfies readonly { group: number; name: LocalizedText }[];

export type OccupationMajorGroup = (typeof OCCUPATION_MAJOR_GROUPS)[number]['group'];

export type OccupationCodeProblem = 'format' | 'major_group';

export interface OccupationCode {
  /** `D-DD-DD-DD` with ASCII hyphens. */
  code: string;
  majorGroup: OccupationMajorGroup;
  /** `D-DD` */
  middleGroup: string;
  /** `D-DD-DD` */
  minorGroup: string;
}

export type OccupationCodeResult =
  | { ok: true; value: OccupationCode }
  | { ok: false; reason: OccupationCodeProblem };

export const OCCUPATION_CODE_PROBLEMS = {
  format: {
    'zh-CN': '职业编码格式不正确，应为 D-DD-DD-DD（如 4-10-01-05）',
    'en-US': 'must have the form D-DD-DD-DD (e.g. 4-10-01-05)',
  },
  major_group: {
    'zh-CN': '职业编码的大类应为 1–8',
    'en-US': 'must start with a major group from 1 to 8',
  },
} as const satisfies Record<OccupationCodeProblem, LocalizedText>;

const SHAPE = /^\d-\d{2}-\d{2}-\d{2}$/;
// Word processors and spreadsheets turn typed hyphens into dashes, so codes copied from a
// document arrive with any of them.
const DASHES = /[\u2010-\u2015\u2212]/g;

export function parseOccupationCode(input: string): OccupationCodeResult {
  const code = input.normalize('NFKC').trim().replace(DASHES, '-');
  if (!SHAPE.test(code)) return { ok: false, reason: 'format' };
  const majorGroup = Number(code[0]);
  if (!isMajorGroup(majorGroup)) return { ok: false, reason: 'major_group' };
  return {
    ok: true,
    value: { code, majorGroup, middleGroup: code.slice(0, 4), minorGroup: code.slice(0, 7) },
  };
}

export function isOccupationCode(input: string): boolean {
  return parseOccupationCode(input).ok;
}

/** The major group (大类) of a well-formed code; throws on anything else, like `regionLevel`. */
export function occupationMajorGroup(code: string): OccupationMajorGroup {
  const parsed = parseOccupationCode(code);
  if (!parsed.ok) throw new RangeError(`not an occupation code: ${code}`);
  return parsed.value.majorGroup;
}

function isMajorGroup(value: number): value is OccupationMajorGroup {
  return OCCUPATION_MAJOR_GROUPS.some((group) => group.group === value);
}
