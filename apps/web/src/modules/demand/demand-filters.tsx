import { DEMAND_STATUS_NAMES, DEMAND_STATUSES } from '@qiancheng/domain/demand/demand-line';
import { Flex, Input, Select } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { UrlSearchPatch } from '../../app/url/url-search';
import { OccupationSelect } from '../reference/occupation-select';
import { PriorityFieldSelect } from '../reference/priority-field-select';
import { RegionCascader } from '../reference/region-cascader';
import type { DemandFilter, DemandSearch } from './demand-api';
import { demandMessages } from './messages';

interface DemandFiltersProps {
  search: DemandSearch;
  update: (patch: UrlSearchPatch<DemandFilter>) => void;
  /** Staff filter by region, field and free text as well; an enterprise has few lines. */
  full: boolean;
  root?: { code: string; name: string } | null;
}

export function DemandFilters({ search, update, full, root }: DemandFiltersProps) {
  const t = useT(demandMessages);
  const { locale } = useLocale();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {full && (
        <Input.Search
          key={search.q ?? ''}
          defaultValue={search.q}
          placeholder={t('searchPlaceholder')}
          allowClear
          enterButton
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ maxWidth: 320 }}
          data-testid="demand-search"
        />
      )}
      <Select<string>
        allowClear
        placeholder={t('allStatuses')}
        value={search.status}
        onChange={(status) => update({ status })}
        options={DEMAND_STATUSES.map((value) => ({ value, label: DEMAND_STATUS_NAMES[value][locale] }))}
        style={{ minWidth: 140 }}
        data-testid="demand-status-filter"
      />
      {full && (
        <RegionCascader
          root={root}
          value={search.region}
          placeholder={t('allRegions')}
          onChange={(region) => update({ region })}
          style={{ minWidth: 220 }}
          data-testid="demand-region-filter"
        />
      )}
      {full && (
        <PriorityFieldSelect
          placeholder={t('allFields')}
          value={search.field}
          onChange={(field) => update({ field })}
          style={{ minWidth: 160 }}
          data-testid="demand-field-filter"
        />
      )}
      <OccupationSelect
        value={search.occupation}
        placeholder={t('allOccupations')}
        onChange={(occupation) => update({ occupation })}
        style={{ minWidth: 240 }}
        data-testid="demand-occupation-filter"
      />
    </Flex>
  );
}
