import { OFFERING_STATUS_NAMES, type OfferingStatus } from '@qiancheng/domain/vouchers/offering-rules';
import { Tag } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { targetGroupNames } from './offering-groups';
import { offeringMessages } from './offering-messages';
import type { Offering } from './offerings-api';

const COLORS: Record<OfferingStatus, string> = { draft: 'default', open: 'green', closed: 'red' };

export function OfferingStatusTag({ status }: { status: OfferingStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`offering-status-${status}`}>
      {OFFERING_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

/** Who may claim, as people say it: "18–50 周岁；登记失业人员、就业困难人员". */
export function useOfferingCriteria(): (offering: Offering) => string {
  const t = useT(offeringMessages);
  const { locale } = useLocale();
  return ({ minAge, maxAge, targetGroups }) => {
    const age =
      minAge !== null && maxAge !== null
        ? t('ageRange', { min: minAge, max: maxAge })
        : minAge !== null
          ? t('ageFrom', { min: minAge })
          : maxAge !== null
            ? t('ageTo', { max: maxAge })
            : null;
    const groups = targetGroups.length > 0 ? targetGroupNames(targetGroups, locale) : t('anyone');
    return [age, groups].filter(Boolean).join(locale === 'zh-CN' ? '；' : '; ');
  };
}
