import { Form, Input } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { paymentMessages } from './messages';

/**
 * 户名, 账号 and 开户银行 inside a form: the institution recording its account and finance
 * correcting a failed payment's account ask for the same three things, with `testIdPrefix` naming
 * each input (`payee-name`, `payee-account-number`, `payee-bank`).
 */
export function PayeeAccountFields({ testIdPrefix }: { testIdPrefix: string }) {
  const t = useT(paymentMessages);
  return (
    <>
      <Form.Item
        name="accountName"
        label={t('accountName')}
        rules={[{ required: true, whitespace: true, message: t('accountNameRequired') }]}
      >
        <Input maxLength={100} data-testid={`${testIdPrefix}-name`} />
      </Form.Item>
      <Form.Item
        name="accountNumber"
        label={t('accountNumber')}
        extra={t('accountNumberHint')}
        rules={[{ required: true, whitespace: true, message: t('accountNumberRequired') }]}
      >
        <Input
          maxLength={64}
          inputMode="numeric"
          autoComplete="off"
          data-testid={`${testIdPrefix}-account-number`}
        />
      </Form.Item>
      <Form.Item
        name="bankName"
        label={t('bankName')}
        rules={[{ required: true, whitespace: true, message: t('bankNameRequired') }]}
      >
        <Input maxLength={100} data-testid={`${testIdPrefix}-bank`} />
      </Form.Item>
    </>
  );
}
