import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { qualificationKindOptions } from './code-labels';
import { qualificationUntilRule } from './institution-rules';
import { institutionMessages } from './messages';

interface QualificationFieldsProps {
  /** The fields' names relative to where they are rendered (inside a Form.List: the item's index). */
  name: (string | number)[];
  /** The same place from the form's root, for the rules that read a neighbouring field. */
  path: (string | number)[];
  testIdPrefix: string;
}

/** One qualification document: kind, number, issuer and validity. */
export function QualificationFields({ name, path, testIdPrefix }: QualificationFieldsProps) {
  const t = useT(institutionMessages);
  const { locale } = useLocale();
  const form = Form.useFormInstance();
  const permanent = Form.useWatch([...path, 'permanent'], form) === true;
  const testId = (field: string) => `${testIdPrefix}-${field}`;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'kind']}
          label={t('qualificationKind')}
          rules={[{ required: true, message: t('kindRequired') }]}
        >
          <Select options={qualificationKindOptions(locale)} data-testid={testId('kind')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'number']}
          label={t('qualificationNumber')}
          rules={[{ required: true, whitespace: true, message: t('numberRequired') }]}
        >
          <Input maxLength={64} data-testid={testId('number')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'issuer']}
          label={t('issuer')}
          rules={[{ required: true, whitespace: true, message: t('issuerRequired') }]}
        >
          <Input maxLength={100} data-testid={testId('issuer')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={[...name, 'validFrom']}
          label={t('validFrom')}
          rules={[{ required: true, message: t('validFromRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid={testId('valid-from')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={[...name, 'validUntil']}
          label={t('validUntil')}
          validateFirst
          dependencies={[
            [...path, 'validFrom'],
            [...path, 'permanent'],
          ]}
          rules={
            permanent
              ? []
              : [
                  { required: true, message: t('validUntilRequired') },
                  qualificationUntilRule(locale, [...path, 'validFrom']),
                ]
          }
          style={{ marginBottom: 4 }}
        >
          <DatePicker style={{ width: '100%' }} disabled={permanent} data-testid={testId('valid-until')} />
        </Form.Item>
        <Form.Item name={[...name, 'permanent']} valuePropName="checked">
          <Checkbox data-testid={testId('permanent')}>{t('permanent')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
