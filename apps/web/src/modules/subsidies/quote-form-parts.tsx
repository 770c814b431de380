import { CalculatorOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { idNumberRule } from '../../app/forms/field-rules';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { subsidyQuoteMessages } from './messages';

/** 测算: every form of the page ends with it. */
export function QuoteSubmit({ pending }: { pending: boolean }) {
  const t = useT(subsidyQuoteMessages);
  return (
    <Button
      type="primary"
      htmlType="submit"
      icon={<CalculatorOutlined />}
      loading={pending}
      data-testid="quote-submit"
    >
      {t('submit')}
    </Button>
  );
}

/**
 * Staff name the person a plan is quoted for by 公民身份号码, checked as the server checks it
 * (length, characters, date of birth, check character) before anything is sent.
 */
export function PersonIdField() {
  const t = useT(subsidyQuoteMessages);
  const { locale } = useLocale();
  return (
    <Form.Item
      name="idNumber"
      label={t('idNumber')}
      extra={t('idNumberHint')}
      validateFirst
      rules={[{ required: true, whitespace: true, message: t('idNumberRequired') }, idNumberRule(locale)]}
    >
      <Input maxLength={18} autoComplete="off" style={{ maxWidth: 280 }} data-testid="quote-id-number" />
    </Form.Item>
  );
}
