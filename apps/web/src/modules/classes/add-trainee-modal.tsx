import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { idNumberRule, mobileRule } from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { addTrainee, CLASSES_QUERY_ROOT, type NewTrainee } from './classes-api';
import { classMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'trainee-submit' };

/** 添加学员: one person by real name and ID number, the target group and its evidence. */
export function AddTraineeModal({
  classId,
  open,
  onClose,
}: {
  classId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewTrainee>();
  const report = useApiErrorReporter(form);
  const group = Form.useWatch('targetGroup', form);
  const evidence = TARGET_GROUPS.find((g) => g.code === group)?.evidence;
  const add = useMutation({
    mutationFn: (values: NewTrainee) =>
      addTrainee(classId, { ...values, mobile: values.mobile || undefined }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      message.success(t('done'));
      form.resetFields();
      onClose();
    },
    onError: report,
  });
  return (
    <Modal
      open={open}
      title={t('addTrainee')}
      okText={t('addTrainee')}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={OK_TEST_ID}
      data-testid="add-trainee-modal"
    >
      <Form<NewTrainee>
        form={form}
        layout="vertical"
        onFinish={(values) => add.mutate(values)}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('traineeName')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={50} data-testid="trainee-name" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('idNumber')}
          rules={[{ required: true, message: t('required') }, idNumberRule(locale)]}
        >
          <Input maxLength={18} data-testid="trainee-id-number" />
        </Form.Item>
        <Form.Item name="mobile" label={t('mobile')} rules={[mobileRule(locale)]}>
          <Input maxLength={11} data-testid="trainee-mobile" />
        </Form.Item>
        <Form.Item
          name="targetGroup"
          label={t('targetGroup')}
          rules={[{ required: true, message: t('required') }]}
          extra={
            evidence && <Typography.Text type="secondary">{t('evidenceHint', { evidence })}</Typography.Text>
          }
        >
          <Select
            options={TARGET_GROUPS.map((g) => ({ value: g.code, label: g.name[locale] }))}
            data-testid="trainee-target-group"
          />
        </Form.Item>
        <Form.Item name="evidenceNote" label={t('evidenceNote')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="evidenceDocumentId" label={t('evidenceDocument')}>
          <DocumentUpload purpose="trainee_evidence" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
