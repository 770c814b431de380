import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { ApiError } from '../../app/api/api-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { CLASSES_QUERY_ROOT } from '../classes/classes-api';
import { groupsFor } from './enrol-choices';
import { myClassesMessages } from './messages';
import { type Enrolment, enrol, type PublicClass, publicProjectClassesQuery } from './my-classes-api';

const OK_TEST_ID = { 'data-testid': 'enrol-submit' };

/** The refusal in words: the server's message, and each reason it gives. */
function refusalOf(error: unknown): { title: string; reasons: string[] } {
  if (!(error instanceof ApiError))
    return { title: error instanceof Error ? error.message : String(error), reasons: [] };
  return { title: error.message, reasons: error.details.map((detail) => detail.message) };
}

/**
 * 网上报名: the worker says which target group they belong to (with the evidence usually asked for
 * it) and confirms; a refusal is shown in the server's words inside the dialog.
 */
export function EnrolModal({
  cls,
  projectId,
  projectGroups,
  onClose,
}: {
  cls: PublicClass;
  projectId: string;
  projectGroups: readonly string[];
  onClose: () => void;
}) {
  const t = useT(myClassesMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Enrolment>();
  const groups = groupsFor(projectGroups);
  const chosenCode = Form.useWatch('targetGroup', form);
  const chosen = groups.find((group) => group.code === chosenCode);
  const enrolment = useMutation({
    mutationFn: (values: Enrolment) =>
      enrol(cls.id, {
        targetGroup: values.targetGroup,
        evidenceNote: values.evidenceNote?.trim() || undefined,
      }),
    onSuccess: () => {
      message.success(t('enrolDone'));
      void queryClient.invalidateQueries({ queryKey: publicProjectClassesQuery(projectId).queryKey });
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      onClose();
    },
  });
  const refusal = enrolment.isError ? refusalOf(enrolment.error) : null;

  return (
    <Modal
      open
      title={t('enrolTitle', { name: cls.name })}
      okText={t('enrolOk')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={enrolment.isPending}
      destroyOnHidden
      data-testid="enrol-modal"
    >
      <Typography.Paragraph type="secondary">
        {t('enrolIntro', {
          institution: cls.institutionName,
          start: cls.startDate,
          end: cls.endDate,
          place: cls.regionName ?? '—',
        })}
      </Typography.Paragraph>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.title}
          description={
            refusal.reasons.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )
          }
          data-testid="enrol-error"
        />
      )}
      <Form<Enrolment>
        form={form}
        layout="vertical"
        disabled={enrolment.isPending}
        onFinish={(values) => enrolment.mutate(values)}
      >
        <Form.Item
          name="targetGroup"
          label={t('targetGroup')}
          extra={chosen && t('evidence', { evidence: chosen.evidence })}
          rules={[{ required: true, message: t('targetGroupRequired') }]}
        >
          <Select
            placeholder={t('targetGroupPick')}
            options={groups.map((group) => ({ value: group.code, label: group.name[locale] }))}
            data-testid="enrol-target-group"
          />
        </Form.Item>
        <Form.Item name="evidenceNote" label={t('evidenceNote')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            showCount
            placeholder={t('evidenceNotePlaceholder')}
            data-testid="enrol-evidence-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
