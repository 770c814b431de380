import { Form, Input, Select, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { supervisionMessages } from './messages';

/** The times to answer offered for a remote check, in minutes, within the server's bounds. */
const WINDOWS = [30, 60, 120, 240, 480, 1440] as const;

/**
 * What a remote photo request says: how long the institution has to answer and what to
 * photograph. Fields `withinMinutes` and `instructions` of the form around it.
 */
export function RequestFields({ testIdPrefix }: { testIdPrefix: string }) {
  const t = useT(supervisionMessages);
  const windows = WINDOWS.map((minutes) => ({
    value: minutes,
    label: minutes < 60 ? t('withinValue', { minutes }) : t('withinHours', { hours: minutes / 60 }),
  }));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('requestHint')}</Typography.Paragraph>
      <Form.Item name="withinMinutes" label={t('withinMinutes')}>
        <Select options={windows} style={{ width: 200 }} data-testid={`${testIdPrefix}-within`} />
      </Form.Item>
      <Form.Item name="instructions" label={t('instructions')}>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('instructionsPlaceholder')}
          data-testid={`${testIdPrefix}-instructions`}
        />
      </Form.Item>
    </>
  );
}
