import { can } from '@qiancheng/domain';
import { ROUND_STATUS_NAMES, ROUND_STATUSES } from '@qiancheng/domain/institutions/selection';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Select, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CreateRoundModal } from './create-round-modal';
import { selectionMessages } from './messages';
import { MethodText, RoundStatusTag } from './round-tags';
import { type Round, roundsQuery } from './selection-api';

const FILTERS = ['status'] as const;

export function RoundsPage() {
  const t = useT(selectionMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'selection.manage');
  const [creating, setCreating] = useState(false);
  const [search, update] = useUrlSearch(FILTERS);
  const rounds = useQuery({ ...roundsQuery(search), placeholderData: keepPreviousData });

  const columns: TableColumnsType<Round> = [
    {
      key: 'project',
      dataIndex: 'projectTitle',
      title: t('project'),
      render: (title: string, round) => (
        <Link to={`/app/selection/${round.id}`} data-testid={`round-link-${round.id}`}>
          {title}
        </Link>
      ),
    },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    { key: 'method', title: t('method'), render: (_, round) => <MethodText method={round.method} /> },
    { key: 'status', title: t('status'), render: (_, round) => <RoundStatusTag status={round.status} /> },
    { key: 'deadline', dataIndex: 'applicationDeadline', title: t('deadline') },
    {
      key: 'notice',
      title: t('noticeDays'),
      render: (_, round) =>
        round.noticeStart && round.noticeEnd
          ? t('periodValue', { start: round.noticeStart, end: round.noticeEnd })
          : t('daysValue', { days: round.noticeDays }),
    },
    { key: 'places', dataIndex: 'places', title: t('places'), align: 'right' },
    { key: 'applications', dataIndex: 'applications', title: t('applicationCount'), align: 'right' },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="publish-round">
              {t('publish')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={ROUND_STATUSES.map((value) => ({ value, label: ROUND_STATUS_NAMES[value][locale] }))}
              style={{ minWidth: 140 }}
              data-testid="rounds-status-filter"
            />
          </Flex>
          <PagedTable
            query={rounds}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noRounds')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="rounds-table"
          />
        </Card>
      </Flex>
      {canManage && <CreateRoundModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
