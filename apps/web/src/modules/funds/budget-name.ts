import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { Budget } from './funds-api';
import { fundsMessages } from './messages';

/** A budget named as people say it: 郑州市2026年就业补助资金. */
export function useBudgetName(): (
  budget: Pick<Budget, 'regionCode' | 'regionName' | 'year' | 'source'>,
) => string {
  const t = useT(fundsMessages);
  const { locale } = useLocale();
  return (budget) =>
    t('budgetName', {
      region: budget.regionName ?? budget.regionCode,
      year: budget.year,
      source: fundSource(budget.source).name[locale],
    });
}
