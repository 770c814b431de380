import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Spin } from 'antd';
import { QueryError } from '../../app/components/query-error';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { CLAIMS_QUERY_ROOT } from '../claims/claims-api';
import { certificateRequest } from '../subsidies/quote-request';
import { QuoteResult } from '../subsidies/quote-result';
import { requestQuote } from '../subsidies/subsidy-quote-api';
import { mySubsidiesMessages } from './messages';
import { applyForUpgrade, MY_SUBSIDIES_QUERY_ROOT } from './my-subsidies-api';

const SUBMIT = { 'data-testid': 'upgrade-apply-submit' };

/**
 * 申请技能提升补贴: the certificate is quoted first, by the same rules the application is checked
 * by, so the worker sees the amount — or every unmet condition — before sending it.
 */
export function UpgradeApplicationModal({
  certificate,
  onClose,
}: {
  certificate: { id: string; number: string };
  onClose: () => void;
}) {
  const t = useT(mySubsidiesMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const quote = useQuery({
    queryKey: ['subsidies', 'quote', 'certificate', certificate.id],
    queryFn: () => requestQuote(certificateRequest(certificate.id)),
  });
  const apply = useMutation({
    mutationFn: (values: { note?: string }) =>
      applyForUpgrade({ certificateId: certificate.id, ...(values.note ? { note: values.note } : {}) }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: MY_SUBSIDIES_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: CLAIMS_QUERY_ROOT }),
      ]);
      message.success(t('appliedOk'));
      onClose();
    },
    onError: reportError,
  });
  const eligible = quote.data?.eligible === true;
  return (
    <Modal
      open
      width={880}
      title={t('applyTitle', { number: certificate.number })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('applySubmit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...SUBMIT, disabled: !eligible, loading: apply.isPending }}
      destroyOnHidden
    >
      {quote.isLoading ? (
        <Spin />
      ) : quote.isError ? (
        <QueryError error={quote.error} onRetry={() => quote.refetch()} />
      ) : (
        quote.data && <QuoteResult quote={quote.data} />
      )}
      {quote.data && !eligible && (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('applyNotEligible')} />
      )}
      <Form<{ note?: string }>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => apply.mutate(values)}
      >
        <Form.Item name="note" label={t('applyNote')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} disabled={!eligible} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
