/**
 * 培训品牌名称: “地名（企业名）+职业（工种）名称+培训”. A name passes when it ends in 培训, the part
 * before names the brand's occupation (its full name or without the trailing 员/工/师/人员), and
 * what precedes that is the name of the brand's region or one above it (full or without its
 * suffix: 河南省 or 河南), or the applying enterprise's name or a short form of it.
 */

export type BrandNameProblem = 'brand_suffix' | 'brand_occupation' | 'brand_place';

const REGION_SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];

/** A region's name and its short form: 郑州市 → [郑州市, 郑州]; 新疆维吾尔自治区 → [.., 新疆]. */
export function regionNameForms(name: string): string[] {
  const forms = [name];
  for (const suffix of REGION_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      forms.push(name.slice(0, -suffix.length));
      break;
    }
  }
  return forms;
}

const OCCUPATION_SUFFIXES = ['人员', '员', '工', '师'];

/** An occupation's name and its short form: 养老护理员 → [养老护理员, 养老护理]. */
export function occupationNameForms(name: string): string[] {
  const forms = [name];
  for (const suffix of OCCUPATION_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      forms.push(name.slice(0, -suffix.length));
      break;
    }
  }
  return forms;
}

export interface BrandNameContext {
  /** Names of the brand's region and the regions above it (e.g. 金水区, 郑州市, 河南省). */
  regionNames: readonly string[];
  /** The occupation the brand is for. */
  occupationName: string;
  /** The applying enterprise or institution, when one applies. */
  organizationName?: string | null;
}

export function brandNameProblem(rawName: string, context: BrandNameContext): BrandNameProblem | null {
  const name = rawName.trim();
  if (!name.endsWith('培训') || name.length <= 2) return 'brand_suffix';
  const core = name.slice(0, -2);
  const occupation = occupationNameForms(context.occupationName)
    .filter((form) => core.endsWith(form))
    .sort((a, b) => b.length - a.length)[0];
  if (!occupation) return 'brand_occupation';
  const prefix = core.slice(0, -occupation.length);
  if (prefix.length === 0) return 'brand_place';
  const places = new Set(context.regionNames.flatMap(regionNameForms));
  // 河南郑州: a region name may follow the name of a region above it.
  const placeOk =
    places.has(prefix) || [...places].some((a) => prefix.startsWith(a) && places.has(prefix.slice(a.length)));
  const organization = context.organizationName?.trim();
  const organizationOk = !!organization && prefix.length >= 2 && organization.includes(prefix);
  return placeOk || organizationOk ? null : 'brand_place';
}
