import type { ClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { api } from '../../app/api/client';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { yuan } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { defineMessages } from '../../app/i18n/messages';
import { ClaimStatusTag } from '../claims/claim-status-tag';

interface MySubsidies {
  grants: {
    scheme: string;
    occupationCode: string;
    skillLevel: string | null;
    certificateDate: string;
    regionCode: string;
    amountFen: number;
  }[];
  lines: {
    claimNumber: string;
    scheme: string;
    status: ClaimStatus;
    stage: string | null;
    amountFen: number;
    included: boolean;
    reasons: string[];
    createdAt: string;
  }[];
}
type Grant = MySubsidies['grants'][number];
type Line = MySubsidies['lines'][number];

const messages = defineMessages(
  {
    title: '我的补贴',
    intro:
      '这里列出你已享受的补贴，以及培训机构为你申领的补贴和办理进度。每人每年最多享受 3 次补贴，同一职业（工种）同一等级只补贴一次。想知道还能享受多少，请用补贴测算。',
    quote: '补贴测算',
    granted: '已享受的补贴',
    noGrants: '还没有已拨付的补贴',
    claimed: '为我申领的补贴',
    noLines: '还没有为你申领的补贴',
    scheme: '补贴类别',
    training: '职业培训补贴',
    skill_upgrade: '技能提升补贴',
    evaluation: '评价补贴',
    occupation: '职业（工种）',
    level: '等级',
    certificateDate: '发证日期',
    amount: '金额（元）',
    claimNumber: '申领编号',
    stage: '拨付阶段',
    certification: '取得证书后拨付',
    employment: '就业后拨付',
    notClaimed: '未计入申领',
    status: '进度',
  },
  {
    title: 'My subsidies',
    intro:
      'The subsidies you have received, and those claimed for you with where each stands. A person receives at most 3 subsidies a year, and an occupation at a level is subsidised once. To see what you could still receive, use the subsidy calculator.',
    quote: 'Subsidy calculator',
    granted: 'Subsidies received',
    noGrants: 'No subsidy paid yet',
    claimed: 'Claimed for me',
    noLines: 'Nothing has been claimed for you yet',
    scheme: 'Scheme',
    training: 'Training subsidy',
    skill_upgrade: 'Skill-upgrade subsidy',
    evaluation: 'Evaluation subsidy',
    occupation: 'Occupation',
    level: 'Level',
    certificateDate: 'Certificate date',
    amount: 'Amount (yuan)',
    claimNumber: 'Claim',
    stage: 'Stage',
    certification: 'On the certificate',
    employment: 'On employment',
    notClaimed: 'Not claimed',
    status: 'Progress',
  },
);

const SCHEMES = new Set(['training', 'skill_upgrade', 'evaluation']);

/** 我的补贴: what a worker has received and what is being claimed for them. */
export function MySubsidiesPage() {
  const t = useT(messages);
  const mine = useQuery({
    queryKey: ['subsidies', 'mine'],
    queryFn: () => api.get<MySubsidies>('/api/v1/subsidies/mine'),
  });
  const scheme = (code: string) => (SCHEMES.has(code) ? t(code as 'training') : code);
  const grantColumns: TableColumnsType<Grant> = [
    { key: 'scheme', title: t('scheme'), render: (_, g) => scheme(g.scheme) },
    { key: 'occupation', title: t('occupation'), dataIndex: 'occupationCode' },
    { key: 'level', title: t('level'), render: (_, g) => g.skillLevel ?? '—' },
    { key: 'date', title: t('certificateDate'), dataIndex: 'certificateDate' },
    {
      key: 'amount',
      title: t('amount'),
      align: 'right',
      render: (_, g) => yuan(g.amountFen, { grouped: true }),
    },
  ];
  const lineColumns: TableColumnsType<Line> = [
    { key: 'number', title: t('claimNumber'), dataIndex: 'claimNumber' },
    { key: 'scheme', title: t('scheme'), render: (_, l) => scheme(l.scheme) },
    {
      key: 'stage',
      title: t('stage'),
      render: (_, l) =>
        !l.included ? t('notClaimed') : l.stage === 'employment' ? t('employment') : t('certification'),
    },
    {
      key: 'amount',
      title: t('amount'),
      align: 'right',
      render: (_, l) => yuan(l.amountFen, { grouped: true }),
    },
    { key: 'status', title: t('status'), render: (_, l) => <ClaimStatusTag status={l.status} /> },
  ];
  return (
    <>
      <PageTitle title={t('title')} extra={<LinkButton to="/app/subsidy-quote">{t('quote')}</LinkButton>} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {mine.isError ? (
          <QueryError error={mine.error} onRetry={() => mine.refetch()} />
        ) : (
          <>
            <Card title={t('granted')}>
              <Table<Grant>
                rowKey={(g) => `${g.certificateDate}:${g.occupationCode}:${g.scheme}:${g.amountFen}`}
                size="small"
                loading={mine.isLoading}
                columns={grantColumns}
                dataSource={mine.data?.grants ?? []}
                pagination={false}
                locale={{ emptyText: t('noGrants') }}
                data-testid="my-grants"
              />
            </Card>
            <Card title={t('claimed')}>
              <Table<Line>
                rowKey={(l) => `${l.claimNumber}:${l.stage}:${l.createdAt}`}
                size="small"
                loading={mine.isLoading}
                columns={lineColumns}
                dataSource={mine.data?.lines ?? []}
                pagination={(mine.data?.lines.length ?? 0) > 20 ? { pageSize: 20 } : false}
                locale={{ emptyText: t('noLines') }}
                data-testid="my-claim-lines"
              />
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
