import {
  normaliseResourceUrl,
  RESOURCE_KINDS,
  type ResourceKind,
} from '@qiancheng/domain/teachers/resources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { ANY_LEVEL, levelFromForm } from '../reference/skill-level-value';
import { resourceMessages } from './messages';
import { addResource, RESOURCES_QUERY_ROOT } from './resources-api';

interface ResourceFormValues {
  kind: ResourceKind;
  title: string;
  occupationCode: string;
  skillLevel?: string;
  description?: string;
  source: 'file' | 'link';
  documentId?: string | null;
  url?: string;
  regionCode?: string;
}

interface AddResourceModalProps {
  open: boolean;
  /** Staff may share with a region below their own; institutions share where they are. */
  regionRoot: { code: string; name: string } | null;
  onClose: () => void;
}

const OK_TEST_ID = { 'data-testid': 'add-resource-submit' };

/** Adds a resource as an uploaded file or a link, tagged by occupation and level. */
export function AddResourceModal({ open, regionRoot, onClose }: AddResourceModalProps) {
  const t = useT(resourceMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResourceFormValues>();
  const reportError = useApiErrorReporter(form);
  const [uploading, setUploading] = useState(false);
  const source = Form.useWatch('source', form);

  const close = () => {
    form.resetFields();
    onClose();
  };

  const add = useMutation({
    mutationFn: addResource,
    onSuccess: (resource) => {
      message.success(t('added', { title: resource.title }));
      void queryClient.invalidateQueries({ queryKey: RESOURCES_QUERY_ROOT });
      close();
    },
    onError: reportError,
  });

  const submit = (values: ResourceFormValues) => {
    if (uploading) {
      message.warning(t('uploadPending'));
      return;
    }
    add.mutate({
      kind: values.kind,
      title: values.title.trim(),
      occupationCode: values.occupationCode,
      skillLevel: levelFromForm(values.skillLevel),
      description: values.description?.trim() || null,
      documentId: values.source === 'file' ? (values.documentId ?? null) : null,
      url: values.source === 'link' ? (values.url?.trim() ?? null) : null,
      ...(regionRoot && values.regionCode ? { regionCode: values.regionCode } : {}),
    });
  };

  return (
    <Modal
      open={open}
      title={t('addTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={add.isPending}
      width={720}
      forceRender
      data-testid="add-resource-modal"
    >
      <Form<ResourceFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={add.isPending}
        initialValues={{ kind: 'courseware', skillLevel: ANY_LEVEL, source: 'file' }}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
              <Select
                options={RESOURCE_KINDS.map((k) => ({ value: k.code, label: k.name[locale] }))}
                data-testid="resource-kind"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="title"
              label={t('resourceTitle')}
              rules={[{ required: true, whitespace: true, min: 2, message: t('titleRequired') }]}
            >
              <Input maxLength={100} data-testid="resource-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="occupationCode"
              label={t('occupationField')}
              rules={[{ required: true, message: t('occupationRequired') }]}
            >
              <OccupationSelect data-testid="resource-occupation" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="skillLevel" label={t('level')}>
              <SkillLevelSelect withAny data-testid="resource-level" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('description')}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="source" label={t('source')}>
          <Radio.Group
            options={[
              { value: 'file', label: t('sourceFile') },
              { value: 'link', label: t('sourceLink') },
            ]}
            data-testid="resource-source"
          />
        </Form.Item>
        {source === 'link' ? (
          <Form.Item
            name="url"
            label={t('url')}
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t('urlRequired') },
              {
                validator: async (_rule, value: string) => {
                  if (normaliseResourceUrl(value ?? '') === null) throw new Error(t('urlInvalid'));
                },
              },
            ]}
          >
            <Input placeholder="https://" maxLength={2000} data-testid="resource-url" />
          </Form.Item>
        ) : (
          <Form.Item
            name="documentId"
            label={t('file')}
            rules={[{ required: true, message: t('fileRequired') }]}
          >
            <DocumentUpload purpose="resource" onBusyChange={setUploading} data-testid="resource-file" />
          </Form.Item>
        )}
        {regionRoot && (
          <Form.Item name="regionCode" label={t('region')} extra={t('regionHint')}>
            <RegionCascader root={regionRoot} data-testid="resource-region" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
