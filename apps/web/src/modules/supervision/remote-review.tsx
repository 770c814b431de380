import type { Conclusion } from '@qiancheng/domain/supervision/check-lifecycle';
import { Alert, Button, Card, Descriptions, Form, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { CheckPhotos } from './check-photos';
import { ConclusionFields } from './conclusion-fields';
import { chinaMoment } from './countdown';
import { supervisionMessages } from './messages';
import { type CheckDetail, concludeCheck } from './supervision-api';
import { useCheckChange } from './use-check-change';

interface ReviewValues {
  conclusion: Conclusion;
  notes?: string;
}

/** The photo the institution sent (or the deadline it missed), and the form to conclude. */
export function RemoteReview({ check, canManage }: { check: CheckDetail; canManage: boolean }) {
  const t = useT(supervisionMessages);
  const [form] = Form.useForm<ReviewValues>();
  const conclusion = Form.useWatch('conclusion', form);
  const conclude = useCheckChange(
    (values: ReviewValues) =>
      concludeCheck(check.id, { conclusion: values.conclusion, notes: values.notes?.trim() ?? '' }),
    { form, done: t('concluded') },
  );
  const missed = check.submission === null;
  return (
    <Card title={t('reviewTitle')} data-testid="remote-review">
      <SubmissionView check={check} />
      {canManage && (
        <Form<ReviewValues>
          form={form}
          layout="vertical"
          disabled={conclude.isPending}
          onFinish={(values) => conclude.mutate(values)}
          style={{ marginTop: 16 }}
        >
          <ConclusionFields conclusion={conclusion} notesOptional={missed} testIdPrefix="review" />
          <Button type="primary" htmlType="submit" loading={conclude.isPending} data-testid="review-submit">
            {t('conclude')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

/** The institution's answer to a remote check, or the deadline it missed. */
export function SubmissionView({ check }: { check: CheckDetail }) {
  const t = useT(supervisionMessages);
  if (check.submission === null) {
    return check.deadlineAt ? (
      <Alert
        type="error"
        showIcon
        title={t('noPhoto', { deadline: chinaMoment(check.deadlineAt) })}
        description={t('noPhotoHint')}
        data-testid="remote-missed"
      />
    ) : null;
  }
  return (
    <>
      <CheckPhotos files={[check.submission.document]} testId="remote-photo" />
      <Descriptions column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('photoAt')}>{chinaMoment(check.submission.at)}</Descriptions.Item>
        {check.submission.note && (
          <Descriptions.Item label={t('photoNote')}>
            <Typography.Text>{check.submission.note}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}
