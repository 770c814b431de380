import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { yuan } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { publicizeRound, type RoundDetail } from './selection-api';
import { useRoundMutation } from './use-round-mutation';

interface PublicizeValues {
  selectedApplicationIds?: string[];
  note?: string;
}

const OK_TEST_ID = { 'data-testid': 'publicize-submit' };

/** Puts the result on public notice: by rank for a scored round, as awarded for a procurement. */
export function PublicizeModal({ detail, onClose }: { detail: RoundDetail; onClose: () => void }) {
  const t = useT(selectionMessages);
  const { round } = detail;
  const [form] = Form.useForm<PublicizeValues>();
  const procurement = round.method === 'procurement';
  const publicize = useRoundMutation(
    (values: PublicizeValues) =>
      publicizeRound(round.id, {
        selectedApplicationIds: procurement ? (values.selectedApplicationIds ?? []) : undefined,
        note: values.note?.trim() || undefined,
      }),
    (result) => t('publicized', { end: result.round.noticeEnd ?? '' }),
    { form, onDone: onClose },
  );
  const offers = detail.applications.filter((a) => a.status !== 'withdrawn');

  return (
    <Modal
      open
      title={t('publicize')}
      okText={t('publicize')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={publicize.isPending}
      destroyOnHidden
      data-testid="publicize-modal"
    >
      <Typography.Paragraph>
        {t(procurement ? 'publicizeProcurement' : 'publicizeScoring', {
          places: round.places,
          days: round.noticeDays,
        })}
      </Typography.Paragraph>
      <Form<PublicizeValues>
        form={form}
        layout="vertical"
        disabled={publicize.isPending}
        onFinish={(values) => publicize.mutate(values)}
      >
        {procurement && (
          <Form.Item
            name="selectedApplicationIds"
            label={t('awarded')}
            rules={[{ required: true, type: 'array', min: 1, message: t('awardedRequired') }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={offers.map((a) => ({
                value: a.id,
                label: `${a.institutionName}（${yuan(a.priceFen)} ${t('price')}）`,
              }))}
              data-testid="publicize-awarded"
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="publicize-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
