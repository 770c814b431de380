import { Checkbox, Flex, Input, Select } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { UrlSearchPatch } from '../../app/url/url-search';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { creditStatusOptions, institutionTypeOptions } from './code-labels';
import { type InstitutionFilter, type InstitutionSearch, REVIEW_STATUSES } from './institutions-api';
import { institutionMessages } from './messages';
import { staffMessages } from './staff-messages';

const REVIEW_KEYS = {
  pending: 'reviewPending',
  approved: 'reviewApproved',
  returned: 'reviewReturned',
} as const;

interface InstitutionFiltersProps {
  search: InstitutionSearch;
  update: (patch: UrlSearchPatch<InstitutionFilter>) => void;
  root: { code: string; name: string } | null;
}

export function InstitutionFilters({ search, update, root }: InstitutionFiltersProps) {
  const t = useT(staffMessages);
  const ti = useT(institutionMessages);
  const { locale } = useLocale();
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        key={search.q ?? ''}
        defaultValue={search.q}
        placeholder={t('searchPlaceholder')}
        allowClear
        enterButton
        onSearch={(q) => update({ q: q.trim() || undefined })}
        style={{ maxWidth: 300 }}
        data-testid="institutions-search"
      />
      <Select<string>
        allowClear
        placeholder={t('allReviewStatuses')}
        value={search.review}
        onChange={(review) => update({ review })}
        options={REVIEW_STATUSES.map((value) => ({ value, label: ti(REVIEW_KEYS[value]) }))}
        style={{ minWidth: 140 }}
        data-testid="institutions-review-filter"
      />
      <Select<string>
        allowClear
        placeholder={t('allCreditStatuses')}
        value={search.credit}
        onChange={(credit) => update({ credit })}
        options={creditStatusOptions(locale)}
        style={{ minWidth: 140 }}
        data-testid="institutions-credit-filter"
      />
      <Select<string>
        allowClear
        placeholder={t('allTypes')}
        value={search.type}
        onChange={(type) => update({ type })}
        options={institutionTypeOptions(locale)}
        style={{ minWidth: 160 }}
        data-testid="institutions-type-filter"
      />
      <RegionCascader
        root={root}
        value={search.region}
        placeholder={t('allRegions')}
        onChange={(region) => update({ region })}
        style={{ minWidth: 200 }}
      />
      <OccupationSelect
        value={search.occupation}
        placeholder={t('allOccupations')}
        onChange={(occupation) => update({ occupation })}
        style={{ minWidth: 220 }}
      />
      <Checkbox
        checked={search.expired === 'true'}
        onChange={(event) => update({ expired: event.target.checked ? 'true' : undefined })}
        data-testid="institutions-expired-filter"
      >
        {t('expiredOnly')}
      </Checkbox>
    </Flex>
  );
}
