import { brandNameExample } from '@qiancheng/domain/brands/brand-naming';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { OccupationSelect } from '../reference/occupation-select';
import { regionDetailQuery } from '../reference/reference-api';
import { RegionCascader } from '../reference/region-cascader';
import { brandNameMessage } from './brand-name-hint';
import {
  type ApplicantContext,
  applyBrand,
  BRANDS_QUERY_ROOT,
  type BrandInput,
  resubmitBrand,
  type TrainingBrand,
} from './brands-api';
import { brandMessages } from './messages';

const DESCRIPTION_MIN = 10;
/** The occupation the naming example uses until one is chosen. */
const EXAMPLE_OCCUPATION = '养老护理员';
const OK_TEST_ID = { 'data-testid': 'brand-form-submit' };

interface BrandFormModalProps {
  open: boolean;
  applicant: ApplicantContext;
  /** A returned application being edited for resubmission; null for a new one. */
  editing: TrainingBrand | null;
  onClose: () => void;
}

/**
 * The application form. The name is checked as it is typed against the chosen region (and the
 * regions above it), the occupation and, for an institution, its own name, by the same rule the
 * server applies.
 */
export function BrandFormModal({ open, applicant, editing, onClose }: BrandFormModalProps) {
  const t = useT(brandMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BrandInput>();
  const reportError = useApiErrorReporter(form);
  const [occupationName, setOccupationName] = useState<string | undefined>();
  const regionCode = Form.useWatch('regionCode', form);
  const name = Form.useWatch('name', form) ?? '';
  const region = useQuery({ ...regionDetailQuery(regionCode ?? ''), enabled: Boolean(regionCode) });
  const regionNames = regionCode ? region.data?.path.map((step) => step.name) : undefined;
  const nameContext = { regionNames, occupationName, organizationName: applicant.organizationName };
  const liveProblem = brandNameMessage(name, nameContext, locale);
  const example = brandNameExample(
    regionNames ?? [applicant.regionName],
    occupationName ?? EXAMPLE_OCCUPATION,
  );

  useEffect(() => {
    if (!open) return;
    if (editing) {
      form.setFieldsValue({
        name: editing.name,
        regionCode: editing.regionCode,
        occupationCode: editing.occupationCode,
        description: editing.description,
      });
      setOccupationName(editing.occupationName);
    } else {
      form.resetFields();
      form.setFieldsValue({ regionCode: applicant.regionCode });
      setOccupationName(undefined);
    }
  }, [open, editing, applicant.regionCode, form]);

  const save = useMutation({
    mutationFn: (input: BrandInput) => (editing ? resubmitBrand(editing.id, input) : applyBrand(input)),
    onSuccess: (brand) => {
      message.success(t(editing ? 'resubmitted' : 'applied', { name: brand.name }));
      void queryClient.invalidateQueries({ queryKey: BRANDS_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  return (
    <Modal
      open={open}
      title={editing ? t('resubmitTitle') : t('applyTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={680}
      forceRender
      data-testid="brand-form-modal"
    >
      {editing?.reviewNote && (
        <Typography.Paragraph type="warning" data-testid="brand-form-review-note">
          {t('reviewNote')}：{editing.reviewNote}
        </Typography.Paragraph>
      )}
      <Form<BrandInput>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        onFinish={(values) =>
          save.mutate({
            name: values.name.trim(),
            regionCode: values.regionCode,
            occupationCode: values.occupationCode,
            description: values.description.trim(),
          })
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('region')}
              rules={[{ required: true, message: t('regionRequired') }]}
            >
              <RegionCascader
                root={{ code: applicant.regionCode, name: applicant.regionName }}
                allowClear={false}
                data-testid="brand-region"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="occupationCode"
              label={t('occupation')}
              rules={[{ required: true, message: t('occupationRequired') }]}
            >
              <OccupationSelect
                allowClear={false}
                onChange={(_, occupation) => setOccupationName(occupation?.name)}
                data-testid="brand-occupation"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('name')}
          dependencies={['regionCode', 'occupationCode']}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('nameRequired') },
            {
              validator: async (_, value: string | undefined) => {
                const problem = brandNameMessage(value ?? '', nameContext, locale);
                if (problem) throw new Error(problem);
              },
            },
          ]}
          extra={
            <div data-testid="brand-name-hint">
              <div>{t('namePattern')}</div>
              {example && <div>{t('nameExample', { example })}</div>}
              {applicant.organizationName && (
                <div>{t('nameOrganization', { organization: applicant.organizationName })}</div>
              )}
              {name.trim() && regionNames && occupationName && !liveProblem && (
                <Typography.Text type="success" data-testid="brand-name-ready">
                  {t('nameReady')}
                </Typography.Text>
              )}
            </div>
          }
        >
          <Input maxLength={60} data-testid="brand-name" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('description')}
          extra={t('descriptionHint')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('descriptionRequired') },
            { min: DESCRIPTION_MIN, message: t('descriptionTooShort') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="brand-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
