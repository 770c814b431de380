import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { DownloadButton } from '../../app/components/download-button';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { CatalogueChangeLog } from '../catalogues/catalogue-change-log';
import { CatalogueEntriesTable } from '../catalogues/catalogue-entries-table';
import { portalMessages } from './messages';
import { publicCatalogueQuery } from './portal-api';

export function PortalCataloguePage() {
  const t = useT(portalMessages);
  const { id = '' } = useParams<{ id: string }>();
  const catalogue = useQuery(publicCatalogueQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/catalogues">
      {t('catalogueBack')}
    </LinkButton>
  );
  if (catalogue.isPending) return <PageLoading />;
  if (catalogue.isError) {
    return (
      <>
        <PageTitle title={t('cataloguesTitle')} extra={back} />
        <QueryError error={catalogue.error} onRetry={() => catalogue.refetch()} />
      </>
    );
  }
  const { catalogue: data, entries, changes } = catalogue.data;
  return (
    <>
      <PageTitle
        title={<span data-testid="portal-catalogue-title">{data.title}</span>}
        extra={
          <Space wrap>
            <DownloadButton
              path={`/api/v1/public/catalogues/${encodeURIComponent(data.id)}/export`}
              fileName={t('exportFile')}
              data-testid="portal-catalogue-export"
            >
              {t('export')}
            </DownloadButton>
            {back}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                items={[
                  { key: 'region', label: t('region'), children: data.regionName },
                  {
                    key: 'period',
                    label: t('period'),
                    children: t('periodValue', { start: data.periodStart, end: data.periodEnd }),
                  },
                  {
                    key: 'publishedAt',
                    label: t('publishedAt'),
                    children: data.publishedAt ? dayjs(data.publishedAt).format('YYYY-MM-DD') : '—',
                  },
                ]}
              />
            </Card>
            <Card title={t('entriesTitle')}>
              <CatalogueEntriesTable
                entries={entries}
                projectPath={(projectId) => `/projects/${projectId}`}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('changes')}>
            <CatalogueChangeLog changes={changes} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
