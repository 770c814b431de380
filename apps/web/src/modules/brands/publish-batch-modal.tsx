import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { QueryError } from '../../app/components/query-error';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { BRANDS_QUERY_ROOT, batchPreviewQuery, publishBatch, type TrainingBrand } from './brands-api';
import { brandMessages } from './messages';

interface PublishBatchModalProps {
  open: boolean;
  root: { code: string; name: string };
  onClose: () => void;
}

/**
 * Publishing a batch: the modal lists exactly the approved brands that will be published, with the
 * batch number and a title to confirm, and publishes those brands only.
 */
export function PublishBatchModal({ open, root, onClose }: PublishBatchModalProps) {
  const t = useT(brandMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [region, setRegion] = useState(root.code);
  const [title, setTitle] = useState('');
  const preview = useQuery({ ...batchPreviewQuery(region), enabled: open });
  const brands = preview.data?.brands ?? [];

  useEffect(() => {
    if (preview.data) setTitle(preview.data.title);
  }, [preview.data]);

  const publish = useMutation({
    mutationFn: () =>
      publishBatch({ regionCode: region, title: title.trim(), brandIds: brands.map((b) => b.id) }),
    onSuccess: (batch) => {
      message.success(t('publishedBatch', { title: batch.title }));
      void queryClient.invalidateQueries({ queryKey: BRANDS_QUERY_ROOT });
      void queryClient.invalidateQueries({ queryKey: ['public'] });
      onClose();
    },
    onError: reportError,
  });

  const canPublish = brands.length > 0 && title.trim().length >= 2;
  return (
    <Modal
      open={open}
      title={t('publishTitle')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      data-testid="publish-batch-modal"
      footer={(_, { CancelBtn }) => (
        <>
          <CancelBtn />
          <Popconfirm
            title={t('publishConfirm', { count: brands.length })}
            onConfirm={() => publish.mutateAsync().catch(() => undefined)}
            disabled={!canPublish}
          >
            <Button
              type="primary"
              disabled={!canPublish}
              loading={publish.isPending}
              data-testid="publish-batch-submit"
            >
              {t('publishOk')}
            </Button>
          </Popconfirm>
        </>
      )}
      cancelText={t('cancel')}
    >
      <Form layout="vertical">
        <Form.Item label={t('publishRegion')}>
          <RegionCascader
            root={root}
            value={region}
            allowClear={false}
            onChange={(code) => setRegion(code ?? root.code)}
            data-testid="publish-batch-region"
          />
        </Form.Item>
        <Form.Item label={t('batchTitle')} required>
          <Input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={100}
            data-testid="publish-batch-title"
          />
        </Form.Item>
      </Form>
      {preview.isError ? (
        <QueryError error={preview.error} onRetry={() => preview.refetch()} />
      ) : brands.length === 0 && !preview.isFetching ? (
        <Empty description={t('publishNothing', { region: preview.data?.regionName ?? root.name })} />
      ) : (
        <>
          {preview.data && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('publishIntro', {
                count: brands.length,
                region: preview.data.regionName,
                number: preview.data.number,
              })}
            />
          )}
          <Table<TrainingBrand>
            rowKey="id"
            size="small"
            pagination={false}
            loading={preview.isFetching}
            dataSource={brands}
            scroll={{ y: 320 }}
            columns={[
              { key: 'name', dataIndex: 'name', title: t('name') },
              { key: 'region', dataIndex: 'regionName', title: t('region') },
              { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
              {
                key: 'applicant',
                title: t('applicant'),
                render: (_, brand) =>
                  brand.institutionName ?? (
                    <Typography.Text type="secondary">
                      {t('applicantRegion', { region: brand.regionName })}
                    </Typography.Text>
                  ),
              },
            ]}
            data-testid="publish-batch-brands"
          />
        </>
      )}
    </Modal>
  );
}
