import { yuanText } from '@qiancheng/domain/funds/money';
import { FUND_SOURCES, type FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';

const sourceName = (code: string) => FUND_SOURCES.find((s) => s.code === (code as FundSourceCode))?.name;

/**
 * A budget named in both languages for error messages: 郑州市2026年就业补助资金 / 郑州市 2026
 * employment subsidy fund (region names are Chinese in both).
 */
export function budgetNameParams(budget: { regionName: string; year: number; source: string }) {
  const name = sourceName(budget.source);
  return {
    budgetZh: `${budget.regionName}${budget.year}年${name?.['zh-CN'] ?? budget.source}`,
    budgetEn: `${budget.regionName} ${budget.year} ${(name?.['en-US'] ?? budget.source).toLowerCase()}`,
  };
}

/** An amount as error messages print it: 元, two decimals, thousands grouped. */
export const yuanParam = (fen: number) => yuanText(fen, { grouped: true });
