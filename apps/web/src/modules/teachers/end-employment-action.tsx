import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { chinaToday } from '../../app/forms/china-today';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { teacherMessages } from './messages';
import { endEmployment, TEACHERS_QUERY_ROOT, type Teacher, type TeacherEmployment } from './teachers-api';

const CONFIRM_TEST_ID = { 'data-testid': 'teacher-end-confirm' };

interface EndEmploymentValues {
  until: Dayjs;
  reason?: string;
}

/**
 * Ends an employment after the user confirms the last day: the institution then may no longer
 * name the teacher in filings, while the teacher stays in the pool.
 */
export function EndEmploymentAction({
  teacher,
  employment,
}: {
  teacher: Teacher;
  employment: TeacherEmployment;
}) {
  const t = useT(teacherMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EndEmploymentValues>();
  const reportError = useApiErrorReporter(form);
  const formId = useId();

  const end = useMutation({
    mutationFn: (values: EndEmploymentValues) =>
      endEmployment(teacher.id, employment.institutionId, {
        until: values.until.format('YYYY-MM-DD'),
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      }),
    onSuccess: () => {
      message.success(t('endDone'));
      void queryClient.invalidateQueries({ queryKey: TEACHERS_QUERY_ROOT });
      setOpen(false);
    },
    onError: reportError,
  });

  return (
    <>
      <Button
        type="link"
        danger
        size="small"
        onClick={() => setOpen(true)}
        data-testid={`teacher-end-${employment.institutionId}`}
      >
        {t('endEmployment')}
      </Button>
      <Modal
        open={open}
        title={t('endTitle', { name: teacher.person.name })}
        okText={t('endConfirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true, htmlType: 'submit', form: formId, ...CONFIRM_TEST_ID }}
        confirmLoading={end.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('endDescription', { institution: employment.institutionName })}
        </Typography.Paragraph>
        <Form<EndEmploymentValues>
          id={formId}
          name={formId}
          form={form}
          layout="vertical"
          initialValues={{ until: dayjs(chinaToday()) }}
          onFinish={(values) => end.mutate(values)}
          disabled={end.isPending}
        >
          <Form.Item
            name="until"
            label={t('endUntil')}
            rules={[{ required: true, message: t('endUntilRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isBefore(dayjs(employment.since), 'day')}
              data-testid="teacher-end-until"
            />
          </Form.Item>
          <Form.Item name="reason" label={t('endReason')}>
            <Input.TextArea rows={2} maxLength={200} showCount data-testid="teacher-end-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
