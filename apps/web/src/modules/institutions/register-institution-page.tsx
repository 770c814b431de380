import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { ApiError } from '../../app/api/api-error';
import { useAuth } from '../../app/auth/auth-context';
import { matchesFieldRule, strongPasswordRule, usernameRule } from '../../app/forms/field-rules';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { InstitutionFields } from './institution-fields';
import { registerInstitution } from './institutions-api';
import { institutionMessages } from './messages';
import { OccupationListInput } from './occupation-list-input';
import { RegistrationListStep } from './registration-list-step';
import { registrationMessages } from './registration-messages';
import { RegistrationSummary } from './registration-summary';
import {
  type FieldName,
  placeErrors,
  REGISTRATION_STEPS,
  type RegistrationFormValues,
  registrationFromForm,
  STEP_FIELDS,
  stepOfField,
} from './registration-values';

const STEP_TITLES = {
  account: 'stepAccount',
  institution: 'stepInstitution',
  qualifications: 'stepQualifications',
  sites: 'stepSites',
  occupations: 'stepOccupations',
  confirm: 'stepConfirm',
} as const;

const LAST = REGISTRATION_STEPS.length - 1;

function isValidationFailure(error: unknown): error is { errorFields: { name: FieldName }[] } {
  return typeof error === 'object' && error !== null && 'errorFields' in error;
}

/**
 * A training institution registers itself, step by step: its account, its particulars,
 * qualifications, sites and occupations. Every step is checked as the server will check it before
 * the next opens; problems the server still finds are shown beside their fields, on their step.
 */
export function RegisterInstitutionPage() {
  const t = useT(registrationMessages);
  const ti = useT(institutionMessages);
  const { locale } = useLocale();
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const province = useDeploymentRegion();
  const [form] = Form.useForm<RegistrationFormValues>();
  const [step, setStep] = useState(0);

  const register = useMutation({
    mutationFn: registerInstitution,
    onSuccess: ({ user: registered }) => {
      signedIn(registered);
      message.success(t('registered'));
      navigate('/app/my-institution', { replace: true });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        message.error(error.message);
        return;
      }
      const placed = placeErrors(error.code, error.message, error.details);
      // The names are paths into this form, made from the server's dotted field names.
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      if (placed.step !== null) setStep(placed.step);
      message.error(
        placed.unplaced.length > 0 ? `${error.message}（${placed.unplaced.join('；')}）` : error.message,
      );
    },
  });

  if (user && !register.isPending && !register.isSuccess) return <Navigate to="/app" replace />;

  /** Checks the fields of the steps up to `last`, and shows the first step with a problem. */
  const check = async (last: number) => {
    const names = REGISTRATION_STEPS.slice(0, last + 1).flatMap((name) => STEP_FIELDS[name]);
    try {
      await form.validateFields(names, { recursive: true });
      return true;
    } catch (error) {
      const first = isValidationFailure(error) ? error.errorFields[0] : undefined;
      if (first) setStep(stepOfField(first.name));
      return false;
    }
  };

  const next = async () => {
    if (await check(step)) setStep(step + 1);
  };

  const submit = async () => {
    if (!(await check(LAST))) return;
    register.mutate(registrationFromForm(form.getFieldsValue(true) as RegistrationFormValues));
  };

  const panel = (index: number) => ({ display: index === step ? undefined : 'none' });

  return (
    <Flex justify="center" style={{ paddingBlock: 24 }}>
      <Card style={{ width: '100%', maxWidth: 960 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Steps
          current={step}
          size="small"
          items={REGISTRATION_STEPS.map((key) => ({ key, title: t(STEP_TITLES[key]) }))}
          style={{ marginBottom: 24 }}
          data-testid="registration-steps"
        />
        <Form<RegistrationFormValues>
          form={form}
          layout="vertical"
          disabled={register.isPending}
          initialValues={{ qualifications: [{}], sites: [{}], occupations: [] }}
          data-testid="registration-form"
        >
          <div style={panel(0)}>
            <Alert type="info" showIcon title={t('accountHint')} style={{ marginBottom: 16 }} />
            <Form.Item
              name="username"
              label={t('username')}
              validateFirst
              rules={[{ required: true, message: t('usernameRequired') }, usernameRule(locale)]}
            >
              <Input autoComplete="username" maxLength={32} data-testid="account-username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('password')}
              extra={t('passwordHint')}
              validateFirst
              rules={[{ required: true, message: t('passwordRequired') }, strongPasswordRule(locale)]}
            >
              <Input.Password autoComplete="new-password" data-testid="account-password" />
            </Form.Item>
            <Form.Item
              name="confirmPassword"
              label={t('confirmPassword')}
              dependencies={['password']}
              validateFirst
              rules={[
                { required: true, message: t('confirmRequired') },
                matchesFieldRule(locale, 'password'),
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="account-confirm-password" />
            </Form.Item>
          </div>
          <div style={panel(1)}>
            <Alert type="info" showIcon title={t('institutionHint')} style={{ marginBottom: 16 }} />
            <InstitutionFields prefix={['institution']} root={province} withCreditCode />
          </div>
          <div style={panel(2)}>
            <RegistrationListStep kind="qualifications" root={province} />
          </div>
          <div style={panel(3)}>
            <RegistrationListStep kind="sites" root={province} />
          </div>
          <div style={panel(4)}>
            <Alert type="info" showIcon title={ti('occupationsHint')} style={{ marginBottom: 16 }} />
            <Form.Item
              name="occupations"
              label={ti('occupations')}
              rules={[{ required: true, type: 'array', min: 1, message: ti('occupationsRequired') }]}
            >
              <OccupationListInput data-testid="registration-occupations" />
            </Form.Item>
          </div>
          {step === LAST && (
            <>
              <Alert type="info" showIcon title={t('confirmHint')} style={{ marginBottom: 16 }} />
              <RegistrationSummary values={form.getFieldsValue(true) as RegistrationFormValues} />
            </>
          )}
        </Form>
        <Flex justify="space-between" style={{ marginTop: 24 }}>
          <Button disabled={step === 0 || register.isPending} onClick={() => setStep(step - 1)}>
            {t('previous')}
          </Button>
          <Space>
            {step < LAST ? (
              <Button type="primary" onClick={next} data-testid="registration-next">
                {t('next')}
              </Button>
            ) : (
              <Button
                type="primary"
                loading={register.isPending}
                onClick={submit}
                data-testid="registration-submit"
              >
                {t('submit')}
              </Button>
            )}
          </Space>
        </Flex>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('haveAccount')} <Link to="/login">{t('loginLink')}</Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
