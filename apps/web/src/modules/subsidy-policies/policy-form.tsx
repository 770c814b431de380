import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Form, Input, Row, Space } from 'antd';
import { ApiError } from '../../app/api/api-error';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { policyMessages } from './messages';
import { POLICIES_QUERY_ROOT, type PolicyDetail, policyQuery, updatePolicy } from './policies-api';
import { formNameFor, fromFormValues, type PolicyFormValues, toFormValues } from './policy-form-values';
import { RuleFields } from './rule-fields';
import { withPlacedMessages } from './setting-problems';
import { ShortageFields } from './shortage-fields';

/**
 * A draft's title, effective date, note and every setting, saved as a whole document. A setting
 * the server refuses shows its message beside the input; nothing is saved then.
 */
export function PolicyForm({ policy, onDone }: { policy: PolicyDetail; onDone: () => void }) {
  const t = useT(policyMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PolicyFormValues>();
  const reportError = useLocatedErrorReporter(form, formNameFor);

  const save = useMutation({
    mutationFn: (values: PolicyFormValues) =>
      updatePolicy(policy.id, fromFormValues(values, policy.document)),
    onSuccess: (saved) => {
      message.success(t('saved'));
      queryClient.setQueryData(policyQuery(policy.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: POLICIES_QUERY_ROOT });
      onDone();
    },
    onError: (error) => reportError(error instanceof ApiError ? withPlacedMessages(error) : error),
  });

  return (
    <Form<PolicyFormValues>
      form={form}
      layout="vertical"
      initialValues={toFormValues(policy)}
      disabled={save.isPending}
      onFinish={(values) => save.mutate(values)}
      scrollToFirstError
      data-testid="policy-form"
    >
      <Flex vertical gap={12}>
        <Card size="small" title={t('basics')}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('policyTitle')}
                rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
              >
                <Input maxLength={100} data-testid="policy-form-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="effectiveFrom"
                label={t('effectiveFrom')}
                rules={[{ required: true, message: t('effectiveFromRequired') }]}
              >
                <CivilDatePicker style={{ width: '100%' }} data-testid="policy-form-effective" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="note" label={t('note')}>
            <Input.TextArea rows={2} maxLength={1000} showCount data-testid="policy-form-note" />
          </Form.Item>
        </Card>
        <RuleFields />
        <Card size="small">
          <ShortageFields />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">
            {t('save')}
          </Button>
          <Button onClick={onDone} disabled={save.isPending} data-testid="policy-edit-cancel">
            {t('cancelEdit')}
          </Button>
        </Space>
      </Flex>
    </Form>
  );
}
