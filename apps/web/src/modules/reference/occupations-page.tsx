import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { pickLocalized } from '../../app/i18n/messages';
import { referenceMessages } from './messages';
import { codeTableQuery, type Occupation, type OccupationSearch, occupationsQuery } from './reference-api';

const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Search, filter and page live in the URL, so a result list can be shared and survives reload. */
function useOccupationSearch(): [OccupationSearch, (patch: Partial<OccupationSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const search: OccupationSearch = {
    q: params.get('q') ?? undefined,
    field: params.get('field') ?? undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE),
  };
  const update = (patch: Partial<OccupationSearch>) => {
    const next = { ...search, ...patch };
    // Defaults stay out of the URL, so the plain page link and page 1 are the same address.
    const isDefault = (key: string, value: unknown) =>
      (key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE);
    const entries = Object.entries(next).filter(
      ([key, value]) => value !== undefined && value !== '' && !isDefault(key, value),
    );
    setParams(new URLSearchParams(entries.map(([key, value]) => [key, String(value)])));
  };
  return [search, update];
}

export function OccupationsPage() {
  const t = useT(referenceMessages);
  const { locale } = useLocale();
  const [search, update] = useOccupationSearch();
  const occupations = useQuery({ ...occupationsQuery(search), placeholderData: keepPreviousData });
  const fields = useQuery(codeTableQuery('priority-fields'));

  const fieldNames = useMemo(
    () => new Map((fields.data?.items ?? []).map((field) => [field.code, pickLocalized(field.name, locale)])),
    [fields.data, locale],
  );

  const columns: TableColumnsType<Occupation> = [
    { key: 'code', dataIndex: 'code', title: t('code'), width: 140 },
    { key: 'name', dataIndex: 'name', title: t('name') },
    {
      key: 'priorityField',
      dataIndex: 'priorityField',
      title: t('priorityField'),
      width: 180,
      render: (code: string | null) => (code ? <Tag color="blue">{fieldNames.get(code) ?? code}</Tag> : null),
    },
    { key: 'source', dataIndex: 'source', title: t('source'), width: 160 },
  ];

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('occupationsIntro')}</Typography.Paragraph>
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={search.q ?? ''}
          defaultValue={search.q}
          placeholder={t('occupationSearch')}
          allowClear
          enterButton
          onSearch={(q) => update({ q: q.trim() || undefined, page: 1 })}
          style={{ maxWidth: 360 }}
          data-testid="occupation-search"
        />
        <Select
          allowClear
          placeholder={t('allFields')}
          value={search.field}
          loading={fields.isPending}
          onChange={(field: string | undefined) => update({ field, page: 1 })}
          options={(fields.data?.items ?? []).map((field) => ({
            value: field.code,
            label: pickLocalized(field.name, locale),
          }))}
          style={{ minWidth: 200 }}
          data-testid="occupation-field"
        />
      </Flex>
      <PagedTable
        query={occupations}
        paging={search}
        onPage={(patch) => update({ page: patch.page ?? 1, pageSize: patch.pageSize ?? DEFAULT_PAGE_SIZE })}
        rowKey="code"
        columns={columns}
        scroll={null}
        empty={t('noOccupations')}
        pager="sizeChanger"
        totalText={(total) => t('total', { total })}
        data-testid="occupations-table"
      />
    </Card>
  );
}
