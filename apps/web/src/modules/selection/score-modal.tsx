import { weightedTotal } from '@qiancheng/domain/institutions/selection';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { type Application, type Round, SELECTION_QUERY_ROOT, scoreApplication } from './selection-api';

interface ScoreValues {
  scores: Record<string, number | null>;
  reasons: string;
}

const OK_TEST_ID = { 'data-testid': 'score-submit' };

/** One score per criterion, with the weighted total worked out as the scores are typed. */
export function ScoreModal({
  round,
  application,
  onClose,
}: {
  round: Round;
  application: Application;
  onClose: () => void;
}) {
  const t = useT(selectionMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ScoreValues>();
  const reportError = useApiErrorReporter(form);
  const typed = (Form.useWatch('scores', form) ?? {}) as ScoreValues['scores'];
  const numeric = Object.fromEntries(
    Object.entries(typed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
  const total = weightedTotal(round.criteria, numeric);

  const save = useMutation({
    mutationFn: (values: ScoreValues) =>
      scoreApplication(round.id, application.id, {
        scores: numeric,
        reasons: values.reasons.trim(),
      }),
    onSuccess: () => {
      message.success(t('scored', { institution: application.institutionName }));
      void queryClient.invalidateQueries({ queryKey: SELECTION_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  return (
    <Modal
      open
      title={t('scoreTitle', { institution: application.institutionName })}
      okText={t('save')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="score-modal"
    >
      <Typography.Paragraph type="secondary">{t('scoreHint')}</Typography.Paragraph>
      <Form<ScoreValues>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{ scores: application.scores ?? {}, reasons: application.scoreReasons ?? '' }}
        onFinish={(values) => save.mutate(values)}
      >
        {round.criteria.map((criterion) => (
          <Form.Item
            key={criterion.key}
            name={['scores', criterion.key]}
            label={t('criterionLabel', { name: criterion.name, weight: criterion.weight })}
            extra={criterion.description || undefined}
            rules={[{ required: true, message: t('scoreRequired') }]}
          >
            <InputNumber
              min={0}
              max={100}
              step={0.5}
              precision={1}
              style={{ width: '100%' }}
              data-testid={`score-${criterion.key}`}
            />
          </Form.Item>
        ))}
        <Typography.Paragraph strong data-testid="score-total">
          {t('liveTotal', { total: total.toFixed(2) })}
        </Typography.Paragraph>
        <Form.Item
          name="reasons"
          label={t('reasons')}
          rules={[{ required: true, whitespace: true, message: t('reasonsRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="score-reasons" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
