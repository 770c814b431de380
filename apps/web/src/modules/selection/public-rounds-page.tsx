import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, type TableColumnsType, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { selectionMessages } from './messages';
import { MethodText } from './round-tags';
import { PUBLIC_STATUSES, type PublicStatus, publicRoundsQuery, type Round } from './selection-api';

const FILTERS = ['status'] as const;
const TAB_LABELS = { open: 'tabOpen', publicized: 'tabPublicized', effective: 'tabEffective' } as const;

/** Open calls for training institutions and results on public notice, for anyone to read. */
export function PublicRoundsPage() {
  const t = useT(selectionMessages);
  const [search, update] = useUrlSearch(FILTERS);
  const status: PublicStatus = PUBLIC_STATUSES.find((s) => s === search.status) ?? 'open';
  const rounds = useQuery({
    ...publicRoundsQuery({ status, page: search.page, pageSize: search.pageSize }),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Round> = [
    {
      key: 'project',
      dataIndex: 'projectTitle',
      title: t('project'),
      render: (title: string, round) => (
        <Link to={`/selection/${round.id}`} data-testid={`public-round-${round.id}`}>
          {title}
        </Link>
      ),
    },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    { key: 'method', title: t('method'), render: (_, round) => <MethodText method={round.method} /> },
    { key: 'places', dataIndex: 'places', title: t('places'), align: 'right' },
    status === 'open'
      ? { key: 'deadline', dataIndex: 'applicationDeadline', title: t('deadline') }
      : {
          key: 'notice',
          title: t('noticePeriod'),
          render: (_, round) =>
            round.noticeStart && round.noticeEnd
              ? t('periodValue', { start: round.noticeStart, end: round.noticeEnd })
              : null,
        },
  ];

  return (
    <>
      <PageTitle title={t('publicTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('publicIntro')}
        </Typography.Paragraph>
        <Card>
          <Tabs
            activeKey={status}
            onChange={(key) => update({ status: key === 'open' ? undefined : key })}
            items={PUBLIC_STATUSES.map((key) => ({ key, label: t(TAB_LABELS[key]) }))}
            data-testid="public-rounds-tabs"
          />
          <PagedTable
            query={rounds}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noPublicRounds')}
            pager="hideOnSinglePage"
            data-testid="public-rounds"
          />
        </Card>
      </Flex>
    </>
  );
}
