import { DEMAND_TEXT_LIMITS } from '@qiancheng/domain/demand/demand-row';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import dayjs from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';
import { mobileRule } from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { ANY_LEVEL, levelFromForm } from '../reference/skill-level-value';
import { DEMAND_QUERY_ROOT, declareDemand } from './demand-api';
import { type DemandFormValues, demandRule } from './demand-rules';
import { EnterprisePicker } from './enterprise-picker';
import { demandMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'declare-demand-submit' };

interface DeclareDemandModalProps {
  open: boolean;
  /** Staff register for an enterprise they choose; an enterprise declares for itself. */
  onBehalf: boolean;
  /** The widest region the place of work may be in. */
  root: { code: string; name: string } | null;
  onClose: () => void;
}

export function DeclareDemandModal({ open, onBehalf, root, onClose }: DeclareDemandModalProps) {
  const t = useT(demandMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DemandFormValues>();
  const reportError = useApiErrorReporter(form);
  const today = dayjs(chinaToday());

  const declare = useMutation({
    mutationFn: declareDemand,
    onSuccess: (line) => {
      message.success(t('declared', { occupation: line.occupationName, headcount: line.headcount }));
      void queryClient.invalidateQueries({ queryKey: DEMAND_QUERY_ROOT });
      form.resetFields();
      onClose();
    },
    onError: reportError,
  });

  const submit = (values: DemandFormValues) =>
    declare.mutate({
      enterpriseId: onBehalf ? values.enterpriseId : undefined,
      regionCode: values.regionCode,
      occupationCode: values.occupationCode,
      skillLevel: levelFromForm(values.skillLevel),
      headcount: values.headcount,
      skillRequirements: values.skillRequirements.trim(),
      wageMin: values.wageMin,
      wageMax: values.wageMax,
      deadline: values.deadline.format('YYYY-MM-DD'),
      contactName: values.contactName.trim(),
      contactPhone: values.contactPhone.trim(),
    });

  return (
    <Modal
      open={open}
      title={onBehalf ? t('registerTitle') : t('declareTitle')}
      okText={t('declareOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={declare.isPending}
      width={720}
      forceRender
      data-testid="declare-demand-modal"
    >
      <Form<DemandFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={declare.isPending}
        initialValues={{ skillLevel: ANY_LEVEL }}
      >
        {onBehalf && (
          <Form.Item
            name="enterpriseId"
            label={t('enterprise')}
            rules={[{ required: true, message: t('enterpriseRequired') }]}
          >
            <EnterprisePicker root={root} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="occupationCode"
              label={t('occupation')}
              rules={[{ required: true, message: t('occupationRequired') }]}
            >
              <OccupationSelect data-testid="demand-occupation" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('region')}
              rules={[{ required: true, message: t('regionRequired') }]}
            >
              <RegionCascader root={root} data-testid="demand-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skillLevel" label={t('skillLevel')}>
              <SkillLevelSelect withAny data-testid="demand-level" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="headcount"
              label={t('headcount')}
              validateFirst
              rules={[{ required: true, message: t('headcountRequired') }, demandRule('headcount', locale)]}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="demand-headcount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="wageMin"
              label={t('wageMin')}
              validateFirst
              rules={[{ required: true, message: t('wageRequired') }, demandRule('wageMin', locale)]}
            >
              <InputNumber
                min={0}
                precision={0}
                suffix={t('yuan')}
                style={{ width: '100%' }}
                data-testid="demand-wage-min"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="wageMax"
              label={t('wageMax')}
              validateFirst
              // The wage range is one rule over both wages, so a new minimum re-checks the maximum.
              dependencies={['wageMin']}
              rules={[{ required: true, message: t('wageRequired') }, demandRule('wageMax', locale)]}
            >
              <InputNumber
                min={0}
                precision={0}
                suffix={t('yuan')}
                style={{ width: '100%' }}
                data-testid="demand-wage-max"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="deadline"
              label={t('deadline')}
              validateFirst
              rules={[{ required: true, message: t('deadlineRequired') }, demandRule('deadline', locale)]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(date) => date.isBefore(today, 'day')}
                data-testid="demand-deadline"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="skillRequirements"
          label={t('skillRequirements')}
          rules={[{ required: true, whitespace: true, message: t('skillRequirementsRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={DEMAND_TEXT_LIMITS.skillRequirements}
            showCount
            placeholder={t('skillRequirementsPlaceholder')}
            data-testid="demand-skills"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactName"
              label={t('contactName')}
              rules={[{ required: true, whitespace: true, message: t('contactNameRequired') }]}
            >
              <Input maxLength={DEMAND_TEXT_LIMITS.contactName} data-testid="demand-contact-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactPhone"
              label={t('contactPhone')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('contactPhoneRequired') },
                mobileRule(locale),
              ]}
            >
              <Input inputMode="tel" maxLength={20} data-testid="demand-contact-phone" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
