import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { RoundSummary } from './round-summary';
import { type PublicResult, publicRoundQuery } from './selection-api';

type ResultRow = PublicResult['results'][number];

/** A call's conditions and criteria and, once on notice, who was selected. */
export function PublicRoundPage() {
  const t = useT(selectionMessages);
  const { id = '' } = useParams<{ id: string }>();
  const result = useQuery(publicRoundQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/selection">
      {t('publicBack')}
    </LinkButton>
  );
  if (result.isPending) return <PageLoading />;
  if (result.isError) {
    return (
      <>
        <PageTitle title={t('publicTitle')} extra={back} />
        <QueryError error={result.error} onRetry={() => result.refetch()} />
      </>
    );
  }
  const { round, results } = result.data;
  return (
    <>
      <PageTitle title={<span data-testid="public-round-heading">{round.projectTitle}</span>} extra={back} />
      <Flex vertical gap={16}>
        <RoundSummary round={round} />
        <Card title={t('results')}>
          <Table<ResultRow>
            rowKey="institutionId"
            pagination={false}
            dataSource={results}
            locale={{ emptyText: <Empty description={t('noResults')} /> }}
            columns={[
              { key: 'institution', dataIndex: 'institutionName', title: t('institution') },
              {
                key: 'total',
                dataIndex: 'totalScore',
                title: t('totalScore'),
                align: 'right',
                render: (total: number | null) => (total === null ? null : total.toFixed(2)),
              },
              {
                key: 'selected',
                dataIndex: 'selected',
                title: t('result'),
                render: (selected: boolean) =>
                  selected ? <Tag color="green">{t('selected')}</Tag> : <Tag>{t('notSelected')}</Tag>,
              },
            ]}
            data-testid="public-round-results"
          />
        </Card>
      </Flex>
    </>
  );
}
