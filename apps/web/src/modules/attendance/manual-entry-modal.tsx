import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { ATTENDANCE_QUERY_ROOT, type ClassAttendance, recordByHand } from './attendance-api';
import { chinaInstantText } from './clock-time';
import { attendanceMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'manual-submit' };

interface ManualForm {
  sessionId: string;
  personId: string;
  checkIn?: Dayjs | null;
  checkOut?: Dayjs | null;
  reason: string;
}

/**
 * 人工补录: a check-in, a check-out or both for one trainee and one session that has begun, with
 * the reason. The server checks the times against the session's check window and audits the entry.
 */
export function ManualEntryModal({
  summary,
  open,
  onClose,
}: {
  summary: ClassAttendance;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(attendanceMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ManualForm>();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const sessions = summary.sessions.filter((s) => !s.cancelled && s.state !== 'upcoming');
  const record = useMutation({
    mutationFn: (values: ManualForm) => {
      const day = sessions.find((s) => s.id === values.sessionId)?.day ?? '';
      const at = (time?: Dayjs | null) => (time ? chinaInstantText(day, time.format('HH:mm')) : undefined);
      return recordByHand(summary.class.id, {
        sessionId: values.sessionId,
        personId: values.personId,
        checkIn: at(values.checkIn),
        checkOut: at(values.checkOut),
        reason: values.reason.trim(),
      });
    },
    onSuccess: ({ recorded }) => {
      message.success(t('manualDone', { count: recorded }));
      void queryClient.invalidateQueries({ queryKey: ATTENDANCE_QUERY_ROOT });
      form.resetFields();
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open={open}
      title={t('manualTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      okButtonProps={OK_TEST_ID}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="manual-entry-modal"
    >
      <Alert type="warning" showIcon title={t('manualIntro')} style={{ marginBottom: 16 }} />
      <Form<ManualForm> form={form} layout="vertical" onFinish={(values) => record.mutate(values)}>
        <Form.Item
          name="sessionId"
          label={t('session')}
          rules={[{ required: true, message: t('sessionRequired') }]}
        >
          <Select
            options={sessions.map((s) => ({
              value: s.id,
              label: `${s.day} ${s.startTime}—${s.endTime} ${s.room}`,
            }))}
            data-testid="manual-session"
          />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t('trainee')}
          rules={[{ required: true, message: t('traineeRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={summary.trainees.map((tr) => ({
              value: tr.personId,
              label: `${tr.name}（${tr.idNumberMasked}）`,
            }))}
            data-testid="manual-person"
          />
        </Form.Item>
        <Form.Item
          name="checkIn"
          label={t('checkInTime')}
          extra={t('timeHint')}
          dependencies={['checkOut']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if (!value && !getFieldValue('checkOut')) throw new Error(t('atLeastOneTime'));
              },
            }),
          ]}
        >
          <TimePicker format="HH:mm" minuteStep={5} data-testid="manual-check-in" />
        </Form.Item>
        <Form.Item name="checkOut" label={t('checkOutTime')}>
          <TimePicker format="HH:mm" minuteStep={5} data-testid="manual-check-out" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('reasonPlaceholder')}
            data-testid="manual-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
