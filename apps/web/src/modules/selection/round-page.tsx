import { ArrowLeftOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Space } from 'antd';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { ApplicationsTable } from './applications-table';
import { selectionMessages } from './messages';
import { ObjectionsCard } from './objections-card';
import { RoundActions } from './round-actions';
import { RoundSummary } from './round-summary';
import { RoundStatusTag } from './round-tags';
import { roundQuery } from './selection-api';

export function RoundPage() {
  const t = useT(selectionMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'selection.manage');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(roundQuery(id));

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/selection">
      {t('back')}
    </LinkButton>
  );
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return (
      <>
        <PageTitle title={t('title')} extra={back} />
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      </>
    );
  }
  const { round } = detail.data;
  const showObjections = round.status === 'publicized' || detail.data.objections.length > 0;
  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="round-heading">{round.projectTitle}</span>
            <RoundStatusTag status={round.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {canManage && <RoundActions detail={detail.data} />}
            {back}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <RoundSummary round={round} />
        <Card title={t('applications')}>
          <ApplicationsTable round={round} applications={detail.data.applications} canManage={canManage} />
        </Card>
        {showObjections && <ObjectionsCard detail={detail.data} canManage={canManage} />}
      </Flex>
    </>
  );
}
