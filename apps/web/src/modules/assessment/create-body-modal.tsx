import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Modal, Row } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../app/api/api-error';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { OccupationChoice } from '../institutions/form-values';
import { creditCodeRule } from '../institutions/institution-rules';
import { OccupationListInput } from '../institutions/occupation-list-input';
import { RegionCascader } from '../reference/region-cascader';
import { ASSESSMENT_QUERY_ROOT, createAssessmentBody } from './assessment-api';
import { assessmentMessages } from './messages';

interface BodyFormValues {
  code: string;
  name: string;
  creditCode: string;
  regionCode: string;
  siteCode: string;
  occupations: OccupationChoice[];
}

const OK_TEST_ID = { 'data-testid': 'body-submit' };

/** The server names the occupation list by item; the form shows it as one input. */
const locateBodyField = (field: string) => [field.startsWith('occupationCodes') ? 'occupations' : field];

/** Registers an assessment body with its codes, region and the occupations it evaluates. */
export function CreateBodyModal({
  open,
  root,
  onClose,
}: {
  open: boolean;
  /** The widest region the body may be in: the signed-in user's own. */
  root: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const t = useT(assessmentMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BodyFormValues>();
  const reportError = useLocatedErrorReporter(form, useCallback(locateBodyField, []));

  const create = useMutation({
    mutationFn: (values: BodyFormValues) =>
      createAssessmentBody({
        code: values.code.trim(),
        name: values.name.trim(),
        creditCode: values.creditCode.trim().toUpperCase(),
        regionCode: values.regionCode,
        siteCode: values.siteCode.trim(),
        occupationCodes: values.occupations.map((o) => o.code),
      }),
    onSuccess: (body) => {
      message.success(t('registered', { name: body.name }));
      void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT });
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      // The one refusal about a single field that arrives without details.
      if (error instanceof ApiError && error.code === 'assessment.body_code_taken') {
        form.setFields([{ name: 'code', errors: [error.message] }]);
        return;
      }
      reportError(error);
    },
  });

  return (
    <Modal
      open={open}
      title={t('registerBody')}
      okText={t('register')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={720}
      forceRender
      data-testid="create-body-modal"
    >
      <Form<BodyFormValues>
        form={form}
        layout="vertical"
        disabled={create.isPending}
        initialValues={{ occupations: [] }}
        onFinish={(values) => create.mutate(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('code')}
              extra={t('codeHint')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('codeRequired') },
                { pattern: /^\d{4}$/, message: t('codeFormat') },
              ]}
            >
              <Input maxLength={4} inputMode="numeric" data-testid="body-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('name')}
              rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
            >
              <Input maxLength={100} data-testid="body-name" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('creditCode')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('creditCodeRequired') },
                creditCodeRule(locale),
              ]}
            >
              <Input maxLength={18} autoComplete="off" data-testid="body-credit-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="siteCode"
              label={t('siteCode')}
              extra={t('siteCodeHint')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('siteCodeRequired') },
                { pattern: /^\d{6}$/, message: t('siteCodeFormat') },
              ]}
            >
              <Input maxLength={6} inputMode="numeric" data-testid="body-site-code" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionCascader root={root} data-testid="body-region" />
        </Form.Item>
        <Form.Item
          name="occupations"
          label={t('occupations')}
          rules={[{ required: true, type: 'array', min: 1, message: t('occupationsRequired') }]}
        >
          <OccupationListInput data-testid="body-occupations" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
