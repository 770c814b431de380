import {
  PREFERRED_TIME_NAMES,
  PREFERRED_TIMES,
  type PreferredTime,
} from '@qiancheng/domain/demand/training-wish';
import {
  TRAINING_MODE_NAMES,
  TRAINING_MODES,
  type TrainingMode,
} from '@qiancheng/domain/projects/project-lifecycle';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Divider, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import { idNumberRule, mobileRule } from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { codeOptions } from '../reference/code-names';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { ANY_LEVEL, levelFromForm } from '../reference/skill-level-value';
import { wishMessages } from './messages';
import { declareWish, WISHES_QUERY_ROOT } from './wishes-api';

interface WishFormValues {
  personName?: string;
  idNumber?: string;
  mobile?: string;
  occupationCode: string;
  skillLevel?: string;
  mode: TrainingMode;
  preferredTime: PreferredTime;
  regionCode: string;
  targetGroup: string;
}

interface DeclareWishModalProps {
  open: boolean;
  /** Staff record a wish for a walk-in worker, naming the person. */
  forWalkIn: boolean;
  root: { code: string; name: string } | null;
  onClose: () => void;
}

const OK_TEST_ID = { 'data-testid': 'declare-wish-submit' };

export function DeclareWishModal({ open, forWalkIn, root, onClose }: DeclareWishModalProps) {
  const t = useT(wishMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<WishFormValues>();
  const reportError = useApiErrorReporter(form);

  const declare = useMutation({
    mutationFn: declareWish,
    onSuccess: (wish) => {
      message.success(t('declared', { occupation: wish.occupationName }));
      void queryClient.invalidateQueries({ queryKey: WISHES_QUERY_ROOT });
      form.resetFields();
      onClose();
    },
    onError: reportError,
  });

  const submit = (values: WishFormValues) =>
    declare.mutate({
      occupationCode: values.occupationCode,
      skillLevel: levelFromForm(values.skillLevel),
      mode: values.mode,
      preferredTime: values.preferredTime,
      regionCode: values.regionCode,
      targetGroup: values.targetGroup,
      person: forWalkIn
        ? {
            name: values.personName?.trim() ?? '',
            idNumber: values.idNumber?.trim() ?? '',
            mobile: values.mobile?.trim() || undefined,
          }
        : undefined,
    });

  return (
    <Modal
      open={open}
      title={forWalkIn ? t('recordTitle') : t('declareTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={declare.isPending}
      width={680}
      forceRender
      data-testid="declare-wish-modal"
    >
      <Form<WishFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={declare.isPending}
        initialValues={{ skillLevel: ANY_LEVEL, mode: 'offline', preferredTime: 'any' }}
      >
        {forWalkIn && (
          <>
            <Typography.Paragraph type="secondary">{t('personHint')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="personName"
                  label={t('personName')}
                  rules={[{ required: true, whitespace: true, message: t('personNameRequired') }]}
                >
                  <Input maxLength={50} data-testid="wish-person-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  name="idNumber"
                  label={t('idNumber')}
                  validateFirst
                  rules={[{ required: true, message: t('idNumberRequired') }, idNumberRule(locale)]}
                >
                  <Input maxLength={18} autoComplete="off" data-testid="wish-id-number" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="mobile" label={t('mobile')} rules={[mobileRule(locale)]}>
                  <Input inputMode="tel" maxLength={20} data-testid="wish-mobile" />
                </Form.Item>
              </Col>
            </Row>
            <Divider style={{ marginTop: 0 }} />
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="occupationCode"
              label={t('occupation')}
              rules={[{ required: true, message: t('occupationRequired') }]}
            >
              <OccupationSelect data-testid="wish-occupation" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skillLevel" label={t('skillLevel')}>
              <SkillLevelSelect withAny data-testid="wish-level" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('region')}
              rules={[{ required: true, message: t('regionRequired') }]}
            >
              <RegionCascader root={root} data-testid="wish-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="targetGroup"
              label={t('targetGroup')}
              rules={[{ required: true, message: t('groupRequired') }]}
            >
              <Select options={codeOptions(TARGET_GROUPS, locale)} data-testid="wish-group" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="mode" label={t('mode')} rules={[{ required: true, message: t('modeRequired') }]}>
          <Radio.Group
            options={TRAINING_MODES.map((value) => ({ value, label: TRAINING_MODE_NAMES[value][locale] }))}
          />
        </Form.Item>
        <Form.Item
          name="preferredTime"
          label={t('preferredTime')}
          rules={[{ required: true, message: t('timeRequired') }]}
        >
          <Radio.Group
            options={PREFERRED_TIMES.map((value) => ({ value, label: PREFERRED_TIME_NAMES[value][locale] }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
