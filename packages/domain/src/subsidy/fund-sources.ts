import type { LocalizedText } from '../reference/localized-text';

/**
 * Where subsidy money comes from. The notice pays training subsidies (A rules) from 就业补助资金
 * and skill-upgrade subsidies (B rules) from 失业保险基金; provinces may add their own money and
 * enterprises or social capital share costs.
 */
export const FUND_SOURCES = [
  { code: 'employment_subsidy', name: { 'zh-CN': '就业补助资金', 'en-US': 'Employment subsidy fund' } },
  {
    code: 'unemployment_insurance',
    name: { 'zh-CN': '失业保险基金', 'en-US': 'Unemployment insurance fund' },
  },
  { code: 'local_finance', name: { 'zh-CN': '地方财政', 'en-US': 'Local public finance' } },
  { code: 'social_capital', name: { 'zh-CN': '社会资本', 'en-US': 'Social capital' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type FundSourceCode = (typeof FUND_SOURCES)[number]['code'];

export const FUND_SOURCE_CODES = FUND_SOURCES.map((source) => source.code) as readonly FundSourceCode[];

export function fundSource(code: FundSourceCode): (typeof FUND_SOURCES)[number] {
  return FUND_SOURCES.find((source) => source.code === code)!;
}
