import { RESPONSE_WINDOW } from '@qiancheng/domain/supervision/check-lifecycle';
import { Button, Card, Form } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { supervisionMessages } from './messages';
import { RequestFields } from './request-fields';
import { type CheckDetail, sendRequest } from './supervision-api';
import { useCheckChange } from './use-check-change';

interface RequestValues {
  withinMinutes: number;
  instructions?: string;
}

/** Sends a planned remote check to the institution, with its time to answer. */
export function RequestForm({ check }: { check: CheckDetail }) {
  const t = useT(supervisionMessages);
  const [form] = Form.useForm<RequestValues>();
  const send = useCheckChange(
    (values: RequestValues) =>
      sendRequest(check.id, {
        withinMinutes: values.withinMinutes,
        instructions: values.instructions?.trim() || undefined,
      }),
    { form, done: t('requested') },
  );
  return (
    <Card title={t('requestTitle')} data-testid="request-form">
      <Form<RequestValues>
        form={form}
        layout="vertical"
        initialValues={{
          withinMinutes: RESPONSE_WINDOW.default,
          instructions: check.instructions ?? undefined,
        }}
        disabled={send.isPending}
        onFinish={(values) => send.mutate(values)}
      >
        <RequestFields testIdPrefix="request" />
        <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="request-submit">
          {t('sendRequest')}
        </Button>
      </Form>
    </Card>
  );
}
