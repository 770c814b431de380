import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { AddEntryModal } from './add-entry-modal';
import { CatalogueChangeLog } from './catalogue-change-log';
import { CatalogueEntriesTable } from './catalogue-entries-table';
import { CatalogueStatusTag } from './catalogue-status-tag';
import {
  addEntry,
  CATALOGUES_QUERY_ROOT,
  type CatalogueDetail,
  type CatalogueEntry,
  catalogueQuery,
  publishCatalogue,
  removeEntry,
} from './catalogues-api';
import { catalogueMessages } from './messages';

export function CataloguePage() {
  const t = useT(catalogueMessages);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const canManage = can(me.role, 'catalogue.manage');
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const { id = '' } = useParams<{ id: string }>();
  const catalogue = useQuery(catalogueQuery(id));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CatalogueEntry | null>(null);

  const settle = (next: CatalogueDetail, done: string) => {
    message.success(done);
    queryClient.setQueryData(catalogueQuery(id).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: CATALOGUES_QUERY_ROOT });
  };

  const publish = useMutation({
    mutationFn: () => publishCatalogue(id),
    onSuccess: (next) => settle(next, t('published')),
    onError: reportError,
  });
  const add = useMutation({
    mutationFn: ({ projectId, reason }: { projectId: string; reason?: string }) =>
      addEntry(id, projectId, reason),
    onSuccess: (next) => {
      setAdding(false);
      settle(next, t('added'));
    },
    onError: reportError,
  });
  const remove = useMutation({
    mutationFn: ({ projectId, reason }: { projectId: string; reason?: string }) =>
      removeEntry(id, projectId, reason),
    onSuccess: (next) => {
      setRemoving(null);
      settle(next, t('removed'));
    },
    onError: reportError,
  });

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/catalogues">
      {t('back')}
    </LinkButton>
  );
  if (catalogue.isPending) return <PageLoading />;
  if (catalogue.isError) {
    return (
      <>
        <PageTitle title={t('title')} extra={back} />
        <QueryError error={catalogue.error} onRetry={() => catalogue.refetch()} />
      </>
    );
  }
  const { catalogue: data, entries, changes } = catalogue.data;
  const isPublished = data.status === 'published';

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="catalogue-heading">{data.title}</span>
            <CatalogueStatusTag status={data.status} />
          </Space>
        }
        extra={back}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card
              extra={
                <Space wrap>
                  {canManage && !isPublished && (
                    <Popconfirm
                      title={t('publishConfirm')}
                      onConfirm={() => publish.mutateAsync().catch(() => undefined)}
                    >
                      <Button type="primary" loading={publish.isPending} data-testid="catalogue-publish">
                        {t('publish')}
                      </Button>
                    </Popconfirm>
                  )}
                  {canManage && (
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => setAdding(true)}
                      data-testid="catalogue-add-entry"
                    >
                      {t('addEntry')}
                    </Button>
                  )}
                  {isPublished && (
                    <LinkButton to={`/catalogues/${data.id}`} data-testid="catalogue-public-link">
                      {t('publicPage')}
                    </LinkButton>
                  )}
                  {isPublished && (
                    <DownloadButton
                      path={`/api/v1/public/catalogues/${encodeURIComponent(data.id)}/export`}
                      fileName={t('exportFile')}
                    >
                      {t('export')}
                    </DownloadButton>
                  )}
                </Space>
              }
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
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
                    children: data.publishedAt ? dayjs(data.publishedAt).format('YYYY-MM-DD HH:mm') : '—',
                  },
                  { key: 'entries', label: t('entries'), children: entries.length },
                ]}
              />
            </Card>
            <Card title={t('projects')}>
              <CatalogueEntriesTable
                entries={entries}
                projectPath={(projectId) => `/app/projects/${projectId}`}
                actions={
                  canManage
                    ? (entry) => (
                        <Button
                          type="link"
                          danger
                          style={{ paddingInline: 0 }}
                          onClick={() => setRemoving(entry)}
                          data-testid={`catalogue-remove-${entry.id}`}
                        >
                          {t('remove')}
                        </Button>
                      )
                    : undefined
                }
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
      <AddEntryModal
        open={adding}
        exclude={entries.map((entry) => entry.id)}
        reasonRequired={isPublished}
        pending={add.isPending}
        onSubmit={(projectId, reason) => add.mutate({ projectId, reason })}
        onClose={() => setAdding(false)}
      />
      <ReasonModal
        open={removing !== null}
        title={t('removeTitle')}
        description={removing ? t('removeDescription', { title: removing.title }) : undefined}
        okText={t('remove')}
        danger
        optional={!isPublished}
        pending={remove.isPending}
        onSubmit={(reason) => removing && remove.mutate({ projectId: removing.id, reason })}
        onClose={() => setRemoving(null)}
        data-testid="remove-entry-modal"
      />
    </>
  );
}
