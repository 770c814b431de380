import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { chinaMoment } from './countdown';
import { DeadlineCountdown } from './deadline-countdown';
import { ownSupervisionMessages, supervisionMessages } from './messages';
import { answerRequest, type OwnCheck, SUPERVISION_QUERY_ROOT } from './supervision-api';
import { useServerClockOffset } from './waiting-requests';

interface AnswerValues {
  documentId: string;
  note?: string;
}

const OK_TEST_ID = { 'data-testid': 'answer-submit' };

/** The institution's answer to a remote check: a photo of the class in session and a note. */
export function AnswerModal({ request, onClose }: { request: OwnCheck | null; onClose: () => void }) {
  const t = useT(ownSupervisionMessages);
  const ts = useT(supervisionMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AnswerValues>();
  const reportError = useApiErrorReporter(form);
  const [uploading, setUploading] = useState(false);
  const offset = useServerClockOffset();
  const answer = useMutation({
    mutationFn: (values: AnswerValues) =>
      answerRequest(request!.id, { documentId: values.documentId, note: values.note?.trim() ?? '' }),
    onSuccess: () => {
      message.success(t('answered'));
      void queryClient.invalidateQueries({ queryKey: SUPERVISION_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  return (
    <Modal
      open={request !== null}
      title={t('answerTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID, disabled: uploading }}
      onOk={() => (uploading ? message.warning(t('uploading')) : form.submit())}
      onCancel={onClose}
      confirmLoading={answer.isPending}
      destroyOnHidden
      data-testid="answer-modal"
    >
      {request && (
        <Typography.Paragraph>
          <Typography.Text strong>
            {t('answerFor', { code: request.classCode, name: request.className })}
          </Typography.Text>
          {request.deadlineAt && (
            <>
              <br />
              {t('deadline')}：{chinaMoment(request.deadlineAt)}{' '}
              <DeadlineCountdown
                deadline={request.deadlineAt}
                clockOffset={offset}
                overdueText={ts('overdue')}
                leftText={(time) => ts('timeLeft', { time })}
              />
            </>
          )}
          {request.instructions && (
            <>
              <br />
              {t('instructions')}：{request.instructions}
            </>
          )}
        </Typography.Paragraph>
      )}
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        disabled={answer.isPending}
        onFinish={(values) => answer.mutate(values)}
      >
        <Form.Item
          name="documentId"
          label={t('photo')}
          extra={t('photoHint')}
          rules={[{ required: true, message: t('photoRequired') }]}
        >
          <DocumentUpload
            purpose="supervision_photo"
            onBusyChange={setUploading}
            data-testid="answer-photo"
          />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('notePlaceholder')}
            data-testid="answer-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
