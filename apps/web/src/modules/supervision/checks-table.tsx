import {
  CHECK_KIND_NAMES,
  CHECK_KINDS,
  CHECK_STATUS_NAMES,
  CHECK_STATUSES,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { CheckKindText, CheckStatusTag, ConclusionTag } from './check-tags';
import { chinaMoment } from './countdown';
import { supervisionMessages } from './messages';
import { CHECK_FILTERS, type CheckItem, type CheckSearch, checksQuery } from './supervision-api';

/** A check's day: the visit's for on-site checks, the photo deadline for remote ones. */
export function checkWhen(check: CheckItem): string {
  if (check.kind === 'remote' && check.deadlineAt) return chinaMoment(check.deadlineAt);
  return check.plannedOn ?? '';
}

/** The class of a check, linking to the check. */
export function CheckClassLink({ check }: { check: CheckItem }) {
  return (
    <Link to={`/app/supervision/checks/${check.id}`} data-testid={`check-open-${check.id}`}>
      <Flex vertical gap={0}>
        <Typography.Text strong>{check.className}</Typography.Text>
        <Typography.Text type="secondary">{check.classCode}</Typography.Text>
      </Flex>
    </Link>
  );
}

/**
 * The columns of a list of checks. With `onInstitution`, an institution's name narrows the list to
 * that institution's checks.
 */
export function useCheckColumns(
  onInstitution?: (institutionId: string) => void,
): TableColumnsType<CheckItem> {
  const t = useT(supervisionMessages);
  return [
    { key: 'class', title: t('class'), render: (_, check) => <CheckClassLink check={check} /> },
    {
      key: 'institution',
      title: t('institution'),
      render: (_, check) =>
        onInstitution ? (
          <Button
            type="link"
            title={t('filterByInstitution')}
            onClick={() => onInstitution(check.institutionId)}
            style={{ paddingInline: 0 }}
            data-testid={`checks-institution-${check.id}`}
          >
            {check.institutionName}
          </Button>
        ) : (
          check.institutionName
        ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'kind', title: t('kind'), render: (_, check) => <CheckKindText kind={check.kind} /> },
    { key: 'status', title: t('status'), render: (_, check) => <CheckStatusTag status={check.status} /> },
    { key: 'when', title: t('when'), render: (_, check) => checkWhen(check) },
    {
      key: 'conclusion',
      title: t('conclusion'),
      render: (_, check) => (check.conclusion ? <ConclusionTag conclusion={check.conclusion} /> : null),
    },
  ];
}

/** Checks of the reader's region, filtered in the address by status, kind, institution and class. */
export function ChecksTable({
  search,
  update,
}: {
  search: CheckSearch;
  update: (
    patch: Partial<Record<(typeof CHECK_FILTERS)[number], string | undefined>> & {
      page?: number;
      pageSize?: number;
    },
  ) => void;
}) {
  const t = useT(supervisionMessages);
  const { locale } = useLocale();
  const checks = useQuery({ ...checksQuery(search), placeholderData: keepPreviousData });
  const filtered = CHECK_FILTERS.some((key) => search[key]);
  const items = checks.data?.items ?? [];
  const institution = items.find((c) => c.institutionId === search.institutionId)?.institutionName;
  const someClass = items.find((c) => c.classId === search.classId);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Select
          allowClear
          placeholder={t('allStatuses')}
          value={search.status}
          onChange={(status) => update({ status })}
          options={CHECK_STATUSES.map((value) => ({ value, label: CHECK_STATUS_NAMES[value][locale] }))}
          style={{ minWidth: 160 }}
          data-testid="checks-status-filter"
        />
        <Select
          allowClear
          placeholder={t('allKinds')}
          value={search.kind}
          onChange={(kind) => update({ kind })}
          options={CHECK_KINDS.map((value) => ({ value, label: CHECK_KIND_NAMES[value][locale] }))}
          style={{ minWidth: 140 }}
          data-testid="checks-kind-filter"
        />
        {search.institutionId && (
          <Tag
            closable
            onClose={() => update({ institutionId: undefined })}
            data-testid="checks-institution-filter"
          >
            {t('filteredInstitution', { name: institution ?? '…' })}
          </Tag>
        )}
        {search.classId && (
          <Tag closable onClose={() => update({ classId: undefined })} data-testid="checks-class-filter">
            {t('filteredClass', { name: someClass ? `${someClass.classCode} ${someClass.className}` : '…' })}
          </Tag>
        )}
      </Flex>
      <PagedTable
        query={checks}
        paging={search}
        onPage={update}
        columns={useCheckColumns((institutionId) => update({ institutionId }))}
        empty={filtered ? t('noChecksMatch') : t('noChecks')}
        pager="sizeChanger"
        totalText={(total) => t('totalChecks', { total })}
        data-testid="checks-table"
      />
    </Flex>
  );
}
