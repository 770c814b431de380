import {
  CONCLUSION_NAMES,
  CONCLUSIONS,
  type Conclusion,
  findingSeverity,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { Form, Input, Radio, Typography } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { supervisionMessages } from './messages';

/**
 * The conclusion of a check and its notes, which must describe the problem when the conclusion
 * records one (unless the problem is a missed deadline, which describes itself).
 */
export function ConclusionFields({
  conclusion,
  notesOptional = false,
  testIdPrefix,
}: {
  conclusion: Conclusion | undefined;
  notesOptional?: boolean;
  testIdPrefix: string;
}) {
  const t = useT(supervisionMessages);
  const { locale } = useLocale();
  const notesRequired = !notesOptional && Boolean(conclusion && findingSeverity(conclusion));
  return (
    <>
      <Form.Item
        name="conclusion"
        label={t('conclusion')}
        rules={[{ required: true, message: t('conclusionRequired') }]}
        extra={<Typography.Text type="secondary">{t('findingHint')}</Typography.Text>}
      >
        <Radio.Group
          options={CONCLUSIONS.map((value) => ({ value, label: CONCLUSION_NAMES[value][locale] }))}
          data-testid={`${testIdPrefix}-conclusion`}
        />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('notes')}
        rules={[{ required: notesRequired, whitespace: true, message: t('notesRequired') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('notesPlaceholder')}
          data-testid={`${testIdPrefix}-notes`}
        />
      </Form.Item>
    </>
  );
}
