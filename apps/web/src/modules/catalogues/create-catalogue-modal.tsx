import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { ProjectSelect } from '../projects/project-select';
import { RegionCascader } from '../reference/region-cascader';
import { CATALOGUES_QUERY_ROOT, createCatalogue } from './catalogues-api';
import { catalogueMessages } from './messages';

interface CatalogueFormValues {
  regionCode: string;
  title: string;
  period: [Dayjs, Dayjs];
  projectIds?: string[];
}

const OK_TEST_ID = { 'data-testid': 'create-catalogue-submit' };

export function CreateCatalogueModal({
  open,
  root,
  onClose,
}: {
  open: boolean;
  root: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const t = useT(catalogueMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CatalogueFormValues>();
  const reportError = useApiErrorReporter(form);

  const create = useMutation({
    mutationFn: createCatalogue,
    onSuccess: (catalogue) => {
      message.success(t('created', { title: catalogue.catalogue.title }));
      void queryClient.invalidateQueries({ queryKey: CATALOGUES_QUERY_ROOT });
      form.resetFields();
      onClose();
      navigate(`/app/catalogues/${catalogue.catalogue.id}`);
    },
    onError: reportError,
  });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={680}
      forceRender
      data-testid="create-catalogue-modal"
    >
      <Form<CatalogueFormValues>
        form={form}
        layout="vertical"
        disabled={create.isPending}
        initialValues={{ regionCode: root?.code }}
        onFinish={(values) =>
          create.mutate({
            regionCode: values.regionCode,
            title: values.title.trim(),
            periodStart: values.period[0].format('YYYY-MM-DD'),
            periodEnd: values.period[1].format('YYYY-MM-DD'),
            projectIds: values.projectIds ?? [],
          })
        }
      >
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionCascader root={root} data-testid="catalogue-region" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('catalogueTitle')}
          extra={t('titleHint')}
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
        >
          <Input maxLength={200} data-testid="catalogue-title" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('period')}
          rules={[{ required: true, message: t('periodRequired') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="catalogue-period" />
        </Form.Item>
        <Form.Item name="projectIds" label={t('projects')} extra={t('projectsHint')}>
          <ProjectSelect multiple data-testid="catalogue-projects" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
