import { Col, Form, Input, Row, Select } from 'antd';
import { mobileRule } from '../../app/forms/field-rules';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { institutionTypeOptions } from './code-labels';
import { creditCodeRule } from './institution-rules';
import { institutionMessages } from './messages';

interface InstitutionFieldsProps {
  /** Where the fields sit in the form: ['institution'] in the registration, [] in the profile editor. */
  prefix: string[];
  root: { code: string; name: string } | null;
  withCreditCode: boolean;
  /** When editing, the stored phone is known only masked: a new number is optional. */
  maskedPhone?: string;
}

/** The institution's own particulars, shared by the registration and the profile editor. */
export function InstitutionFields({ prefix, root, withCreditCode, maskedPhone }: InstitutionFieldsProps) {
  const t = useT(institutionMessages);
  const { locale } = useLocale();
  const name = (field: string) => [...prefix, field];
  const personName = (required: 'legalRepresentativeRequired' | 'contactNameRequired') => [
    { required: true, whitespace: true, message: t(required) },
    { min: 2, message: t('personNameTooShort') },
  ];
  return (
    <>
      {withCreditCode && (
        <Form.Item
          name={name('creditCode')}
          label={t('creditCode')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('creditCodeRequired') },
            creditCodeRule(locale),
          ]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="institution-credit-code" />
        </Form.Item>
      )}
      <Form.Item
        name={name('name')}
        label={t('name')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('nameRequired') },
          { min: 2, message: t('nameTooShort') },
        ]}
      >
        <Input maxLength={100} autoComplete="organization" data-testid="institution-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('type')}
            label={t('type')}
            rules={[{ required: true, message: t('typeRequired') }]}
          >
            <Select options={institutionTypeOptions(locale)} data-testid="institution-type" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('regionCode')}
            label={t('region')}
            rules={[{ required: true, message: t('regionRequired') }]}
          >
            <RegionCascader root={root} data-testid="institution-region" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={name('address')}
        label={t('address')}
        rules={[{ required: true, whitespace: true, message: t('addressRequired') }]}
      >
        <Input maxLength={200} data-testid="institution-address" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('legalRepresentative')}
            label={t('legalRepresentative')}
            validateFirst
            rules={personName('legalRepresentativeRequired')}
          >
            <Input maxLength={50} data-testid="institution-legal-representative" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('contactName')}
            label={t('contactName')}
            validateFirst
            rules={personName('contactNameRequired')}
          >
            <Input maxLength={50} data-testid="institution-contact-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('contactPhone')}
            label={t('contactPhone')}
            validateFirst
            rules={[
              { required: maskedPhone === undefined, whitespace: true, message: t('contactPhoneRequired') },
              mobileRule(locale),
            ]}
          >
            <Input
              inputMode="tel"
              maxLength={20}
              placeholder={maskedPhone}
              data-testid="institution-contact-phone"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={name('introduction')} label={t('introduction')}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('introductionPlaceholder')}
          data-testid="institution-introduction"
        />
      </Form.Item>
    </>
  );
}
