import { ArrowLeftOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { CREDIT_STATUS_NAMES } from '@qiancheng/domain/institutions/credit-status';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { CheckKindText } from './check-tags';
import { useCheckColumns } from './checks-table';
import { supervisionMessages } from './messages';
import { type SampleDetail, sampleExportPath, sampleQuery } from './supervision-api';

type PopulationRow = SampleDetail['population'][number];

/** A sample holds up to 200 checks and a population of any size: long tables page. */
const pagedWhenLong = (rows: number) => (rows > 20 ? { pageSize: 20 } : false);

/**
 * A sample: how it was drawn (region, kind, population, seed), whether re-running the draw from
 * its seed gives the same classes, the checks it made and the weights of the whole population.
 */
export function SamplePage() {
  const t = useT(supervisionMessages);
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(sampleQuery(id));

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/supervision?tab=samples">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={detail} title={t('title')} back={back}>
      {(data) => <SampleView detail={data} back={back} />}
    </RecordPage>
  );
}

/** A sample once read: how it was drawn, the re-run check, its checks and its population. */
function SampleView({ detail, back }: { detail: SampleDetail; back: ReactNode }) {
  const t = useT(supervisionMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const checkColumns = useCheckColumns();
  const { sample, verified, population, checks } = detail;
  const populationColumns: TableColumnsType<PopulationRow> = [
    {
      key: 'class',
      title: t('class'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text>{row.className}</Typography.Text>
          <Typography.Text type="secondary">{row.classCode}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'institution', dataIndex: 'institutionName', title: t('institution') },
    {
      key: 'standing',
      title: t('standing'),
      render: (_, row) => (row.standing ? CREDIT_STATUS_NAMES[row.standing][locale] : ''),
    },
    { key: 'findings', dataIndex: 'findings', title: t('findings'), align: 'right' },
    { key: 'weight', dataIndex: 'weight', title: t('weight'), align: 'right' },
    {
      key: 'drawnOrder',
      title: t('drawnOrder'),
      align: 'right',
      render: (_, row) =>
        row.drawnOrder === null ? (
          <Typography.Text type="secondary">{t('notDrawn')}</Typography.Text>
        ) : (
          row.drawnOrder
        ),
    },
  ];
  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="sample-heading">{t('sampleTitle', { day: sample.drawnOn })}</span>
            <Tag>
              <CheckKindText kind={sample.kind} />
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {can(me.role, 'supervision.manage') && (
              <DownloadButton
                path={sampleExportPath(sample.id)}
                fileName={`supervision-${sample.drawnOn}.xlsx`}
                data-testid="sample-export"
              >
                {t('export')}
              </DownloadButton>
            )}
            {back}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('sampleSummary')}>
          <Descriptions column={{ xs: 1, md: 2 }} data-testid="sample-summary">
            <Descriptions.Item label={t('region')}>
              {sample.regionName ?? sample.regionCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('drawnOn')}>{sample.drawnOn}</Descriptions.Item>
            <Descriptions.Item label={t('population')}>{sample.population}</Descriptions.Item>
            <Descriptions.Item label={t('sampleSize')}>{sample.size}</Descriptions.Item>
            <Descriptions.Item label={t('drawnCount')}>{sample.drawn}</Descriptions.Item>
            <Descriptions.Item
              label={t('progress')}
            >{`${sample.completed} / ${sample.drawn}`}</Descriptions.Item>
            <Descriptions.Item label={t('seed')} span={2}>
              <Typography.Text code copyable data-testid="sample-seed">
                {sample.seed}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Space align="start">
            {verified ? (
              <Tag icon={<CheckCircleOutlined />} color="success" data-testid="sample-verified">
                {t('verified')}
              </Tag>
            ) : (
              <Tag icon={<WarningOutlined />} color="error" data-testid="sample-not-verified">
                {t('notVerified')}
              </Tag>
            )}
            <Typography.Text type="secondary">{t('verifiedHint')}</Typography.Text>
          </Space>
        </Card>
        <Card title={t('drawnChecks')}>
          <Table
            rowKey="id"
            columns={checkColumns}
            dataSource={checks}
            pagination={pagedWhenLong(checks.length)}
            scroll={{ x: 'max-content' }}
            data-testid="sample-checks"
          />
        </Card>
        <Card title={t('populationTable')}>
          <Table
            rowKey="classId"
            size="small"
            columns={populationColumns}
            dataSource={population}
            pagination={pagedWhenLong(population.length)}
            scroll={{ x: 'max-content' }}
            data-testid="sample-population"
          />
        </Card>
      </Flex>
    </>
  );
}
